package no.ipt.workflow.mobilisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.mobilisation.MarketDialogue;
import no.ipt.domain.mobilisation.MarketDialogueRepository;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.workflow.forms.FormValues;
import org.camunda.bpm.engine.RuntimeService;

/**
 * "Registrer interesse", done once per farm and as often as needed: invites the farm, records that it
 * came to an event, and/or registers its interest in a service area with the places it could offer.
 * The check box {@code developmentSupportNeeded} leads to the development-support task.
 */
@ApplicationScoped
public class RegisterInterestForm extends MarketDialogueForm {

    static final Set<String> FIELDS = Set.of("organisationNumber", "invitedOn", "attendedEvent", "serviceArea",
            "places", "developmentSupportNeeded");
    public static final String SUPPORT_NEEDED = "developmentSupportNeeded";

    @Inject
    public RegisterInterestForm(MarketDialogueRepository dialogues, RuntimeService runtimeService) {
        this(dialogues, runtimeService, Clock.systemUTC());
    }

    public RegisterInterestForm(MarketDialogueRepository dialogues, RuntimeService runtimeService, Clock clock) {
        super(dialogues, runtimeService, clock);
    }

    protected RegisterInterestForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:supplier-mobilisation/register-interest";
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        FieldReaders.organisationNumber(values, "organisationNumber");
        LocalDate invitedOn = FieldReaders.optionalDate(values, "invitedOn");
        Integer attendedEvent = FieldReaders.optionalInt(values, "attendedEvent");
        ServiceArea area = FieldReaders.optionalEnum(values, "serviceArea", ServiceArea.class);
        Integer places = FieldReaders.optionalInt(values, "places");
        if ((area == null) != (places == null)) {
            throw new DomainRuleViolation("required", area == null ? "serviceArea" : "places",
                    "Interest is registered with both a service area and the places offered there");
        }
        if (invitedOn == null && attendedEvent == null && area == null) {
            throw new DomainRuleViolation("nothing-to-record", "organisationNumber",
                    "Record an invitation, an attendance or an interest for the farm");
        }
        return Map.of(SUPPORT_NEEDED, FieldReaders.flag(values, SUPPORT_NEEDED));
    }

    @Override
    protected void change(MarketDialogue dialogue, FormValues values, LocalDate today) {
        OrganisationNumber farm = FieldReaders.organisationNumber(values, "organisationNumber");
        LocalDate invitedOn = FieldReaders.optionalDate(values, "invitedOn");
        if (invitedOn != null) {
            dialogue.invite(farm, invitedOn);
        }
        Integer attendedEvent = FieldReaders.optionalInt(values, "attendedEvent");
        if (attendedEvent != null) {
            dialogue.recordAttendance(attendedEvent, farm);
        }
        ServiceArea area = FieldReaders.optionalEnum(values, "serviceArea", ServiceArea.class);
        if (area != null) {
            dialogue.registerInterest(farm, area, values.requiredInt("places"), today);
        }
    }
}

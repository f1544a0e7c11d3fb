package no.ipt.workflow.tender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderRepository;
import no.ipt.workflow.forms.FormValues;

/** "Registrer tilbod": a farm's offer and when it was received; the tender refuses one after the deadline. */
@ApplicationScoped
public class RegisterOfferForm extends TenderTaskForm {

    static final Set<String> FIELDS = Set.of("organisationNumber", "receivedAt");

    @Inject
    public RegisterOfferForm(TenderRepository tenders) {
        this(tenders, Clock.system(Tender.ZONE));
    }

    public RegisterOfferForm(TenderRepository tenders, Clock clock) {
        super(tenders, clock);
    }

    protected RegisterOfferForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:tender/register-offer";
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        OrganisationNumber.of(values.requiredString("organisationNumber", 16));
        FormFields.instant(values, "receivedAt");
        return Map.of();
    }

    @Override
    protected void apply(Tender tender, FormValues values) {
        tender.receiveOffer(OrganisationNumber.of(values.requiredString("organisationNumber", 16)),
                FormFields.instant(values, "receivedAt"));
    }
}

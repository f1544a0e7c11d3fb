package no.ipt.workflow.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.agreement.CallOff;
import no.ipt.domain.agreement.CallOffRule;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Period;
import no.ipt.workflow.forms.FormValues;

/**
 * "Gjer eit avrop": {@code periodStart}, {@code periodEnd} (ISO dates), {@code places},
 * {@code daysPerWeek} (whole numbers), and – for a mini-competition only – the winning
 * {@code supplier} (organisation number) and the {@code reason} it won. Under RANKING and ROTATION
 * the supplier is left out and the agreement picks the one its rule points to; a supplier given
 * anyway must be that one.
 */
@ApplicationScoped
public class PlaceCallOffForm extends AgreementTaskForm {

    static final String FORM_KEY = "ipt:framework-agreement/place-call-off";
    static final Set<String> FIELDS = Set.of("periodStart", "periodEnd", "places", "daysPerWeek", "supplier", "reason");

    @Inject
    public PlaceCallOffForm(FrameworkAgreementRepository agreements) {
        this(agreements, Clock.system(AgreementDates.ZONE));
    }

    PlaceCallOffForm(FrameworkAgreementRepository agreements, Clock clock) {
        super(FORM_KEY, agreements, clock);
    }

    protected PlaceCallOffForm() {
        // for CDI proxies
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        period(values);
        int places = values.requiredInt("places");
        int daysPerWeek = values.requiredInt("daysPerWeek");
        if (FormFields.isPresent(values, "supplier")) {
            FormFields.organisationNumber(values, "supplier");
        }
        values.optionalString("reason", CallOff.MAX_REASON_LENGTH);
        return Map.of("callOffPlaces", places, "callOffDaysPerWeek", daysPerWeek);
    }

    @Override
    void applyTo(FrameworkAgreement agreement, FormValues values) {
        place(agreement, values);
    }

    /** Places the call-off on {@code agreement}: the supplier given, or the one the agreement's rule picks. */
    CallOff place(FrameworkAgreement agreement, FormValues values) {
        Period period = period(values);
        int places = values.requiredInt("places");
        OrganisationNumber supplier = FormFields.isPresent(values, "supplier")
                ? FormFields.organisationNumber(values, "supplier")
                : agreement.supplierDue(places, period).orElseThrow(() -> noSupplier(agreement, places, period));
        return agreement.callOff(today(), period, places, values.requiredInt("daysPerWeek"), supplier,
                values.optionalString("reason", CallOff.MAX_REASON_LENGTH));
    }

    private static DomainRuleViolation noSupplier(FrameworkAgreement agreement, int places, Period period) {
        if (agreement.callOffRule() == CallOffRule.MINI_COMPETITION) {
            return new DomainRuleViolation("required", "supplier",
                    "Name the supplier that won the mini-competition, and why");
        }
        return new DomainRuleViolation("capacity-exceeded", "places",
                "No supplier under " + agreement + " has " + places + " places free throughout " + period);
    }

    private static Period period(FormValues values) {
        return Period.of(FormFields.date(values, "periodStart"), FormFields.date(values, "periodEnd"));
    }
}

package no.ipt.workflow.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.followup.Evaluation;
import no.ipt.domain.followup.FollowUp;
import no.ipt.domain.followup.FollowUpRepository;
import no.ipt.domain.shared.Money;
import no.ipt.workflow.agreement.AgreementDates;
import no.ipt.workflow.agreement.FormFields;
import no.ipt.workflow.forms.FormValues;

/**
 * "Evaluer mot dagens tilbod": {@code currentCostPerPlacePerDay} (NOK, what the municipality's
 * current service costs) and {@code notes} (what the evaluation found). The agreement's side is what
 * its call-offs have cost per place-day delivered, or the first-ranked supplier's price before any
 * call-off; the follow-up records both and compares them.
 */
@ApplicationScoped
public class EvaluateServiceForm extends FollowUpTaskForm {

    static final String FORM_KEY = "ipt:follow-up/evaluate-service";
    static final Set<String> FIELDS = Set.of("currentCostPerPlacePerDay", "notes");

    @Inject
    public EvaluateServiceForm(FrameworkAgreementRepository agreements, FollowUpRepository followUps,
                               FollowUpSettings settings) {
        this(agreements, followUps, settings, Clock.system(AgreementDates.ZONE));
    }

    EvaluateServiceForm(FrameworkAgreementRepository agreements, FollowUpRepository followUps,
                        FollowUpSettings settings, Clock clock) {
        super(FORM_KEY, agreements, followUps, settings, clock);
    }

    protected EvaluateServiceForm() {
        // for CDI proxies
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        Money current = FormFields.money(values, "currentCostPerPlacePerDay");
        values.requiredString("notes", Evaluation.MAX_NOTES_LENGTH);
        return Map.of("currentCostPerPlacePerDay", current.amount().toPlainString());
    }

    @Override
    void applyTo(FollowUp followUp, FrameworkAgreement agreement, FormValues values) {
        followUp.evaluate(today(), FormFields.money(values, "currentCostPerPlacePerDay"),
                agreementCostPerPlacePerDay(agreement), values.requiredString("notes", Evaluation.MAX_NOTES_LENGTH));
    }

    /** What the agreement's call-offs cost per place-day, or the first-ranked supplier's price before any. */
    static Money agreementCostPerPlacePerDay(FrameworkAgreement agreement) {
        long placeDays = agreement.callOffs().stream().mapToLong(c -> (long) c.places() * c.deliveryDays()).sum();
        if (placeDays == 0) {
            return agreement.suppliers().get(0).pricePerPlacePerDay();
        }
        return Money.nok(agreement.calledOffCost().amount()
                .divide(BigDecimal.valueOf(placeDays), Money.SCALE, RoundingMode.HALF_UP));
    }
}

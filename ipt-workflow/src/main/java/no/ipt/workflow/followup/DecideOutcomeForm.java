package no.ipt.workflow.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.followup.Decision;
import no.ipt.domain.followup.FollowUp;
import no.ipt.domain.followup.FollowUpRepository;
import no.ipt.domain.followup.Outcome;
import no.ipt.workflow.agreement.AgreementDates;
import no.ipt.workflow.forms.FormValues;

/**
 * "Vel vidare: hald fram, forleng, ny konkurranse eller avslutt": {@code outcome} (CONTINUE, EXTEND,
 * RETENDER, END) and {@code reason}. The follow-up refuses a decision without an evaluation; the
 * model routes on {@code followUpOutcome} and loops back to follow-up on CONTINUE.
 */
@ApplicationScoped
public class DecideOutcomeForm extends FollowUpTaskForm {

    static final String FORM_KEY = "ipt:follow-up/decide-outcome";
    static final Set<String> FIELDS = Set.of("outcome", "reason");

    @Inject
    public DecideOutcomeForm(FrameworkAgreementRepository agreements, FollowUpRepository followUps,
                             FollowUpSettings settings) {
        this(agreements, followUps, settings, Clock.system(AgreementDates.ZONE));
    }

    DecideOutcomeForm(FrameworkAgreementRepository agreements, FollowUpRepository followUps, FollowUpSettings settings,
                      Clock clock) {
        super(FORM_KEY, agreements, followUps, settings, clock);
    }

    protected DecideOutcomeForm() {
        // for CDI proxies
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        Outcome outcome = values.requiredEnum("outcome", Outcome.class);
        values.requiredString("reason", Decision.MAX_REASON_LENGTH);
        return Map.of("followUpOutcome", outcome.name());
    }

    @Override
    void applyTo(FollowUp followUp, FrameworkAgreement agreement, FormValues values) {
        followUp.decide(values.requiredEnum("outcome", Outcome.class), today(),
                values.requiredString("reason", Decision.MAX_REASON_LENGTH));
    }
}

package no.ipt.workflow.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.followup.CorrectiveAction;
import no.ipt.domain.followup.FollowUp;
import no.ipt.domain.followup.FollowUpRepository;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.workflow.agreement.AgreementDates;
import no.ipt.workflow.agreement.FormFields;
import no.ipt.workflow.forms.FormValues;

/**
 * "Følg opp tiltaka": for deviation {@code deviationNumber}, the actions done ({@code doneActions},
 * action numbers comma-separated, with {@code doneOn}), optionally one more action
 * ({@code newActionDescription} with {@code newActionDeadline}), and {@code closeDeviation}
 * ({@code true}/{@code false}, with {@code closedOn}); the deviation refuses to close while an action
 * is not done. The model loops back to this task until the deviation is closed.
 */
@ApplicationScoped
public class CorrectiveActionsForm extends FollowUpTaskForm {

    static final String FORM_KEY = "ipt:follow-up/corrective-actions";
    static final Set<String> FIELDS = Set.of("deviationNumber", "doneActions", "doneOn", "newActionDescription",
            "newActionDeadline", "closeDeviation", "closedOn");
    static final int MAX_DONE_ACTIONS_TEXT = 200;

    @Inject
    public CorrectiveActionsForm(FrameworkAgreementRepository agreements, FollowUpRepository followUps,
                                 FollowUpSettings settings) {
        this(agreements, followUps, settings, Clock.system(AgreementDates.ZONE));
    }

    CorrectiveActionsForm(FrameworkAgreementRepository agreements, FollowUpRepository followUps,
                          FollowUpSettings settings, Clock clock) {
        super(FORM_KEY, agreements, followUps, settings, clock);
    }

    protected CorrectiveActionsForm() {
        // for CDI proxies
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        values.requiredInt("deviationNumber");
        if (FormFields.pair(values, "doneActions", "doneOn")) {
            doneActions(values);
            FormFields.date(values, "doneOn");
        }
        if (FormFields.pair(values, "newActionDescription", "newActionDeadline")) {
            values.requiredString("newActionDescription", CorrectiveAction.MAX_DESCRIPTION_LENGTH);
            FormFields.date(values, "newActionDeadline");
        }
        boolean close = FormFields.flag(values, "closeDeviation");
        if (close) {
            FormFields.date(values, "closedOn");
        }
        return Map.of("deviationClosed", close);
    }

    @Override
    void applyTo(FollowUp followUp, FrameworkAgreement agreement, FormValues values) {
        int deviation = values.requiredInt("deviationNumber");
        if (FormFields.pair(values, "doneActions", "doneOn")) {
            for (int action : doneActions(values)) {
                followUp.completeCorrectiveAction(deviation, action, FormFields.date(values, "doneOn"));
            }
        }
        if (FormFields.pair(values, "newActionDescription", "newActionDeadline")) {
            followUp.addCorrectiveAction(deviation,
                    values.requiredString("newActionDescription", CorrectiveAction.MAX_DESCRIPTION_LENGTH),
                    FormFields.date(values, "newActionDeadline"));
        }
        if (FormFields.flag(values, "closeDeviation")) {
            followUp.closeDeviation(deviation, FormFields.date(values, "closedOn"));
        }
    }

    private static Set<Integer> doneActions(FormValues values) {
        Set<Integer> numbers = new LinkedHashSet<>();
        for (String number : values.requiredString("doneActions", MAX_DONE_ACTIONS_TEXT).split(",")) {
            try {
                numbers.add(Integer.valueOf(number.strip()));
            } catch (NumberFormatException e) {
                throw new DomainRuleViolation("wrong-type", "doneActions",
                        "'doneActions' lists action numbers separated by commas, such as 1,2");
            }
        }
        return numbers;
    }
}

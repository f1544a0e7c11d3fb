package no.ipt.workflow.mobilisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.mobilisation.MarketDialogue;
import no.ipt.domain.mobilisation.MarketDialogueRepository;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.workflow.forms.FormValues;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The project lead's decision when the waiting period ended without enough interest: go on anyway
 * (CONTINUE_ANYWAY) or stop (STOPPED), with a reason. The dialogue itself does not change; the
 * current candidate farms are handed to the process once more.
 */
@ApplicationScoped
public class DecideOnLowInterestForm extends MarketDialogueForm {

    static final Set<String> FIELDS = Set.of("outcome", "reason");
    static final int MAX_REASON = 2000;
    public static final String OUTCOME = "mobilisationOutcome";

    @Inject
    public DecideOnLowInterestForm(MarketDialogueRepository dialogues, RuntimeService runtimeService) {
        this(dialogues, runtimeService, Clock.systemUTC());
    }

    public DecideOnLowInterestForm(MarketDialogueRepository dialogues, RuntimeService runtimeService, Clock clock) {
        super(dialogues, runtimeService, clock);
    }

    protected DecideOnLowInterestForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:supplier-mobilisation/decide-on-low-interest";
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        MobilisationOutcome outcome = values.requiredEnum("outcome", MobilisationOutcome.class);
        if (outcome == MobilisationOutcome.ENOUGH_INTEREST) {
            throw new DomainRuleViolation("invalid-choice", "outcome",
                    "There is not enough interest: choose CONTINUE_ANYWAY or STOPPED");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(OUTCOME, outcome.name());
        variables.put("mobilisationReason", values.requiredString("reason", MAX_REASON));
        return variables;
    }

    @Override
    protected void change(MarketDialogue dialogue, FormValues values, LocalDate today) {
        // the decision is the process's; the dialogue stays as it is
    }
}

package no.ipt.workflow.mobilisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import no.ipt.domain.mobilisation.MarketDialogue;
import no.ipt.domain.mobilisation.MarketDialogueRepository;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.forms.TaskForm;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * What the mobilisation forms share: {@link #apply} loads the case's market dialogue (creating it
 * when the stage starts), lets the form change it, stores it, and then hands the running
 * {@code ipt-supplier-mobilisation} instance of the case what the dialogue now says –
 * {@code enoughInterest} from {@link MarketDialogue#hasEnoughInterest()} and {@code candidateFarms}
 * from {@link MarketDialogue#interestedFarms()}. The model's interest gateway is asynchronous, so it
 * reads these after this transaction committed.
 */
public abstract class MarketDialogueForm implements TaskForm {

    public static final String PROCESS = "ipt-supplier-mobilisation";
    public static final String ENOUGH_INTEREST = "enoughInterest";
    public static final String CANDIDATE_FARMS = "candidateFarms";
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private MarketDialogueRepository dialogues;
    private RuntimeService runtimeService;
    private Clock clock;

    protected MarketDialogueForm(MarketDialogueRepository dialogues, RuntimeService runtimeService, Clock clock) {
        this.dialogues = dialogues;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    protected MarketDialogueForm() {
        // for CDI proxies
    }

    /** The form's domain write on the dialogue; {@code today} is the day in Norway. */
    protected abstract void change(MarketDialogue dialogue, FormValues values, LocalDate today);

    @Override
    public void apply(ProcurementCase procurementCase, FormValues values) {
        MarketDialogue dialogue = dialogues.find(procurementCase.caseNumber())
                .orElseGet(() -> new MarketDialogue(procurementCase.caseNumber()));
        change(dialogue, values, LocalDate.now(clock.withZone(OSLO)));
        dialogues.store(dialogue);
        Map<String, Object> variables = variablesOf(dialogue);
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(procurementCase.caseNumber().value()).active().list()) {
            runtimeService.setVariables(instance.getId(), variables);
        }
    }

    /** The variables the model routes on and hands to the main process, as the dialogue gives them. */
    public static Map<String, Object> variablesOf(MarketDialogue dialogue) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ENOUGH_INTEREST, dialogue.hasEnoughInterest());
        variables.put(CANDIDATE_FARMS, new ArrayList<>(dialogue.interestedFarms().stream()
                .map(OrganisationNumber::value).toList()));
        return variables;
    }
}

package no.ipt.workflow.mobilisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.mobilisation.DialogueEvent;
import no.ipt.domain.mobilisation.EventKind;
import no.ipt.domain.mobilisation.MarketDialogue;
import no.ipt.domain.mobilisation.MarketDialogueRepository;
import no.ipt.workflow.forms.FormValues;
import org.camunda.bpm.engine.RuntimeService;

/** "Planlegg marknadsdialogen": the first event (kind, date, place, agenda) and the target number of interested farms. */
@ApplicationScoped
public class PlanMarketDialogueForm extends MarketDialogueForm {

    static final Set<String> FIELDS = Set.of("eventKind", "eventDate", "place", "agenda", "targetInterestedFarms");

    @Inject
    public PlanMarketDialogueForm(MarketDialogueRepository dialogues, RuntimeService runtimeService) {
        this(dialogues, runtimeService, Clock.systemUTC());
    }

    public PlanMarketDialogueForm(MarketDialogueRepository dialogues, RuntimeService runtimeService, Clock clock) {
        super(dialogues, runtimeService, clock);
    }

    protected PlanMarketDialogueForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:supplier-mobilisation/plan-market-dialogue";
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        values.requiredEnum("eventKind", EventKind.class);
        FieldReaders.requiredDate(values, "eventDate");
        values.requiredString("place", DialogueEvent.MAX_PLACE_LENGTH);
        values.requiredString("agenda", DialogueEvent.MAX_AGENDA_LENGTH);
        FieldReaders.optionalInt(values, "targetInterestedFarms");
        return Map.of();
    }

    @Override
    protected void change(MarketDialogue dialogue, FormValues values, LocalDate today) {
        Integer target = FieldReaders.optionalInt(values, "targetInterestedFarms");
        if (target != null) {
            dialogue.changeTargetInterestedFarms(target);
        }
        dialogue.planEvent(values.requiredEnum("eventKind", EventKind.class), FieldReaders.requiredDate(values, "eventDate"),
                values.requiredString("place", DialogueEvent.MAX_PLACE_LENGTH),
                values.requiredString("agenda", DialogueEvent.MAX_AGENDA_LENGTH));
    }
}

package no.ipt.workflow.mobilisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.mobilisation.DevelopmentSupport;
import no.ipt.domain.mobilisation.MarketDialogue;
import no.ipt.domain.mobilisation.MarketDialogueRepository;
import no.ipt.domain.mobilisation.SupportKind;
import no.ipt.workflow.forms.FormValues;
import org.camunda.bpm.engine.RuntimeService;

/** "Gi utviklingsstøtte": mentoring, contact with Innovasjon Norge, the IPT school or other support given to a farm. */
@ApplicationScoped
public class GiveDevelopmentSupportForm extends MarketDialogueForm {

    static final Set<String> FIELDS = Set.of("organisationNumber", "kind", "date", "notes");

    @Inject
    public GiveDevelopmentSupportForm(MarketDialogueRepository dialogues, RuntimeService runtimeService) {
        this(dialogues, runtimeService, Clock.systemUTC());
    }

    public GiveDevelopmentSupportForm(MarketDialogueRepository dialogues, RuntimeService runtimeService, Clock clock) {
        super(dialogues, runtimeService, clock);
    }

    protected GiveDevelopmentSupportForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:supplier-mobilisation/give-development-support";
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        FieldReaders.organisationNumber(values, "organisationNumber");
        values.requiredEnum("kind", SupportKind.class);
        FieldReaders.requiredDate(values, "date");
        values.optionalString("notes", DevelopmentSupport.MAX_NOTES_LENGTH);
        return Map.of();
    }

    @Override
    protected void change(MarketDialogue dialogue, FormValues values, LocalDate today) {
        dialogue.recordSupport(FieldReaders.organisationNumber(values, "organisationNumber"),
                values.requiredEnum("kind", SupportKind.class), FieldReaders.requiredDate(values, "date"),
                values.optionalString("notes", DevelopmentSupport.MAX_NOTES_LENGTH));
    }
}

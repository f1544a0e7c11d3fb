package no.ipt.workflow.needs;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.procurement.CaseStatus;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.Stage;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.forms.TaskForm;

/**
 * The steering group's decision after the needs assessment. The BPMN gateway routes on the
 * {@code decision} variable; this form applies the same decision to the case.
 */
@ApplicationScoped
public class SteeringDecisionForm implements TaskForm {

    static final Set<String> FIELDS = Set.of("decision", "comment");
    static final int MAX_COMMENT = 2000;

    private final Clock clock = Clock.systemUTC();

    @Override
    public String formKey() {
        return "ipt:steering-decision";
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        SteeringDecision decision = values.requiredEnum("decision", SteeringDecision.class);
        String comment = values.optionalString("comment", MAX_COMMENT);
        if (decision != SteeringDecision.APPROVE && (comment == null || comment.isBlank())) {
            throw new no.ipt.domain.shared.DomainRuleViolation("required", "comment",
                    "Explain a rejection or a send-back in a comment");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", decision.name());
        variables.put("decisionComment", comment);
        return variables;
    }

    @Override
    public void apply(ProcurementCase procurementCase, FormValues values) {
        switch (values.requiredEnum("decision", SteeringDecision.class)) {
            case APPROVE -> procurementCase.enterStage(Stage.SUPPLIER_MOBILISATION);
            case REJECT -> procurementCase.close(CaseStatus.REJECTED, clock.instant());
            case SEND_BACK -> {
                // the process loops back to the description; the case itself does not change
            }
        }
    }
}

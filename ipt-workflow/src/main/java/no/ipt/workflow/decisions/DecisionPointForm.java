package no.ipt.workflow.decisions;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.forms.TaskForm;

/**
 * The decision-point task is not completed like other tasks: each member votes, and the quorum rule
 * completes it. Completing it directly is refused with a pointer to the vote.
 */
@ApplicationScoped
public class DecisionPointForm implements TaskForm {

    public static final String FORM_KEY = "ipt:decision-point";

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        throw new DomainRuleViolation("decided-by-votes", null, "A steering-group decision is made by the members'"
                + " votes: POST /api/cases/{caseNumber}/decision/votes with your choice");
    }

    @Override
    public void apply(ProcurementCase procurementCase, FormValues values) {
        throw new IllegalStateException("validate() always refuses a decision-point task");
    }
}

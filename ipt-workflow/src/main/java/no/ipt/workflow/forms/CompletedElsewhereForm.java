package no.ipt.workflow.forms;

import java.util.Map;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.shared.DomainRuleViolation;

/**
 * The form of a task that is never completed with form values: another action completes it (the
 * members' votes, a pilot's report). Completing it directly is refused with a pointer to that action.
 */
public abstract class CompletedElsewhereForm implements TaskForm {

    private final String formKey;
    private final String code;
    private final String pointer;

    protected CompletedElsewhereForm(String formKey, String code, String pointer) {
        this.formKey = formKey;
        this.code = code;
        this.pointer = pointer;
    }

    @Override
    public String formKey() {
        return formKey;
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        throw new DomainRuleViolation(code, null, pointer);
    }

    @Override
    public void apply(ProcurementCase procurementCase, FormValues values) {
        throw new IllegalStateException("validate() always refuses a task of form " + formKey);
    }
}

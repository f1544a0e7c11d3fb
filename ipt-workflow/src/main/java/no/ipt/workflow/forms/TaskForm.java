package no.ipt.workflow.forms;

import java.util.Map;
import no.ipt.domain.procurement.ProcurementCase;

/**
 * The typed form behind a user task's {@code camunda:formKey}. Implementations are CDI beans; the
 * task service picks the one whose {@link #formKey()} matches the task.
 */
public interface TaskForm {

    String formKey();

    /**
     * Checks the submitted values and returns the process variables the task completes with. Throws
     * {@link no.ipt.domain.shared.DomainRuleViolation} for bad input; must change nothing.
     */
    Map<String, Object> validate(FormValues values);

    /** Applies the (validated) values to the case: the domain side of completing the task. */
    void apply(ProcurementCase procurementCase, FormValues values);
}

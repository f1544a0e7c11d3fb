package no.ipt.workflow.pilot;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.forms.TaskForm;

/**
 * The report task is done by submitting the report to the pilot (its summary goes to the Pilot
 * aggregate), which completes the task; completing the task directly is refused with a pointer.
 */
@ApplicationScoped
public class PilotReportForm implements TaskForm {

    public static final String FORM_KEY = "ipt:pilot/report";

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        throw new DomainRuleViolation("submitted-to-pilot", null, "A pilot report is submitted to the pilot:"
                + " POST /api/pilots/{id}/reports/{dueDate}/submission with its summary");
    }

    @Override
    public void apply(ProcurementCase procurementCase, FormValues values) {
        throw new IllegalStateException("validate() always refuses a pilot report task");
    }
}

package no.ipt.workflow.pilot;

import jakarta.enterprise.context.ApplicationScoped;
import no.ipt.workflow.forms.CompletedElsewhereForm;

/**
 * The report task is done by submitting the report to the pilot (its summary goes to the Pilot
 * aggregate), which completes the task; completing the task directly is refused with a pointer.
 */
@ApplicationScoped
public class PilotReportForm extends CompletedElsewhereForm {

    public static final String FORM_KEY = "ipt:pilot/report";

    public PilotReportForm() {
        super(FORM_KEY, "submitted-to-pilot", "A pilot report is submitted to the pilot:"
                + " POST /api/pilots/{id}/reports/{dueDate}/submission with its summary");
    }
}

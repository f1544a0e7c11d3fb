package no.ipt.workflow.agreement;

import java.time.Clock;
import java.time.LocalDate;
import no.ipt.workflow.forms.TaskForm;

/** What the task forms of the agreement and follow-up stages share: their form key and their clock. */
public abstract class StageTaskForm implements TaskForm {

    private String formKey;
    private Clock clock;

    protected StageTaskForm(String formKey, Clock clock) {
        this.formKey = formKey;
        this.clock = clock;
    }

    protected StageTaskForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return formKey;
    }

    /** Today in Norway by this form's clock. */
    protected LocalDate today() {
        return LocalDate.now(clock);
    }
}

package no.ipt.application.tasks;

import no.ipt.application.shared.NotFoundException;

/** No open task with that id: it never existed, or it was completed meanwhile. Interfaces answer 404. */
public class TaskNotFoundException extends NotFoundException {

    public TaskNotFoundException(String taskId) {
        super("No open task " + taskId + " (it may have been completed by someone else)");
    }
}

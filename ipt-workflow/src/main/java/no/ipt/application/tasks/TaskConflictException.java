package no.ipt.application.tasks;

/** The task changed under the caller (claimed or completed by someone else). Interfaces answer 409. */
public class TaskConflictException extends RuntimeException {

    public TaskConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}

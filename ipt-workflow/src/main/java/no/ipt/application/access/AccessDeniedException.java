package no.ipt.application.access;

/** The caller is logged in but may not do this. Interfaces answer 403. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}

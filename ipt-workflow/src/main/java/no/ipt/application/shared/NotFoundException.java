package no.ipt.application.shared;

/**
 * Something a caller asked for does not exist, or the caller may not see it (another municipality's case
 * is answered the same way, so that its existence does not leak). Interfaces answer 404 / "not found" for
 * every subclass, so a new kind of subject needs no change in the REST or Faces error handling.
 */
public abstract class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected NotFoundException(String message) {
        super(message);
    }
}

package no.ipt.domain.casefile;

import no.ipt.domain.shared.DomainRuleViolation;

/**
 * A file that may not be stored on a case: too large or of a type outside the allowlist. A broken
 * domain rule like any other, with its own reason so that the API can answer 413 or 415.
 */
public class DocumentRefusedException extends DomainRuleViolation {

    /** Why the file was refused. */
    public enum Reason { EMPTY, TOO_LARGE, UNSUPPORTED_TYPE }

    private final Reason reason;

    public DocumentRefusedException(Reason reason, String code, String message) {
        super(code, "file", message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package no.ipt.domain.shared;

/**
 * A domain rule was broken by the caller's input. Interfaces translate it to a client error
 * (HTTP 4xx); it never means the system is broken. {@code code} is stable so clients can react to it.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String code;
    private final String field;

    public DomainRuleViolation(String code, String message) {
        this(code, null, message);
    }

    public DomainRuleViolation(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    /** The input field the rule concerns, or {@code null} when it concerns the whole request. */
    public String field() {
        return field;
    }
}

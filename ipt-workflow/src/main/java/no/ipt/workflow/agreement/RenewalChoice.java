package no.ipt.workflow.agreement;

/** What the officer decides when the expiry notice falls due; the model routes on the {@code renewal} variable. */
public enum RenewalChoice {
    /** Exercise the next option; the agreement refuses when none is left. */
    EXTEND,
    /** Run a new tender; the stage ends with {@code agreementOutcome=RETENDER}. */
    RETENDER,
    /** Let the agreement run to its end and expire. */
    LET_EXPIRE
}

package no.ipt.domain.followup;

/** What a follow-up decides about the agreement. */
public enum Outcome {
    /** Go on as agreed. */
    CONTINUE,
    /** Exercise an option to extend. */
    EXTEND,
    /** Run a new tender (ny konkurranse). */
    RETENDER,
    /** Let the agreement end and not buy the service again. */
    END;

    /** RETENDER and END close the follow-up: no decision comes after them. */
    public boolean isFinal() {
        return this == RETENDER || this == END;
    }
}

package no.ipt.domain.decision;

/** What a member can vote for, and so what a decision point can decide. */
public enum DecisionOutcome {
    /** Go on to the next stage. */
    APPROVE,
    /** Stop the case. */
    REJECT,
    /** Rework the stage before it is decided again. */
    SEND_BACK;

    /** A rejection or a send-back must say why, so the case owner knows what to do. */
    public boolean needsComment() {
        return this != APPROVE;
    }
}

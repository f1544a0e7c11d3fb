package no.ipt.workflow.needs;

/** What a steering group can decide at a decision point. */
public enum SteeringDecision {
    APPROVE,
    REJECT,
    SEND_BACK
}

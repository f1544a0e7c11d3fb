package no.ipt.domain.procurement;

/** Whether a case is still running and, if not, how it ended. */
public enum CaseStatus {
    OPEN,
    /** The steering group approved the stage's outcome and the case closed normally. */
    COMPLETED,
    /** The steering group rejected the case. */
    REJECTED,
    /** The case ended without a contract: the market showed too little interest or the tender was cancelled. */
    STOPPED
}

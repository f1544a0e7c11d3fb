package no.ipt.domain.agreement;

/** Where a framework agreement stands. */
public enum AgreementStatus {
    /** In force: call-offs may be placed and options exercised. */
    ACTIVE,
    /** Ran to the end of its term (with the options exercised). */
    EXPIRED,
    /** Ended before its term by a decision. */
    TERMINATED
}

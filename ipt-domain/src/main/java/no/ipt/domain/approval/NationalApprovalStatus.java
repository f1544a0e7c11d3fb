package no.ipt.domain.approval;

/**
 * Where a farm stands in the national approval scheme (Stiftelsen Norsk Mat), as the municipality
 * has recorded it. The first six are the scheme's steps in order; SUSPENDED follows APPROVED when a
 * self-audit or external audit is overdue.
 */
public enum NationalApprovalStatus {
    NOT_STARTED,
    /** The provider has completed Inn på tunet-skolen. */
    IPT_SCHOOL_DONE,
    /** The farm and its kinds of service are registered. */
    REGISTERED,
    /** Self-audit against the checklists. */
    SELF_AUDIT_DONE,
    /** External audit by a KSL auditor. */
    EXTERNAL_AUDIT_DONE,
    APPROVED,
    SUSPENDED;

    /** The step after this one in the approval scheme; none after approval. */
    public NationalApprovalStatus nextStep() {
        if (ordinal() >= APPROVED.ordinal()) {
            throw new IllegalStateException(this + " is not followed by another step");
        }
        return values()[ordinal() + 1];
    }

    public boolean isStep() {
        return this != NOT_STARTED && this != SUSPENDED;
    }
}

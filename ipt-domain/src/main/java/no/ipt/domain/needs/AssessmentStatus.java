package no.ipt.domain.needs;

/** A draft is edited; a submitted assessment waits, frozen, for the steering group. */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED
}

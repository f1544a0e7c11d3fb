package no.ipt.domain.approval;

/** What the municipality decided about using the farm. */
public enum MunicipalDecision {
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    REJECTED
}

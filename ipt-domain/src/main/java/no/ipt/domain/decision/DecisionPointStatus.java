package no.ipt.domain.decision;

/** Open for votes, closed with an outcome (minutes pending), or concluded with minutes. */
public enum DecisionPointStatus {
    OPEN,
    CLOSED,
    CONCLUDED
}

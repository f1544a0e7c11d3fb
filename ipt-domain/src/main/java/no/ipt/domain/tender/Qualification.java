package no.ipt.domain.tender;

/** The outcome of checking an offer against the qualification requirements. */
public enum Qualification {
    PENDING,
    QUALIFIED,
    REJECTED
}

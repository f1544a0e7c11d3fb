package no.ipt.domain.project;

/** A member's role in the steering group (styringsgruppe). */
public enum SteeringRole {
    /** Leiar; at most one. */
    CHAIR,
    MEMBER,
    /** Sekretær, often the project lead; at most one. */
    SECRETARY
}

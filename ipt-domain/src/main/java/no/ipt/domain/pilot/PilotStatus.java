package no.ipt.domain.pilot;

/** Whether a pilot still gathers its municipalities or has started with them. */
public enum PilotStatus {
    /** Municipalities are still being recruited; fewer than two are allowed. */
    RECRUITING,
    /** The pilot runs with two to five municipalities. */
    RUNNING
}

package no.ipt.domain.followup;

/** How serious a deviation is. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    /** Harm or risk of harm to a person: the farm and the municipality act at once. */
    CRITICAL
}

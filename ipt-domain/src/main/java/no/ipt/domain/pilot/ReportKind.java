package no.ipt.domain.pilot;

/** The reports a pilot sends to Landbruksdirektoratet, the funder. */
public enum ReportKind {
    /** Statusrapport on a due date during the period. */
    STATUS,
    /** Sluttrapport at the end of the period, after every status report. */
    FINAL
}

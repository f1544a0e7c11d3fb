package no.ipt.domain.pilot;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import no.ipt.domain.shared.Require;

/**
 * One report of a pilot to Landbruksdirektoratet: its kind and due date, and once sent, when, by
 * whom and a summary of what it said. Immutable: submitting gives a new value.
 */
@Embeddable
public class PilotReport implements Serializable {

    public static final int MAX_SUMMARY_LENGTH = 4000;
    public static final int MAX_SUBMITTED_BY_LENGTH = 100;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private ReportKind kind;

    @NotNull
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Size(max = MAX_SUMMARY_LENGTH)
    @Column(name = "summary", length = MAX_SUMMARY_LENGTH)
    private String summary;

    @Size(max = MAX_SUBMITTED_BY_LENGTH)
    @Column(name = "submitted_by", length = MAX_SUBMITTED_BY_LENGTH)
    private String submittedBy;

    protected PilotReport() {
        // for JPA
    }

    PilotReport(ReportKind kind, LocalDate dueDate) {
        this.kind = Require.present(kind, "kind");
        this.dueDate = Require.present(dueDate, "dueDate");
    }

    /** This report as sent. */
    PilotReport submitted(LocalDate on, String summary, String submittedBy) {
        PilotReport sent = new PilotReport(kind, dueDate);
        sent.submittedOn = Require.present(on, "submittedOn");
        sent.summary = Require.text(summary, "summary", MAX_SUMMARY_LENGTH);
        sent.submittedBy = Require.text(submittedBy, "submittedBy", MAX_SUBMITTED_BY_LENGTH);
        return sent;
    }

    public ReportKind kind() {
        return kind;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public boolean isSubmitted() {
        return submittedOn != null;
    }

    /** Overdue from the day after the due date while it is not sent; on the due date it is on time. */
    public boolean isOverdueOn(LocalDate today) {
        return !isSubmitted() && dueDate.isBefore(Require.present(today, "today"));
    }

    /** The day it was sent, or {@code null}. */
    public LocalDate submittedOn() {
        return submittedOn;
    }

    /** What the report said, or {@code null} before it is sent. */
    public String summary() {
        return summary;
    }

    /** Who sent it, or {@code null} before it is sent. */
    public String submittedBy() {
        return submittedBy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PilotReport other && kind == other.kind && dueDate.equals(other.dueDate)
                && Objects.equals(submittedOn, other.submittedOn) && Objects.equals(summary, other.summary)
                && Objects.equals(submittedBy, other.submittedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, dueDate, submittedOn, summary, submittedBy);
    }

    @Override
    public String toString() {
        return kind + " report due " + dueDate + (isSubmitted() ? ", submitted " + submittedOn : "");
    }
}

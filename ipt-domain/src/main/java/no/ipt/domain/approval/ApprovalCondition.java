package no.ipt.domain.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Require;

/** A condition of an approval: what the farm must do by when, and when it did. */
@Embeddable
public class ApprovalCondition implements Serializable {

    public static final int MAX_TEXT_LENGTH = 1000;

    @NotBlank
    @Size(max = MAX_TEXT_LENGTH)
    @Column(name = "condition_text", nullable = false, length = MAX_TEXT_LENGTH)
    private String text;

    @NotNull
    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "fulfilled_on")
    private LocalDate fulfilledOn;

    protected ApprovalCondition() {
        // for JPA
    }

    public ApprovalCondition(String text, LocalDate deadline) {
        this(text, deadline, null);
    }

    private ApprovalCondition(String text, LocalDate deadline, LocalDate fulfilledOn) {
        this.text = Require.text(text, "conditionText", MAX_TEXT_LENGTH);
        this.deadline = Require.present(deadline, "deadline");
        this.fulfilledOn = fulfilledOn;
    }

    ApprovalCondition fulfilled(LocalDate on) {
        Require.present(on, "fulfilledOn");
        if (fulfilledOn != null) {
            throw new DomainRuleViolation("condition-already-fulfilled", "fulfilledOn",
                    "'" + text + "' was fulfilled on " + fulfilledOn);
        }
        return new ApprovalCondition(text, deadline, on);
    }

    /** Overdue from the day after the deadline until it is fulfilled. */
    public boolean isOverdueOn(LocalDate day) {
        return fulfilledOn == null && day.isAfter(deadline);
    }

    public String text() {
        return text;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public Optional<LocalDate> fulfilledOn() {
        return Optional.ofNullable(fulfilledOn);
    }

    public boolean isFulfilled() {
        return fulfilledOn != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApprovalCondition other && text.equals(other.text) && deadline.equals(other.deadline)
                && Objects.equals(fulfilledOn, other.fulfilledOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, deadline, fulfilledOn);
    }

    @Override
    public String toString() {
        return text + " (by " + deadline + ")";
    }
}

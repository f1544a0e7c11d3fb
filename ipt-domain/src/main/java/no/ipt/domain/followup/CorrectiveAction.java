package no.ipt.domain.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Require;

/**
 * A corrective action (tiltak) against a {@link Deviation}: what is to be done, by when, and the
 * day it was done. An entity of its own so that marking it done updates one row.
 */
@Entity
@Table(name = "follow_up_corrective_action", schema = "ipt")
public class CorrectiveAction {

    public static final int MAX_DESCRIPTION_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "deviation_id", nullable = false, updatable = false)
    private Deviation deviation;

    @Min(1)
    @Column(name = "action_number", nullable = false, updatable = false)
    private int number;

    @NotBlank
    @Size(max = MAX_DESCRIPTION_LENGTH)
    @Column(name = "description", nullable = false, length = MAX_DESCRIPTION_LENGTH)
    private String description;

    @NotNull
    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected CorrectiveAction() {
        // for JPA
    }

    CorrectiveAction(Deviation deviation, int number, String description, LocalDate deadline) {
        this.deviation = deviation;
        this.number = number;
        this.description = Require.text(description, "description", MAX_DESCRIPTION_LENGTH);
        this.deadline = Require.present(deadline, "deadline");
        if (deadline.isBefore(deviation.reportedOn())) {
            throw new DomainRuleViolation("deadline-before-report", "deadline", "A corrective action's deadline ("
                    + deadline + ") cannot be before the deviation was reported (" + deviation.reportedOn() + ")");
        }
    }

    void markDone(LocalDate on) {
        if (doneOn != null) {
            throw new DomainRuleViolation("action-already-done", "doneOn",
                    "Corrective action " + number + " was done on " + doneOn);
        }
        Require.present(on, "doneOn");
        if (on.isBefore(deviation.reportedOn())) {
            throw new DomainRuleViolation("done-before-report", "doneOn", "A corrective action cannot be done ("
                    + on + ") before the deviation was reported (" + deviation.reportedOn() + ")");
        }
        this.doneOn = on;
    }

    public int number() {
        return number;
    }

    public String description() {
        return description;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public Optional<LocalDate> doneOn() {
        return Optional.ofNullable(doneOn);
    }

    public boolean isDone() {
        return doneOn != null;
    }

    /** Not done and past its deadline on {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return doneOn == null && today.isAfter(deadline);
    }

    @Override
    public String toString() {
        return "action " + number + " by " + deadline + (isDone() ? " (done " + doneOn + ")" : "");
    }
}

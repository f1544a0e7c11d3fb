package no.ipt.domain.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import no.ipt.domain.shared.Require;

/** A decision on the agreement after an evaluation: the outcome, when and why. */
@Embeddable
public class Decision implements Serializable {

    public static final int MAX_REASON_LENGTH = 2000;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private Outcome outcome;

    @NotNull
    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @NotBlank
    @Size(max = MAX_REASON_LENGTH)
    @Column(name = "reason", nullable = false, length = MAX_REASON_LENGTH)
    private String reason;

    protected Decision() {
        // for JPA
    }

    public Decision(Outcome outcome, LocalDate decidedOn, String reason) {
        this.outcome = Require.present(outcome, "outcome");
        this.decidedOn = Require.present(decidedOn, "decidedOn");
        this.reason = Require.text(reason, "reason", MAX_REASON_LENGTH);
    }

    public Outcome outcome() {
        return outcome;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decision other && outcome == other.outcome && decidedOn.equals(other.decidedOn)
                && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, decidedOn, reason);
    }

    @Override
    public String toString() {
        return outcome + " on " + decidedOn;
    }
}

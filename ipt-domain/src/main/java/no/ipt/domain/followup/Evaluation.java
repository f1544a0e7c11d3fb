package no.ipt.domain.followup;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.Require;

/**
 * The evaluation of the agreement against the service the municipality gives today (the
 * alternative to buying IPT): cost per place per day of each, and what the evaluation found.
 */
@Embeddable
public class Evaluation implements Serializable {

    public static final int MAX_NOTES_LENGTH = 4000;

    @NotNull
    @Column(name = "evaluated_on")
    private LocalDate evaluatedOn;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "amount", column = @Column(name = "current_cost_per_place_per_day", precision = 15,
            scale = 2))
    private Money currentServiceCost;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "amount", column = @Column(name = "agreement_cost_per_place_per_day", precision = 15,
            scale = 2))
    private Money agreementCost;

    @NotBlank
    @Size(max = MAX_NOTES_LENGTH)
    @Column(name = "evaluation_notes", length = MAX_NOTES_LENGTH)
    private String outcomeNotes;

    protected Evaluation() {
        // for JPA
    }

    public Evaluation(LocalDate evaluatedOn, Money currentServiceCost, Money agreementCost, String outcomeNotes) {
        this.evaluatedOn = Require.present(evaluatedOn, "evaluatedOn");
        this.currentServiceCost = requirePositive(currentServiceCost, "currentServiceCost");
        this.agreementCost = requirePositive(agreementCost, "agreementCost");
        this.outcomeNotes = Require.text(outcomeNotes, "outcomeNotes", MAX_NOTES_LENGTH);
    }

    private static Money requirePositive(Money cost, String field) {
        if (Require.present(cost, field).isNegative() || cost.isZero()) {
            throw new DomainRuleViolation("invalid-cost", field,
                    "A cost per place per day is more than nothing (got " + cost + ")");
        }
        return cost;
    }

    public LocalDate evaluatedOn() {
        return evaluatedOn;
    }

    /** Cost per place per day of the municipality's current service. */
    public Money currentServiceCost() {
        return currentServiceCost;
    }

    /** Cost per place per day under the agreement. */
    public Money agreementCost() {
        return agreementCost;
    }

    public String outcomeNotes() {
        return outcomeNotes;
    }

    /** Agreement minus current service per place per day: negative when the agreement is cheaper. */
    public Money costDifference() {
        return agreementCost.subtract(currentServiceCost);
    }

    public boolean agreementIsCheaper() {
        return costDifference().isNegative();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evaluation other && evaluatedOn.equals(other.evaluatedOn)
                && currentServiceCost.equals(other.currentServiceCost) && agreementCost.equals(other.agreementCost)
                && outcomeNotes.equals(other.outcomeNotes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(evaluatedOn, currentServiceCost, agreementCost, outcomeNotes);
    }
}

package no.ipt.domain.tender;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Require;

/** One evaluator's score, 0–10, of one bidder's offer on one award criterion. */
@Embeddable
public class Score implements Serializable {

    public static final int MIN = 0;
    public static final int MAX = 10;
    public static final int MAX_EVALUATOR_LENGTH = 100;

    @NotBlank
    @Size(max = MAX_EVALUATOR_LENGTH)
    @Column(name = "evaluator", nullable = false, length = MAX_EVALUATOR_LENGTH)
    private String evaluator;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "value", column = @Column(name = "organisation_number", length = 9, nullable = false))
    private OrganisationNumber bidder;

    @NotBlank
    @Size(max = AwardCriterion.MAX_NAME_LENGTH)
    @Column(name = "criterion", nullable = false, length = AwardCriterion.MAX_NAME_LENGTH)
    private String criterion;

    @Min(MIN)
    @Max(MAX)
    @Column(name = "score", nullable = false)
    private int points;

    protected Score() {
        // for JPA
    }

    public Score(String evaluator, OrganisationNumber bidder, String criterion, int points) {
        this.evaluator = Require.text(evaluator, "evaluator", MAX_EVALUATOR_LENGTH);
        this.bidder = Require.present(bidder, "organisationNumber");
        this.criterion = Require.text(criterion, "criterionName", AwardCriterion.MAX_NAME_LENGTH);
        if (points < MIN || points > MAX) {
            throw new DomainRuleViolation("invalid-score", "score",
                    "A score is between " + MIN + " and " + MAX + " (got " + points + ")");
        }
        this.points = points;
    }

    public String evaluator() {
        return evaluator;
    }

    public OrganisationNumber bidder() {
        return bidder;
    }

    public String criterion() {
        return criterion;
    }

    public int points() {
        return points;
    }

    /** Same evaluator, offer and criterion: a new score replaces the old one. */
    boolean sameCellAs(Score other) {
        return evaluator.equals(other.evaluator) && bidder.equals(other.bidder) && criterion.equals(other.criterion);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Score other && sameCellAs(other) && points == other.points;
    }

    @Override
    public int hashCode() {
        return Objects.hash(evaluator, bidder, criterion, points);
    }

    @Override
    public String toString() {
        return evaluator + " gives " + bidder + " " + points + " on " + criterion;
    }
}

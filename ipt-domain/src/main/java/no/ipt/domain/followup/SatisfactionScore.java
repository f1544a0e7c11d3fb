package no.ipt.domain.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Period;
import no.ipt.domain.shared.Require;

/**
 * User satisfaction in a period as an aggregate only: how many answered and their mean score.
 *
 * <p>At least {@value #MIN_RESPONDENTS} respondents: IPT groups are small (a farm may have four
 * day places), and a mean over one to four answers lets staff and other users work out what a
 * person said, so smaller surveys are refused rather than stored. The score scale is 1 (worst)
 * to 6 (best), the scale of the national user surveys municipalities run (bedrekommune.no), so
 * IPT results can be set beside those of the current service.
 */
@Embeddable
public class SatisfactionScore implements Serializable {

    public static final int MIN_RESPONDENTS = 5;
    public static final int MAX_RESPONDENTS = 100_000;
    public static final BigDecimal MIN_SCORE = BigDecimal.ONE;
    public static final BigDecimal MAX_SCORE = BigDecimal.valueOf(6);

    @Embedded
    @Valid
    @NotNull
    private Period period;

    @Min(MIN_RESPONDENTS)
    @Column(name = "respondents", nullable = false)
    private int respondents;

    @NotNull
    @DecimalMin("1.00")
    @DecimalMax("6.00")
    @Column(name = "mean_score", nullable = false, precision = 3, scale = 2)
    private BigDecimal meanScore;

    protected SatisfactionScore() {
        // for JPA
    }

    public SatisfactionScore(Period period, int respondents, BigDecimal meanScore) {
        this.period = Require.present(period, "period");
        if (respondents < MIN_RESPONDENTS || respondents > MAX_RESPONDENTS) {
            throw new DomainRuleViolation("too-few-respondents", "respondents", "A satisfaction score needs "
                    + MIN_RESPONDENTS + " or more respondents so that no one's answer can be recognised (got "
                    + respondents + ")");
        }
        this.respondents = respondents;
        Require.present(meanScore, "meanScore");
        if (meanScore.compareTo(MIN_SCORE) < 0 || meanScore.compareTo(MAX_SCORE) > 0) {
            throw new DomainRuleViolation("invalid-mean-score", "meanScore",
                    "A mean score is between 1 and 6 (got " + meanScore.toPlainString() + ")");
        }
        this.meanScore = meanScore.setScale(2, RoundingMode.HALF_UP);
    }

    public Period period() {
        return period;
    }

    public int respondents() {
        return respondents;
    }

    /** The mean, rounded half up to two decimals. */
    public BigDecimal meanScore() {
        return meanScore;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SatisfactionScore other && period.equals(other.period)
                && respondents == other.respondents && meanScore.equals(other.meanScore);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, respondents, meanScore);
    }

    @Override
    public String toString() {
        return period + ": " + meanScore.toPlainString() + " (" + respondents + " respondents)";
    }
}

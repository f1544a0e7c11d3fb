package no.ipt.domain.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
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
 * How many of the places called off in a period were used (counts only). Low utilisation is a
 * reason to call off less or to re-tender; places used cannot exceed places called off, since
 * the municipality pays for and may use only what it ordered.
 */
@Embeddable
public class UtilisationRecord implements Serializable {

    public static final int MAX_PLACES = 100_000;

    @Embedded
    @Valid
    @NotNull
    private Period period;

    @Min(1)
    @Column(name = "places_called_off", nullable = false)
    private int placesCalledOff;

    @Min(0)
    @Column(name = "places_used", nullable = false)
    private int placesUsed;

    protected UtilisationRecord() {
        // for JPA
    }

    public UtilisationRecord(Period period, int placesCalledOff, int placesUsed) {
        this.period = Require.present(period, "period");
        if (placesCalledOff < 1 || placesCalledOff > MAX_PLACES) {
            throw new DomainRuleViolation("invalid-places-called-off", "placesCalledOff",
                    "Places called off are 1 to " + MAX_PLACES + " (got " + placesCalledOff + ")");
        }
        if (placesUsed < 0 || placesUsed > placesCalledOff) {
            throw new DomainRuleViolation("invalid-places-used", "placesUsed", "Places used are 0 to the "
                    + placesCalledOff + " called off (got " + placesUsed + ")");
        }
        this.placesCalledOff = placesCalledOff;
        this.placesUsed = placesUsed;
    }

    public Period period() {
        return period;
    }

    public int placesCalledOff() {
        return placesCalledOff;
    }

    public int placesUsed() {
        return placesUsed;
    }

    /** Places used as a percentage of places called off, one decimal, half up: 7 of 9 is 77.8. */
    public BigDecimal utilisationPercentage() {
        return percentage(placesUsed, placesCalledOff);
    }

    static BigDecimal percentage(long used, long calledOff) {
        return BigDecimal.valueOf(used * 100).divide(BigDecimal.valueOf(calledOff), 1, RoundingMode.HALF_UP);
    }

    boolean overlaps(Period other) {
        return !period.end().isBefore(other.start()) && !other.end().isBefore(period.start());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UtilisationRecord other && period.equals(other.period)
                && placesCalledOff == other.placesCalledOff && placesUsed == other.placesUsed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, placesCalledOff, placesUsed);
    }

    @Override
    public String toString() {
        return period + ": " + placesUsed + " of " + placesCalledOff + " places used";
    }
}

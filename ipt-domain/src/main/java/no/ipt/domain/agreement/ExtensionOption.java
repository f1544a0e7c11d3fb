package no.ipt.domain.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.time.LocalDate;
import no.ipt.domain.shared.DomainRuleViolation;

/**
 * An option (opsjon) to extend a framework agreement by a number of months. Options are
 * exercised in the order the agreement lists them, each extending the end left by the previous
 * one; the agreement records when each was exercised.
 */
@Embeddable
public class ExtensionOption implements Serializable {

    public static final int MAX_MONTHS = 120;

    @Min(1)
    @Max(MAX_MONTHS)
    @Column(name = "months", nullable = false)
    private int months;

    protected ExtensionOption() {
        // for JPA
    }

    public ExtensionOption(int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new DomainRuleViolation("invalid-option-length", "months",
                    "An option extends the agreement by 1 to " + MAX_MONTHS + " months (got " + months + ")");
        }
        this.months = months;
    }

    public static ExtensionOption ofMonths(int months) {
        return new ExtensionOption(months);
    }

    public int months() {
        return months;
    }

    /** The last day of a term that ended on {@code end} and is extended by this option. */
    LocalDate extend(LocalDate end) {
        // Month arithmetic on the day after, so that 28 Feb + 1 month ends on 31 Mar, not 28 Mar.
        return end.plusDays(1).plusMonths(months).minusDays(1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtensionOption other && months == other.months;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(months);
    }

    @Override
    public String toString() {
        return months + " months";
    }
}

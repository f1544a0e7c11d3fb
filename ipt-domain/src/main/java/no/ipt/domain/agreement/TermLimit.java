package no.ipt.domain.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Require;

/**
 * The legal limit on a framework agreement's total term including options, as looked up by the
 * caller from the rules in force (a DMN table or configuration, never a constant here): either a
 * binding maximum in whole years (e.g. 4 years, FOA § 11-1(4) for Part II, § 26-1(4) for Part III)
 * or no maximum (Part I, chapter 30), in which case a term above the advisory number of years only
 * gives a warning. The agreement keeps the limit it was made under, so the check can be explained
 * later even when the law has changed.
 */
@Embeddable
public class TermLimit implements Serializable {

    public static final int MAX_LEGAL_BASIS_LENGTH = 300;

    /** {@code null}: no binding maximum. */
    @Min(1)
    @Max(100)
    @Column(name = "term_max_years")
    private Integer maxYears;

    /** Without a binding maximum, a longer term than this is warned about. */
    @Min(1)
    @Max(100)
    @Column(name = "term_warn_above_years")
    private Integer warnAboveYears;

    @NotBlank
    @Size(max = MAX_LEGAL_BASIS_LENGTH)
    @Column(name = "term_legal_basis", nullable = false, length = MAX_LEGAL_BASIS_LENGTH)
    private String legalBasis;

    protected TermLimit() {
        // for JPA
    }

    private TermLimit(Integer maxYears, Integer warnAboveYears, String legalBasis) {
        this.maxYears = maxYears;
        this.warnAboveYears = warnAboveYears;
        this.legalBasis = Require.text(legalBasis, "legalBasis", MAX_LEGAL_BASIS_LENGTH);
    }

    /** A binding maximum, e.g. {@code maximum(4, "FOA § 26-1 (4)")}. */
    public static TermLimit maximum(int years, String legalBasis) {
        return new TermLimit(requireYears(years, "maxYears"), null, legalBasis);
    }

    /** No binding maximum; a term above {@code warnAboveYears} is allowed but warned about. */
    public static TermLimit noMaximum(int warnAboveYears, String legalBasis) {
        return new TermLimit(null, requireYears(warnAboveYears, "warnAboveYears"), legalBasis);
    }

    private static int requireYears(int years, String field) {
        if (years < 1 || years > 100) {
            throw new DomainRuleViolation("invalid-term-limit", field,
                    "A term limit is between 1 and 100 years (got " + years + ")");
        }
        return years;
    }

    public Optional<Integer> maxYears() {
        return Optional.ofNullable(maxYears);
    }

    public boolean isBinding() {
        return maxYears != null;
    }

    /** The binding maximum or, without one, the number of years above which a warning is given. */
    public int years() {
        return maxYears != null ? maxYears : warnAboveYears;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** The last day a term starting on {@code start} may run to: 4 years from 1 Jan 2026 is 31 Dec 2029. */
    public LocalDate lastDayFrom(LocalDate start) {
        return start.plusYears(years()).minusDays(1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermLimit other && Objects.equals(maxYears, other.maxYears)
                && Objects.equals(warnAboveYears, other.warnAboveYears) && legalBasis.equals(other.legalBasis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxYears, warnAboveYears, legalBasis);
    }

    @Override
    public String toString() {
        return (isBinding() ? "at most " + maxYears + " years" : "no maximum (warn above " + warnAboveYears
                + " years)") + ", " + legalBasis;
    }
}

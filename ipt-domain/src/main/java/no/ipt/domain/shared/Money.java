package no.ipt.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of Norwegian kroner (NOK) with øre precision. IPT only deals in NOK, so the currency
 * is implied rather than stored; the scale is always 2 so that equal amounts are equal objects.
 * Amounts may be negative: differences (e.g. budget minus financing) are money too.
 */
@Embeddable
public class Money implements Serializable, Comparable<Money> {

    public static final String CURRENCY = "NOK";
    public static final int SCALE = 2;
    /** Whole kroner digits an amount may have: what the NUMERIC(15, 2) columns hold (below NOK 10 trillion). */
    public static final int MAX_INTEGER_DIGITS = 13;
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS);
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    @NotNull
    @Digits(integer = MAX_INTEGER_DIGITS, fraction = SCALE)
    @Column(name = "amount", precision = 15, scale = SCALE, nullable = false)
    private BigDecimal amount;

    protected Money() {
        // for JPA
    }

    private Money(BigDecimal amount) {
        if (amount == null) {
            throw new DomainRuleViolation("missing-amount", "amount", "An amount of money is required");
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new DomainRuleViolation("invalid-amount", "amount",
                    "NOK amounts have at most two decimals (got " + amount.toPlainString() + ")");
        }
        if (amount.abs().compareTo(LIMIT) >= 0) {
            throw new DomainRuleViolation("amount-too-large", "amount",
                    "NOK amounts are below 10^" + MAX_INTEGER_DIGITS + " (got " + amount.toPlainString() + ")");
        }
        this.amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static Money nok(BigDecimal amount) {
        return new Money(amount);
    }

    /** Parses a plain decimal such as {@code "750000"} or {@code "1234.50"}. */
    public static Money nok(String amount) {
        if (amount == null || amount.isBlank()) {
            throw new DomainRuleViolation("missing-amount", "amount", "An amount of money is required");
        }
        try {
            return new Money(new BigDecimal(amount.strip()));
        } catch (NumberFormatException e) {
            throw new DomainRuleViolation("invalid-amount", "amount", "Not an amount of NOK: '" + amount + "'");
        }
    }

    public static Money nok(long kroner) {
        return new Money(BigDecimal.valueOf(kroner));
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money add(Money other) {
        return new Money(amount.add(require(other).amount));
    }

    public Money subtract(Money other) {
        return new Money(amount.subtract(require(other).amount));
    }

    /** Multiplies by a factor (e.g. a share of a full-time equivalent), rounding half up to øre. */
    public Money multiply(BigDecimal factor) {
        if (factor == null) {
            throw new DomainRuleViolation("missing-factor", "factor", "A factor to multiply by is required");
        }
        return new Money(amount.multiply(factor).setScale(SCALE, RoundingMode.HALF_UP));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public Money abs() {
        return new Money(amount.abs());
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    private static Money require(Money other) {
        if (other == null) {
            throw new DomainRuleViolation("missing-amount", "amount", "An amount of money is required");
        }
        return other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(require(other).amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(amount);
    }

    /** E.g. {@code NOK 1880000.00}. */
    @Override
    public String toString() {
        return CURRENCY + " " + amount.toPlainString();
    }
}

package no.ipt.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void alwaysHasScaleTwoSoEqualAmountsAreEqual() {
        assertThat(Money.nok(750_000)).isEqualTo(Money.nok("750000.0")).isEqualTo(Money.nok(new BigDecimal("750000.00")))
                .hasSameHashCodeAs(Money.nok("750000"));
        assertThat(Money.nok(1).amount().scale()).isEqualTo(2);
    }

    @Test
    void formatsWithCurrency() {
        assertThat(Money.nok(1_880_000)).hasToString("NOK 1880000.00");
        assertThat(Money.nok("-12.5")).hasToString("NOK -12.50");
    }

    @Test
    void addsSubtractsAndMultiplies() {
        assertThat(Money.nok(50_000).add(Money.nok(915_000)).add(Money.nok(915_000))).isEqualTo(Money.nok(1_880_000));
        assertThat(Money.nok(915_000).subtract(Money.nok(930_000))).isEqualTo(Money.nok(-15_000));
        assertThat(Money.nok(750_000).multiply(new BigDecimal("0.2"))).isEqualTo(Money.nok(150_000));
        // rounds half up to øre
        assertThat(Money.nok("0.05").multiply(new BigDecimal("0.5"))).isEqualTo(Money.nok("0.03"));
        assertThat(Money.nok(-3).abs()).isEqualTo(Money.nok(3));
        assertThat(Money.nok(3).negate().isNegative()).isTrue();
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.nok(2).isGreaterThan(Money.nok(1))).isTrue();
    }

    @Test
    void isNeverNullNorFinerThanOre() {
        assertThatThrownBy(() -> Money.nok((String) null)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> Money.nok((BigDecimal) null)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> Money.nok("1.005")).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> Money.nok("ten")).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("invalid-amount");
        assertThatThrownBy(() -> Money.nok(1).add(null)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> Money.nok(1).multiply(null)).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void staysBelowTenTrillionAsTheColumnsDo() {
        assertThat(Money.nok("9999999999999.99").amount()).isEqualByComparingTo("9999999999999.99");
        assertThatThrownBy(() -> Money.nok("10000000000000")).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("below 10^13");
        assertThatThrownBy(() -> Money.nok(-10_000_000_000_000L)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> Money.nok(9_000_000_000_000L).add(Money.nok(1_000_000_000_000L)))
                .isInstanceOf(DomainRuleViolation.class);
    }
}

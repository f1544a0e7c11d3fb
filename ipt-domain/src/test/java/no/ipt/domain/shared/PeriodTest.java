package no.ipt.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private final Period vestland = Period.of(LocalDate.of(2020, 11, 1), LocalDate.of(2022, 11, 30));

    @Test
    void containsBothEndsAndKnowsItsYears() {
        assertThat(vestland.contains(LocalDate.of(2020, 11, 1))).isTrue();
        assertThat(vestland.contains(LocalDate.of(2022, 11, 30))).isTrue();
        assertThat(vestland.contains(LocalDate.of(2022, 12, 1))).isFalse();
        assertThat(vestland.coversYear(2020)).isTrue();
        assertThat(vestland.coversYear(2023)).isFalse();
    }

    @Test
    void cannotEndBeforeItStarts() {
        assertThatThrownBy(() -> Period.of(LocalDate.of(2022, 1, 2), LocalDate.of(2022, 1, 1)))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("invalid-period");
        assertThatThrownBy(() -> Period.of(null, LocalDate.of(2022, 1, 1))).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void equalByValue() {
        assertThat(vestland).isEqualTo(Period.of(LocalDate.of(2020, 11, 1), LocalDate.of(2022, 11, 30)))
                .hasSameHashCodeAs(Period.of(LocalDate.of(2020, 11, 1), LocalDate.of(2022, 11, 30)));
    }
}

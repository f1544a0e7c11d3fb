package no.ipt.domain.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import org.junit.jupiter.api.Test;

class MunicipalityTest {

    private final Municipality kongsberg =
            new Municipality(MunicipalityNumber.of("3303"), "Kongsberg", "Buskerud", LocalDate.of(2024, 1, 1));

    @Test
    void knowsFromWhenItsNumberHolds() {
        assertThat(kongsberg.isNumberValidOn(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(kongsberg.isNumberValidOn(LocalDate.of(2023, 12, 31))).isFalse();
    }

    @Test
    void equalByNumber() {
        Municipality renamed = new Municipality(MunicipalityNumber.of("3303"), "Kongsberg kommune", "Buskerud",
                LocalDate.of(2024, 1, 1));
        assertThat(kongsberg).isEqualTo(renamed).hasSameHashCodeAs(renamed).hasToString("3303 Kongsberg");
    }

    @Test
    void correctsNameAndCountyButNeedsThem() {
        kongsberg.correct("Kongsberg", "Buskerud fylke");
        assertThat(kongsberg.countyName()).isEqualTo("Buskerud fylke");
        assertThatThrownBy(() -> kongsberg.correct("", "Buskerud"))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("missing-name");
        assertThatThrownBy(() -> new Municipality(MunicipalityNumber.of("3303"), "Kongsberg", "Buskerud", null))
                .isInstanceOf(DomainRuleViolation.class);
    }
}

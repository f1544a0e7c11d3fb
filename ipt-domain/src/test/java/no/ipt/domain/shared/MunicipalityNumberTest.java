package no.ipt.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityNumberTest {

    @Test
    void keepsTheLeadingZeroAndKnowsItsCounty() {
        MunicipalityNumber oslo = MunicipalityNumber.of("0301");
        assertThat(oslo.value()).isEqualTo("0301");
        assertThat(oslo.countyNumber()).isEqualTo("03");
        assertThat(MunicipalityNumber.of("3303").countyNumber()).isEqualTo("33");
    }

    @Test
    void equalByValue() {
        assertThat(MunicipalityNumber.of("5006")).isEqualTo(MunicipalityNumber.of(" 5006 "))
                .hasSameHashCodeAs(MunicipalityNumber.of("5006"));
        assertThat(MunicipalityNumber.of("5006")).isNotEqualTo(MunicipalityNumber.of("4612"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "330", "33033", "33a3", "0012", "-303"})
    void refusesWhatIsNotAMunicipalityNumber(String value) {
        assertThatThrownBy(() -> MunicipalityNumber.of(value))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("municipalityNumber");
    }
}

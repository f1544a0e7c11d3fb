package no.ipt.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTest {

    @Test
    void acceptsTheBronnoysundExample() {
        // 1·3 + 2·2 + 3·7 + 4·6 + 5·5 + 6·4 + 7·3 + 8·2 = 138; 138 mod 11 = 6; 11 − 6 = 5
        assertThat(OrganisationNumber.checkDigitFor("12345678")).isEqualTo(5);
        assertThat(OrganisationNumber.of("123456785").value()).isEqualTo("123456785");
        assertThat(OrganisationNumber.of("123 456 785")).isEqualTo(OrganisationNumber.of("123456785"));
    }

    @Test
    void checkDigitIsZeroWhenTheRemainderIsZero() {
        // 1·3 + 4·2 = 11: remainder 0
        assertThat(OrganisationNumber.checkDigitFor("10000004")).isZero();
        assertThat(OrganisationNumber.isValid("100000040")).isTrue();
        assertThat(OrganisationNumber.isValid("100000041")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000130", "100000131", "100000135", "100000139"})
    void remainderOneMakesEveryCheckDigitInvalid(String value) {
        // 1·3 + 1·3 + 3·2 = 12: remainder 1, no check digit exists
        assertThat(OrganisationNumber.checkDigitFor("10000013")).isNull();
        assertThatThrownBy(() -> OrganisationNumber.of(value))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("invalid-organisation-number");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "12345678", "1234567855", "12345678a", "123456784", "123456786"})
    void refusesWhatIsNotAnOrganisationNumber(String value) {
        assertThatThrownBy(() -> OrganisationNumber.of(value))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("organisationNumber");
    }

    @Test
    void equalByValue() {
        assertThat(OrganisationNumber.of("123456785")).hasSameHashCodeAs(OrganisationNumber.of("123456785"))
                .isNotEqualTo(OrganisationNumber.of("100000040"))
                .hasToString("123456785");
    }
}

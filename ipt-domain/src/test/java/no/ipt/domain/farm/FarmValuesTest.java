package no.ipt.domain.farm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ipt.domain.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FarmValuesTest {

    @Test
    void propertyNumberParsesGnrBnrAndIsEqualByValue() {
        assertThat(PropertyNumber.parse(" 12 / 3 ")).isEqualTo(new PropertyNumber(12, 3))
                .hasSameHashCodeAs(new PropertyNumber(12, 3)).hasToString("12/3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12", "12/", "0/3", "a/3", "12/3/4"})
    void propertyNumberRefusesOtherForms(String text) {
        assertThatThrownBy(() -> PropertyNumber.parse(text))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("invalid-property-number");
    }

    @Test
    void addressNeedsAFourDigitPostalCode() {
        Address address = new Address("Stod", "7717", "Steinkjer");
        assertThat(address).isEqualTo(new Address(" Stod ", "7717", "Steinkjer")).hasToString("Stod, 7717 Steinkjer");
        assertThatThrownBy(() -> new Address("Stod", "771", "Steinkjer"))
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("invalid-postal-code");
    }

    @Test
    void contactChecksEmailAndPhoneAndNeedsOneWayToReachTheFarm() {
        Contact contact = new Contact("post@vang.no", "+47 900 00 000", null);
        assertThat(contact.email()).isEqualTo("post@vang.no");
        assertThat(contact).isEqualTo(new Contact("post@vang.no", "+47 900 00 000", " "));
        assertThatThrownBy(() -> new Contact("post.vang.no", null, null))
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("invalid-email");
        assertThatThrownBy(() -> new Contact(null, "12", null))
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("invalid-phone");
        assertThatThrownBy(() -> new Contact(null, null, ""))
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("missing-contact");
    }
}

package no.ipt.domain.farm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FarmTest {

    private static Farm farm(FarmKind kind) {
        return new Farm(OrganisationNumber.of("123456785"), "Vang gård AS", "Vang gård", "5006000006",
                MunicipalityNumber.of("5006"), kind);
    }

    @Test
    void aWorkingFarmCanBeApproved() {
        Farm vang = farm(FarmKind.WORKING_FARM);
        assertThat(vang.isEligibleForApproval()).isTrue();
        assertThat(vang.isApproved()).isFalse();
        vang.approve(LocalDate.of(2021, 5, 1));
        assertThat(vang.isApproved()).isTrue();
        assertThat(vang.approvedOn()).isEqualTo(LocalDate.of(2021, 5, 1));
    }

    @ParameterizedTest
    @EnumSource(value = FarmKind.class, names = {"KENNEL", "CLOSED_MILITARY_CAMP", "FORMER_SCHOOL_BUILDING"})
    void kennelsCampsAndFormerSchoolsCannotBeApproved(FarmKind kind) {
        Farm farm = farm(kind);
        assertThat(farm.isEligibleForApproval()).isFalse();
        assertThatThrownBy(() -> farm.approve(LocalDate.of(2021, 5, 1)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("working farms only")
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("farm-not-approvable");
        assertThat(farm.isApproved()).isFalse();
    }

    @Test
    void offersServiceAreasAsASet() {
        Farm vang = farm(FarmKind.WORKING_FARM);
        vang.offer(ServiceArea.SCHOOL_AND_UPBRINGING);
        vang.offer(ServiceArea.SCHOOL_AND_UPBRINGING);
        vang.offer(ServiceArea.HEALTH_AND_CARE);
        assertThat(vang.serviceAreas()).containsExactly(ServiceArea.HEALTH_AND_CARE, ServiceArea.SCHOOL_AND_UPBRINGING);
        vang.stopOffering(ServiceArea.HEALTH_AND_CARE);
        assertThat(vang.offers(ServiceArea.HEALTH_AND_CARE)).isFalse();
        assertThatThrownBy(() -> vang.serviceAreas().add(ServiceArea.INTEGRATION))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "50060A", "12345678901", "-5006"})
    void producerNumberIsRequiredDigits(String producerNumber) {
        assertThatThrownBy(() -> new Farm(OrganisationNumber.of("123456785"), "Vang gård AS", "Vang gård",
                producerNumber, MunicipalityNumber.of("5006"), FarmKind.WORKING_FARM))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("producerNumber");
    }

    @Test
    void movingToAnotherMunicipalityDropsTheCadastralNumber() {
        Farm vang = farm(FarmKind.WORKING_FARM);
        vang.registerPropertyNumber(PropertyNumber.parse("12/3"));
        vang.moveTo(MunicipalityNumber.of("5006"));
        assertThat(vang.propertyNumber()).isEqualTo(new PropertyNumber(12, 3));
        vang.moveTo(MunicipalityNumber.of("5007"));
        assertThat(vang.propertyNumber()).isNull();
    }

    @Test
    void equalByOrganisationNumber() {
        Farm a = farm(FarmKind.WORKING_FARM);
        Farm b = farm(FarmKind.KENNEL);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).hasToString("Vang gård (123456785)");
    }

    @Test
    void facilitiesAreDescribedInGeneralWordsWithACountOfPlaces() {
        Farm farm = farm(FarmKind.WORKING_FARM);
        assertThat(farm.facilities()).isEmpty();
        farm.describeFacilities(new Facilities("Sau og høner", null, "Eldhus, fjøs", 6));
        assertThat(farm.facilities().orElseThrow().places()).isEqualTo(6);
        assertThat(farm.facilities().orElseThrow().animals()).isEqualTo("Sau og høner");
        assertThat(new Facilities("a", "b", "c", 1)).isEqualTo(new Facilities("a", "b", "c", 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Facilities(null, null, null, -1))
                .isInstanceOf(no.ipt.domain.shared.DomainRuleViolation.class).extracting("field").isEqualTo("places");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Facilities("x".repeat(1001), null, null, 1))
                .isInstanceOf(no.ipt.domain.shared.DomainRuleViolation.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> farm.requireVersion(3))
                .isInstanceOf(no.ipt.domain.shared.StaleVersionException.class);
    }
}

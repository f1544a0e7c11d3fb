package no.ipt.domain.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.Period;
import org.junit.jupiter.api.Test;

class PilotTest {

    private static final Period PERIOD = Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));

    private static List<MunicipalityNumber> numbers(String... values) {
        return Stream.of(values).map(MunicipalityNumber::of).toList();
    }

    private static Pilot running(String... municipalities) {
        return Pilot.running("IPT-løftet 2 Test", "Vestland", ServiceArea.WORK_TRAINING_AND_MENTAL_HEALTH, PERIOD,
                "Ragna Flotve", numbers(municipalities));
    }

    @Test
    void runsWithTwoToFiveMunicipalities() {
        assertThat(running("4613", "4649").municipalities()).containsExactly(MunicipalityNumber.of("4613"),
                MunicipalityNumber.of("4649"));
        Pilot five = running("3107", "3326", "3222", "3316", "0301");
        assertThat(five.status()).isEqualTo(PilotStatus.RUNNING);
        assertThat(five.municipalities()).hasSize(5).first().isEqualTo(MunicipalityNumber.of("0301"));
    }

    @Test
    void refusesFewerThanTwo() {
        assertThatThrownBy(() -> running("4613"))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("too-few-pilot-municipalities");
        assertThatThrownBy(() -> running()).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void refusesMoreThanFive() {
        assertThatThrownBy(() -> running("3107", "3326", "3222", "3316", "0301", "3303"))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("too-many-pilot-municipalities");
        Pilot five = running("3107", "3326", "3222", "3316", "0301");
        five.join(MunicipalityNumber.of("0301"));
        assertThat(five.municipalities()).hasSize(5);
    }

    @Test
    void aRunningPilotKeepsAtLeastTwo() {
        Pilot pilot = running("4613", "4649");
        assertThatThrownBy(() -> pilot.leave(MunicipalityNumber.of("4613")))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("too-few-pilot-municipalities");
        pilot.join(MunicipalityNumber.of("4612"));
        pilot.leave(MunicipalityNumber.of("4613"));
        assertThat(pilot.includes(MunicipalityNumber.of("4613"))).isFalse();
    }

    @Test
    void aRecruitingPilotMayHaveFewerAndStartsWhenItHasTwo() {
        Pilot nordland = Pilot.recruiting("IPT-løftet 2 Nordland", "Nordland", ServiceArea.SCHOOL_AND_UPBRINGING,
                PERIOD, "Ingrid Roaldsen");
        assertThat(nordland.status()).isEqualTo(PilotStatus.RECRUITING);
        assertThat(nordland.municipalities()).isEmpty();
        nordland.join(MunicipalityNumber.of("1804"));
        nordland.leave(MunicipalityNumber.of("1804"));
        nordland.join(MunicipalityNumber.of("1804"));
        assertThatThrownBy(nordland::start).isInstanceOf(DomainRuleViolation.class);
        nordland.join(MunicipalityNumber.of("1833"));
        nordland.start();
        assertThat(nordland.status()).isEqualTo(PilotStatus.RUNNING);
    }

    @Test
    void equalByName() {
        assertThat(running("4613", "4649")).isEqualTo(running("3107", "3326")).hasToString("IPT-løftet 2 Test");
    }
}

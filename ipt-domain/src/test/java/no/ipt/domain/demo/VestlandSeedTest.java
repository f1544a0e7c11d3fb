package no.ipt.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import no.ipt.domain.pilot.Pilot;
import no.ipt.domain.pilot.PilotReport;
import no.ipt.domain.pilot.ReportKind;
import org.junit.jupiter.api.Test;

/** The Vestland pilot's reporting schedule and the Vestland plan's details from seed 004. */
class VestlandSeedTest {

    private final SeedCatalogue catalogue = new SeedCatalogue();

    @Test
    void theVestlandPilotReportsTwiceAndFinallyAtTheEndOfThePeriod() {
        Pilot pilot = catalogue.vestlandPilot();
        assertThat(pilot.reports()).extracting(PilotReport::kind, PilotReport::dueDate).containsExactly(
                tuple(ReportKind.STATUS, LocalDate.of(2021, 8, 31)),
                tuple(ReportKind.STATUS, LocalDate.of(2022, 6, 30)),
                tuple(ReportKind.FINAL, LocalDate.of(2022, 11, 30)));
        assertThat(pilot.finalReport().orElseThrow().dueDate()).isEqualTo(pilot.period().end());
        assertThat(pilot.reports()).allMatch(r -> !r.isSubmitted());
        assertThat(pilot.overdueReports(LocalDate.of(2021, 9, 1))).hasSize(1);
        assertThat(pilot.nextReportDue(LocalDate.of(2020, 11, 1))).map(PilotReport::dueDate)
                .contains(LocalDate.of(2021, 8, 31));
    }

    @Test
    void theOtherPilotsHaveNoScheduleInTheSeeds() {
        assertThat(catalogue.pilots().subList(1, 3)).allMatch(p -> p.reports().isEmpty());
    }
}

package no.ipt.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import no.ipt.domain.pilot.Pilot;
import no.ipt.domain.pilot.PilotReport;
import no.ipt.domain.pilot.ReportKind;
import no.ipt.domain.project.Phase;
import no.ipt.domain.project.ProjectPlan;
import no.ipt.domain.project.Risk;
import no.ipt.domain.project.SteeringGroupMember;
import no.ipt.domain.project.SteeringRole;
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

    @Test
    void theVestlandPlanHasTheFourRisksOfTheSeedEachWithMeasures() {
        ProjectPlan plan = catalogue.vestlandProjectPlan();
        assertThat(plan.risks()).extracting(Risk::title).containsExactly(
                "Forankring og samarbeidsvilje på tvers av fagområda",
                "Økonomi",
                "Prosjektleiing og kjennskap til Inn på tunet",
                "Mobilisering, utvikling og kvalitetssikring av leverandørane");
        assertThat(plan.risks()).allSatisfy(risk -> {
            assertThat(risk.measures()).isNotEmpty();
            assertThat(risk.likelihood()).isBetween(Risk.MIN_SCORE, Risk.MAX_SCORE);
            assertThat(risk.consequence()).isBetween(Risk.MIN_SCORE, Risk.MAX_SCORE);
        });
        assertThat(plan.risk("Økonomi").orElseThrow().measures()).hasSize(2).first().asString()
                .startsWith("Prosjektmidlar frå L-dir");
        assertThat(plan.risksByScore().get(0).consequence()).isEqualTo(5);
    }

    @Test
    void theVestlandPlanHasItsGoalsPhasesAndSteeringGroup() {
        ProjectPlan plan = catalogue.vestlandProjectPlan();
        assertThat(plan.goals()).hasSize(2);
        assertThat(plan.phases()).extracting(Phase::name).containsExactly("Fase 1", "Fase 2");
        assertThat(plan.phaseOn(LocalDate.of(2021, 6, 1))).map(Phase::name).contains("Fase 1");
        assertThat(plan.phases().get(1).period().end()).isEqualTo(plan.period().end());
        assertThat(plan.steeringGroup()).extracting(SteeringGroupMember::role).containsExactly(SteeringRole.CHAIR,
                SteeringRole.MEMBER, SteeringRole.MEMBER, SteeringRole.SECRETARY);
        assertThat(plan.chair()).map(SteeringGroupMember::name).contains("Bjørn Harald Haugsvær");
        assertThat(plan.spending()).isEmpty();
        plan.requireBalanced();
    }
}

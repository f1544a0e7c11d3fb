package no.ipt.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.Period;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Goals, phases, steering group, risks and spend of a project plan. */
class ProjectPlanDetailsTest {

    private static final Period PERIOD = Period.of(LocalDate.of(2020, 11, 1), LocalDate.of(2022, 11, 30));
    private static final String LEAD = "Prosjektleiing - FMVL";
    private static final String TRAVEL = "Reiser";
    private static final LocalDate MAY_2021 = LocalDate.of(2021, 5, 1);

    private static ProjectPlan plan() {
        ProjectPlan plan = new ProjectPlan("Testplan", "Fylkesmannen i Vestland", "Ragna Flotve", PERIOD);
        plan.addBudgetLine(LEAD, 2021, Money.nok(150_000), null);
        plan.addBudgetLine(LEAD, 2022, Money.nok(150_000), null);
        plan.addBudgetLine(TRAVEL, 2021, Money.nok(10_000), null);
        return plan;
    }

    private static String codeOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainRuleViolation.class);
        return ((DomainRuleViolation) thrown).code();
    }

    private static Period year(int year) {
        return Period.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Test
    void goalsKeepTheirOrderAndAreNotRepeated() {
        ProjectPlan plan = plan();
        plan.addGoal("Kartlegge erfaringar");
        plan.addGoal(" Skape eit meir tilpassa tenestetilbod ");
        assertThat(plan.goals()).containsExactly("Kartlegge erfaringar", "Skape eit meir tilpassa tenestetilbod");
        assertThat(codeOf(() -> plan.addGoal("kartlegge ERFARINGAR"))).isEqualTo("duplicate-goal");
        assertThat(codeOf(() -> plan.addGoal(" "))).isEqualTo("missing-goal");
        assertThat(codeOf(() -> plan.addGoal("x".repeat(ProjectPlan.MAX_GOAL_LENGTH + 1)))).isEqualTo("goal-too-long");
        plan.addGoal("x".repeat(ProjectPlan.MAX_GOAL_LENGTH));
    }

    @Test
    void phasesLieInsideThePeriodWithoutOverlapping() {
        ProjectPlan plan = plan();
        plan.addPhase("Fase 2", Period.of(LocalDate.of(2022, 1, 1), PERIOD.end()), "Kjøp");
        plan.addPhase("Fase 1", year(2021), "Kartlegging");
        assertThat(plan.phases()).extracting(Phase::name).containsExactly("Fase 1", "Fase 2");
        assertThat(plan.phaseOn(LocalDate.of(2021, 12, 31))).map(Phase::name).contains("Fase 1");
        assertThat(plan.phaseOn(LocalDate.of(2022, 1, 1))).map(Phase::name).contains("Fase 2");
        assertThat(plan.phaseOn(LocalDate.of(2020, 12, 1))).isEmpty();

        assertThat(codeOf(() -> plan.addPhase("Fase 3", year(2022), "Etter slutt")))
                .isEqualTo("phase-outside-period");
        assertThat(codeOf(() -> plan.addPhase("Fase 0", Period.of(PERIOD.start().minusDays(1), PERIOD.start()),
                "Før start"))).isEqualTo("phase-outside-period");
        assertThat(codeOf(() -> plan.addPhase("Oppstart", Period.of(PERIOD.start(), LocalDate.of(2021, 1, 1)),
                "Ein dag for mykje"))).isEqualTo("overlapping-phases");
        assertThat(codeOf(() -> plan.addPhase("fase 1", Period.of(PERIOD.start(), PERIOD.start()), "Namn")))
                .isEqualTo("duplicate-phase");
        assertThat(codeOf(() -> plan.addPhase("Oppstart", Period.of(PERIOD.start(), PERIOD.start()), " ")))
                .isEqualTo("missing-description");
        plan.addPhase("Oppstart", Period.of(PERIOD.start(), LocalDate.of(2020, 12, 31)), "Oppstart");
        assertThat(plan.phases()).hasSize(3).first().extracting(Phase::name).isEqualTo("Oppstart");
    }

    @Test
    void theSteeringGroupHasOneChairAndOneSecretary() {
        ProjectPlan plan = plan();
        plan.addSteeringGroupMember("Bjørn Harald Haugsvær", SteeringRole.CHAIR, "ass. landbruksdirektør");
        plan.addSteeringGroupMember("Kjersti Sognnes", SteeringRole.MEMBER, null);
        plan.addSteeringGroupMember("Øystein Breirem Jacobsen", SteeringRole.MEMBER, "seksjonsleder");
        plan.addSteeringGroupMember("Ragna Flotve", SteeringRole.SECRETARY, "prosjektleder");
        assertThat(plan.chair()).map(SteeringGroupMember::name).contains("Bjørn Harald Haugsvær");
        assertThat(plan.steeringGroup()).hasSize(4);

        assertThat(codeOf(() -> plan.addSteeringGroupMember("Anna", SteeringRole.CHAIR, null)))
                .isEqualTo("steering-group-role-taken");
        assertThat(codeOf(() -> plan.addSteeringGroupMember("Anna", SteeringRole.SECRETARY, null)))
                .isEqualTo("steering-group-role-taken");
        assertThat(codeOf(() -> plan.addSteeringGroupMember("kjersti sognnes", SteeringRole.MEMBER, null)))
                .isEqualTo("duplicate-steering-group-member");
        assertThat(codeOf(() -> plan.addSteeringGroupMember("Anna", null, null))).isEqualTo("missing-role");
        assertThat(new ProjectPlan("Tom", "Eigar", "Leiar", PERIOD).chair()).isEmpty();
    }

    @Test
    void risksAreScoredOneToFiveAndHaveMeasures() {
        ProjectPlan plan = plan();
        Risk economy = plan.addRisk("Økonomi", "Stram kommuneøkonomi", 3, 4, List.of("Prosjektmidlar"));
        Risk anchoring = plan.addRisk("Forankring", "Leiinga må vere med", 5, 5, List.of("Avtale", "Tett oppfølging"));
        Risk low = plan.addRisk("Låg", "Lite sannsynleg", 1, 1, List.of("Ingen"));
        assertThat(economy.score()).isEqualTo(12);
        assertThat(anchoring.score()).isEqualTo(25);
        assertThat(plan.risks()).containsExactly(economy, anchoring, low);
        assertThat(plan.risksByScore()).containsExactly(anchoring, economy, low);

        plan.addMeasure("økonomi", "God budsjettprosess");
        assertThat(plan.risk("Økonomi").orElseThrow().measures()).containsExactly("Prosjektmidlar",
                "God budsjettprosess");
        assertThat(codeOf(() -> plan.addMeasure("Økonomi", "Prosjektmidlar"))).isEqualTo("duplicate-measure");
        assertThat(codeOf(() -> plan.addMeasure("Ukjend", "Tiltak"))).isEqualTo("unknown-risk");

        assertThat(codeOf(() -> plan.addRisk("Ny", "D", 0, 3, List.of("T")))).isEqualTo("invalid-likelihood");
        assertThat(codeOf(() -> plan.addRisk("Ny", "D", 6, 3, List.of("T")))).isEqualTo("invalid-likelihood");
        assertThat(codeOf(() -> plan.addRisk("Ny", "D", 3, 0, List.of("T")))).isEqualTo("invalid-consequence");
        assertThat(codeOf(() -> plan.addRisk("Ny", "D", 3, 6, List.of("T")))).isEqualTo("invalid-consequence");
        assertThat(codeOf(() -> plan.addRisk("Ny", "D", 3, 3, List.of()))).isEqualTo("missing-measures");
        assertThat(codeOf(() -> plan.addRisk("Ny", "D", 3, 3, List.of(" ")))).isEqualTo("missing-measure");
        assertThat(codeOf(() -> plan.addRisk(" økonomi ", "D", 3, 3, List.of("T")))).isEqualTo("duplicate-risk");
        assertThat(codeOf(() -> plan.addRisk("Ny", " ", 3, 3, List.of("T")))).isEqualTo("missing-description");
        assertThat(plan.risks()).hasSize(3);
    }

    @Test
    void spendIsRecordedAgainstABudgetLineAndYear() {
        ProjectPlan plan = plan();
        plan.recordSpend(LEAD, 2021, Money.nok(60_000), MAY_2021, "Første halvår");
        plan.recordSpend("prosjektleiing - fmvl", 2021, Money.nok(40_000), MAY_2021.plusMonths(6), null);
        plan.recordSpend(LEAD, 2022, Money.nok(1_000), LocalDate.of(2022, 2, 1), null);

        assertThat(plan.spentFor(LEAD, 2021)).isEqualTo(Money.nok(100_000));
        assertThat(plan.remainingFor(LEAD, 2021)).isEqualTo(Money.nok(50_000));
        assertThat(plan.remainingFor(LEAD, 2022)).isEqualTo(Money.nok(149_000));
        assertThat(plan.spentFor(TRAVEL, 2021)).isEqualTo(Money.ZERO);
        assertThat(plan.spentTotal()).isEqualTo(Money.nok(101_000));
        assertThat(plan.spending().get(1).label()).as("stored under the budget's own label").isEqualTo(LEAD);
        assertThat(plan.overspentLines()).isEmpty();
    }

    @Test
    void spendingTheWholeBudgetIsNotOverspendingButOneKroneMoreIs() {
        ProjectPlan plan = plan();
        plan.recordSpend(TRAVEL, 2021, Money.nok(10_000), MAY_2021, null);
        assertThat(plan.remainingFor(TRAVEL, 2021)).isEqualTo(Money.ZERO);
        assertThat(plan.overspentLines()).isEmpty();

        plan.recordSpend(TRAVEL, 2021, Money.nok("0.01"), MAY_2021, "Ferje");
        assertThat(plan.remainingFor(TRAVEL, 2021)).isEqualTo(Money.nok("-0.01"));
        assertThat(plan.overspentLines()).containsExactly(
                new LineSpend(TRAVEL, 2021, Money.nok(10_000), Money.nok("10000.01")));
    }

    @Test
    void overspentLinesIncludeYearsWithoutABudgetAndFollowTheBudgetsOrder() {
        ProjectPlan plan = plan();
        plan.recordSpend(TRAVEL, 2022, Money.nok(500), LocalDate.of(2022, 3, 1), "Ikkje budsjettert i 2022");
        plan.recordSpend(LEAD, 2022, Money.nok(150_001), LocalDate.of(2022, 3, 1), null);
        plan.recordSpend(TRAVEL, 2022, Money.nok(500), LocalDate.of(2022, 4, 1), null);

        List<LineSpend> overspent = plan.overspentLines();
        assertThat(overspent).containsExactly(
                new LineSpend(LEAD, 2022, Money.nok(150_000), Money.nok(150_001)),
                new LineSpend(TRAVEL, 2022, Money.ZERO, Money.nok(1_000)));
        assertThat(overspent.get(0).remaining()).isEqualTo(Money.nok(-1));
        assertThat(overspent).allMatch(LineSpend::isOverspent);
        plan.addFinancingLine("Landbruksdirektoratet", 2021, Money.nok(160_000), null);
        plan.addFinancingLine("Landbruksdirektoratet", 2022, Money.nok(150_000), null);
        plan.requireBalanced();
    }

    @Test
    void spendNeedsAKnownLineAPositiveAmountAndADayInThePeriod() {
        ProjectPlan plan = plan();
        assertThat(codeOf(() -> plan.recordSpend("Kaffi", 2021, Money.nok(1), MAY_2021, null)))
                .isEqualTo("unknown-budget-line");
        assertThat(codeOf(() -> plan.recordSpend(null, 2021, Money.nok(1), MAY_2021, null)))
                .isEqualTo("missing-label");
        assertThat(codeOf(() -> plan.recordSpend(LEAD, 2021, Money.ZERO, MAY_2021, null)))
                .isEqualTo("invalid-spend-amount");
        assertThat(codeOf(() -> plan.recordSpend(LEAD, 2021, Money.nok(-1), MAY_2021, null)))
                .isEqualTo("invalid-spend-amount");
        assertThat(codeOf(() -> plan.recordSpend(LEAD, 2023, Money.nok(1), MAY_2021, null)))
                .isEqualTo("year-outside-period");
        assertThat(codeOf(() -> plan.recordSpend(LEAD, 2021, Money.nok(1), null, null)))
                .isEqualTo("missing-spent-on");
        assertThat(codeOf(() -> plan.recordSpend(LEAD, 2020, Money.nok(1), PERIOD.start().minusDays(1), null)))
                .isEqualTo("spend-before-period");
        plan.recordSpend(LEAD, 2020, Money.nok(1), PERIOD.start(), null);
        assertThat(plan.spending()).containsExactly(new Spend(LEAD, 2020, Money.nok(1), PERIOD.start(), null));
    }

    @Test
    void valuesAreEqualByValue() {
        assertThat(new Phase("Fase 1", year(2021), "A")).isEqualTo(new Phase(" Fase 1 ", year(2021), "A"))
                .hasSameHashCodeAs(new Phase("Fase 1", year(2021), "A"))
                .isNotEqualTo(new Phase("Fase 1", year(2022), "A"));
        assertThat(new SteeringGroupMember("Ragna Flotve", SteeringRole.SECRETARY, " "))
                .isEqualTo(new SteeringGroupMember("Ragna Flotve", SteeringRole.SECRETARY, null))
                .isNotEqualTo(new SteeringGroupMember("Ragna Flotve", SteeringRole.MEMBER, null));
        assertThat(new Spend(LEAD, 2021, Money.nok(1), MAY_2021, null))
                .isNotEqualTo(new Spend(LEAD, 2021, Money.nok(1), MAY_2021, "Notat"));
    }
}

package no.ipt.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import no.ipt.domain.demo.SeedCatalogue;
import no.ipt.domain.mobilisation.DevelopmentSupport;
import no.ipt.domain.mobilisation.EventKind;
import no.ipt.domain.mobilisation.MarketDialogue;
import no.ipt.domain.mobilisation.RegisteredInterest;
import no.ipt.domain.mobilisation.SupportKind;
import no.ipt.domain.pilot.Pilot;
import no.ipt.domain.pilot.PilotReport;
import no.ipt.domain.pilot.ReportKind;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.project.LineSpend;
import no.ipt.domain.project.PlanLine;
import no.ipt.domain.project.PlanLineDraft;
import no.ipt.domain.project.ProjectPlan;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.Period;
import no.ipt.domain.project.Risk;
import no.ipt.domain.project.Spend;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.OrganisationNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Round trips on the embedded PostgreSQL with the Flyway schema for the market dialogue, the
 * pilots' report schedule and the project plan's goals, phases, organisation, risks and spend.
 */
class MobilisationAndReportingRoundTripTest {

    private static final CaseNumber CASE = new CaseNumber("IPT-2021-00007");
    private static final OrganisationNumber VANG = OrganisationNumber.of("910000063");
    private static final OrganisationNumber LANDSEM = OrganisationNumber.of("910000039");
    private static final LocalDate MARCH_1 = LocalDate.of(2021, 3, 1);

    private static EntityManagerFactory emf;

    @BeforeAll
    static void connect() {
        emf = JpaTestDatabase.emf();
    }


    @BeforeEach
    void emptyTables() {
        run(em -> em.createNativeQuery("TRUNCATE ipt.market_dialogue, ipt.project_plan, ipt.pilot, ipt.procurement_case CASCADE")
                .executeUpdate());
    }

    private static void run(Consumer<EntityManager> work) {
        JpaTestDatabase.inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Test
    void marketDialogueRoundTrip() {
        run(em -> {
            MarketDialogue dialogue = new MarketDialogue(CASE, 3);
            int meeting = dialogue.planEvent(EventKind.INFORMATION_MEETING, MARCH_1.plusDays(14), "Bømlo rådhus",
                    "Kva kommunen vil kjøpe").number();
            dialogue.planEvent(EventKind.DIALOGUE_CONFERENCE, MARCH_1.plusMonths(1), "Stad", "Dialog");
            dialogue.invite(VANG, MARCH_1);
            dialogue.invite(LANDSEM, MARCH_1);
            dialogue.recordAttendance(meeting, VANG);
            dialogue.registerInterest(VANG, ServiceArea.WORK_TRAINING_AND_MENTAL_HEALTH, 4, MARCH_1);
            dialogue.registerInterest(VANG, ServiceArea.HEALTH_AND_CARE, 2, MARCH_1);
            dialogue.registerInterest(LANDSEM, ServiceArea.WORK_TRAINING_AND_MENTAL_HEALTH, 3, MARCH_1);
            dialogue.recordSupport(VANG, SupportKind.INVESTMENT_SUPPORT_CONTACT, MARCH_1, "Innovasjon Norge");
            dialogue.recordSupport(LANDSEM, SupportKind.IPT_SCHOOL, MARCH_1, null);
            new JpaMarketDialogueRepository(em).store(dialogue);
        });

        run(em -> {
            MarketDialogue dialogue = new JpaMarketDialogueRepository(em).find(CASE).orElseThrow();
            assertThat(dialogue.targetInterestedFarms()).isEqualTo(3);
            assertThat(dialogue.events()).extracting(e -> e.kind())
                    .containsExactly(EventKind.INFORMATION_MEETING, EventKind.DIALOGUE_CONFERENCE);
            assertThat(dialogue.attendeesOf(1)).containsExactly(VANG);
            assertThat(dialogue.interestedFarms()).containsExactly(LANDSEM, VANG);
            assertThat(dialogue.placesOffered(ServiceArea.WORK_TRAINING_AND_MENTAL_HEALTH)).isEqualTo(7);
            assertThat(dialogue.hasEnoughInterest()).isFalse();
            assertThat(dialogue.supportFor(LANDSEM)).containsExactly(
                    new DevelopmentSupport(LANDSEM, SupportKind.IPT_SCHOOL, MARCH_1, null));

            // Changes inside the stored collections: a replaced figure, a withdrawn farm (rows shift).
            dialogue.withdrawInterest(VANG);
            dialogue.registerInterest(LANDSEM, ServiceArea.WORK_TRAINING_AND_MENTAL_HEALTH, 5, MARCH_1.plusDays(1));
            dialogue.changeTargetInterestedFarms(1);
            new JpaMarketDialogueRepository(em).store(dialogue);
        });

        run(em -> {
            MarketDialogue dialogue = new JpaMarketDialogueRepository(em).findAll().get(0);
            assertThat(dialogue.interests()).containsExactly(new RegisteredInterest(LANDSEM,
                    ServiceArea.WORK_TRAINING_AND_MENTAL_HEALTH, 5, MARCH_1.plusDays(1)));
            assertThat(dialogue.hasEnoughInterest()).isTrue();
            assertThat(dialogue.version()).isEqualTo(2);
        });
    }

    @Test
    void pilotReportScheduleRoundTrip() {
        LocalDate firstStatus = LocalDate.of(2021, 8, 31);
        run(em -> new JpaPilotRepository(em).store(new SeedCatalogue().vestlandPilot()));

        run(em -> {
            Pilot pilot = new JpaPilotRepository(em).findByName(SeedCatalogue.VESTLAND_PILOT).orElseThrow();
            assertThat(pilot.reports()).isEqualTo(new SeedCatalogue().vestlandPilot().reports());
            pilot.submitReport(firstStatus, LocalDate.of(2021, 9, 2), "Kartlegging i gang i Bømlo og Stad",
                    "Ragna Flotve");
            new JpaPilotRepository(em).store(pilot);
        });

        run(em -> {
            Pilot pilot = new JpaPilotRepository(em).findByName(SeedCatalogue.VESTLAND_PILOT).orElseThrow();
            PilotReport sent = pilot.report(firstStatus).orElseThrow();
            assertThat(sent.submittedOn()).isEqualTo(LocalDate.of(2021, 9, 2));
            assertThat(sent.summary()).isEqualTo("Kartlegging i gang i Bømlo og Stad");
            assertThat(pilot.overdueReports(LocalDate.of(2022, 7, 1))).extracting(PilotReport::dueDate)
                    .containsExactly(LocalDate.of(2022, 6, 30));
            assertThat(pilot.finalReport().orElseThrow().kind()).isEqualTo(ReportKind.FINAL);
        });
    }

    @Test
    void projectPlanDetailsRoundTrip() {
        String lead = "Prosjektleiing - FMVL";
        run(em -> {
            SeedCatalogue catalogue = new SeedCatalogue();
            new JpaPilotRepository(em).store(catalogue.vestlandPilot());
            ProjectPlan plan = catalogue.vestlandProjectPlan();
            plan.recordSpend(lead, 2021, Money.nok(100_000), LocalDate.of(2021, 6, 30), "Første halvår");
            new JpaProjectPlanRepository(em).store(plan);
        });

        run(em -> {
            ProjectPlan plan = new JpaProjectPlanRepository(em).findByTitle(SeedCatalogue.VESTLAND_PLAN_TITLE)
                    .orElseThrow();
            ProjectPlan expected = new SeedCatalogue().vestlandProjectPlan();
            assertThat(plan.goals()).isEqualTo(expected.goals());
            assertThat(plan.phases()).isEqualTo(expected.phases());
            assertThat(plan.steeringGroup()).isEqualTo(expected.steeringGroup());
            assertThat(plan.risks()).extracting(Risk::title, Risk::likelihood, Risk::consequence, Risk::measures)
                    .isEqualTo(expected.risks().stream().map(r -> tuple(r.title(), r.likelihood(), r.consequence(),
                            r.measures())).toList());
            assertThat(plan.spentFor(lead, 2021)).isEqualTo(Money.nok(100_000));

            plan.recordSpend(lead, 2021, Money.nok(60_000), LocalDate.of(2021, 12, 15), null);
            plan.addMeasure("Økonomi", "Rapportere forbruk til styringsgruppa ved kvar rapportering");
            plan.addRisk("Smittevern", "Møte kan bli avlyste", 2, 2, List.of("Digitale møte"));
            new JpaProjectPlanRepository(em).store(plan);
        });

        run(em -> {
            ProjectPlan plan = new JpaProjectPlanRepository(em).findAll().get(0);
            assertThat(plan.overspentLines()).containsExactly(
                    new LineSpend(lead, 2021, Money.nok(150_000), Money.nok(160_000)));
            assertThat(plan.spending()).extracting(Spend::note).containsExactly("Første halvår", null);
            assertThat(plan.risk("Økonomi").orElseThrow().measures()).hasSize(3);
            assertThat(plan.risks()).hasSize(5).last().extracting(Risk::title).isEqualTo("Smittevern");
            plan.requireBalanced();
        });
    }

    @Test
    void aCasePlanKeepsItsCaseAndMunicipalityAndItsBudgetIsReplacedWhole() {
        MunicipalityNumber steinkjer = MunicipalityNumber.of("5006");
        CaseNumber caseNumber = new CaseNumber("IPT-2026-00009");
        run(em -> {
            em.persist(new ProcurementCase(caseNumber, "Dagtilbod demens", steinkjer,
                    ServiceArea.HEALTH_AND_CARE, java.time.Instant.parse("2026-01-05T08:00:00Z")));
            ProjectPlan plan = new ProjectPlan("Dagtilbod demens", "Steinkjer kommune", "Per Prosjektleder",
                    Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)));
            plan.linkToCase(caseNumber, steinkjer);
            plan.replaceBudgetAndFinancing(List.of(line("A", 2026, 10), line("B", 2026, 20), line("C", 2027, 5)),
                    List.of(line("Kommunen", 2026, 30), line("Kommunen", 2027, 5)));
            new JpaProjectPlanRepository(em).store(plan);
        });

        run(em -> {
            ProjectPlan plan = new JpaProjectPlanRepository(em).findByTitle("Dagtilbod demens").orElseThrow();
            assertThat(plan.caseNumber()).contains(caseNumber);
            assertThat(plan.municipality()).contains(steinkjer);
            assertThat(plan.pilot()).isEmpty();
            plan.replaceBudgetAndFinancing(List.of(line("B", 2026, 25), line("A", 2026, 10)),
                    List.of(line("Kommunen", 2026, 35)));
            new JpaProjectPlanRepository(em).store(plan);
        });

        run(em -> {
            ProjectPlan plan = new JpaProjectPlanRepository(em).find(
                    new JpaProjectPlanRepository(em).findAll().get(0).id()).orElseThrow();
            assertThat(plan.budgetLines()).extracting(PlanLine::label).containsExactly("B", "A");
            assertThat(plan.budgetTotal()).isEqualTo(Money.nok(35)).isEqualTo(plan.financingTotal());
            assertThat(plan.version()).isEqualTo(2);
        });
    }

    private static PlanLineDraft line(String label, int year, long amount) {
        return PlanLineDraft.amount(label, year, Money.nok(amount), null);
    }
}

package no.ipt.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import no.ipt.domain.demo.SeedCatalogue;
import no.ipt.domain.farm.Address;
import no.ipt.domain.farm.Contact;
import no.ipt.domain.farm.Farm;
import no.ipt.domain.farm.FarmKind;
import no.ipt.domain.farm.PropertyNumber;
import no.ipt.domain.municipality.Municipality;
import no.ipt.domain.pilot.Pilot;
import no.ipt.domain.pilot.PilotStatus;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.project.ProjectPlan;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stores and reloads the aggregates on the real PostgreSQL with the Flyway schema, through the
 * production persistence unit switched to resource-local transactions.
 */
class PersistenceRoundTripTest {

    private static EntityManagerFactory emf;

    @BeforeAll
    static void connect() {
        emf = JpaTestDatabase.emf();
    }


    @BeforeEach
    void emptyTables() {
        inTransaction(em -> em.createNativeQuery(
                "TRUNCATE ipt.project_plan, ipt.pilot, ipt.farm, ipt.municipality CASCADE").executeUpdate());
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return JpaTestDatabase.inTransaction(work);
    }

    private static void run(Consumer<EntityManager> work) {
        JpaTestDatabase.inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Test
    void farmRoundTrip() {
        run(em -> {
            Farm vang = new Farm(OrganisationNumber.of("123456785"), "Vang gård AS", "Vang gård", "5006000006",
                    MunicipalityNumber.of("5006"), FarmKind.WORKING_FARM);
            vang.registerPropertyNumber(new PropertyNumber(12, 3));
            vang.changeAddress(new Address("Stod", "7717", "Steinkjer"));
            vang.changeContact(new Contact("post@vang.example", "+47 900 00 000", null));
            vang.offer(ServiceArea.SCHOOL_AND_UPBRINGING);
            vang.offer(ServiceArea.HEALTH_AND_CARE);
            vang.approve(LocalDate.of(2021, 5, 1));
            new JpaFarmRepository(em).store(vang);
            Farm kennel = new Farm(OrganisationNumber.of("100000040"), "Hundepensjonat AS", "Hundepensjonatet",
                    "3303000001", MunicipalityNumber.of("3303"), FarmKind.KENNEL);
            new JpaFarmRepository(em).store(kennel);
        });

        run(em -> {
            JpaFarmRepository farms = new JpaFarmRepository(em);
            Farm vang = farms.find(OrganisationNumber.of("123456785")).orElseThrow();
            assertThat(vang.displayName()).isEqualTo("Vang gård");
            assertThat(vang.producerNumber()).isEqualTo("5006000006");
            assertThat(vang.propertyNumber()).isEqualTo(new PropertyNumber(12, 3));
            assertThat(vang.address()).isEqualTo(new Address("Stod", "7717", "Steinkjer"));
            assertThat(vang.contact().phone()).isEqualTo("+47 900 00 000");
            assertThat(vang.serviceAreas()).containsExactly(ServiceArea.HEALTH_AND_CARE,
                    ServiceArea.SCHOOL_AND_UPBRINGING);
            assertThat(vang.approvedOn()).isEqualTo(LocalDate.of(2021, 5, 1));
            assertThat(vang.kind()).isEqualTo(FarmKind.WORKING_FARM);

            Farm kennel = farms.find(OrganisationNumber.of("100000040")).orElseThrow();
            assertThat(kennel.propertyNumber()).isNull();
            assertThat(kennel.address()).isNull();
            assertThat(kennel.isEligibleForApproval()).isFalse();

            assertThat(farms.search("VANG", null)).containsExactly(vang);
            assertThat(farms.search(null, MunicipalityNumber.of("3303"))).containsExactly(kennel);
            assertThat(farms.search("pensjon", MunicipalityNumber.of("5006"))).isEmpty();
            assertThat(farms.search("%", null)).isEmpty();
            assertThat(farms.search(" ", null)).hasSize(2);
        });
    }

    @Test
    void pilotAndVestlandPlanRoundTrip() {
        run(em -> {
            SeedCatalogue catalogue = new SeedCatalogue();
            new JpaPilotRepository(em).store(catalogue.vestlandPilot());
            new JpaProjectPlanRepository(em).store(catalogue.vestlandProjectPlan());
        });

        run(em -> {
            Pilot pilot = new JpaPilotRepository(em).findByName(SeedCatalogue.VESTLAND_PILOT).orElseThrow();
            assertThat(pilot.status()).isEqualTo(PilotStatus.RUNNING);
            assertThat(pilot.serviceArea()).isEqualTo(ServiceArea.WORK_TRAINING_AND_MENTAL_HEALTH);
            assertThat(pilot.municipalities()).containsExactly(MunicipalityNumber.of("4613"),
                    MunicipalityNumber.of("4649"));
            assertThat(pilot.period().end()).isEqualTo(LocalDate.of(2022, 11, 30));

            ProjectPlan plan = new JpaProjectPlanRepository(em).findByTitle(SeedCatalogue.VESTLAND_PLAN_TITLE)
                    .orElseThrow();
            ProjectPlan expected = new SeedCatalogue().vestlandProjectPlan();
            assertThat(plan.budgetLines()).containsExactlyElementsOf(expected.budgetLines());
            assertThat(plan.financingLines()).containsExactlyElementsOf(expected.financingLines());
            assertThat(plan.budgetTotal()).isEqualTo(Money.nok(1_880_000));
            assertThat(plan.fullTimeEquivalentRate()).isEqualTo(Money.nok(750_000));
            assertThat(plan.pilot()).contains(pilot);
            plan.requireBalanced();
        });
    }

    @Test
    void loadingTheDemoDataTwiceChangesNothing() {
        DemoReferenceDataLoader.Result first = inTransaction(em -> new DemoReferenceDataLoader(em).load());
        assertThat(first).isEqualTo(new DemoReferenceDataLoader.Result(10, 6, 3, 1));

        DemoReferenceDataLoader.Result second = inTransaction(em -> new DemoReferenceDataLoader(em).load());
        assertThat(second.total()).isZero();

        run(em -> {
            assertThat(new JpaMunicipalityRepository(em).findAll()).hasSize(10).first()
                    .extracting(Municipality::name).isEqualTo("Bømlo");
            assertThat(new JpaFarmRepository(em).search(null, SeedCatalogue.STEINKJER)).hasSize(6);
            assertThat(new JpaPilotRepository(em).findAll()).hasSize(3);
            ProjectPlan plan = new JpaProjectPlanRepository(em).findAll().get(0);
            assertThat(plan.pilot().map(Pilot::name)).contains(SeedCatalogue.VESTLAND_PILOT);
            assertThat(plan.budgetLines()).hasSize(new SeedCatalogue().vestlandProjectPlan().budgetLines().size());
        });
    }

    @Test
    void aCorrectedMunicipalityIsMergedNotDuplicated() {
        run(em -> new JpaMunicipalityRepository(em).store(new SeedCatalogue().municipalities().get(0)));
        run(em -> {
            Municipality corrected = new SeedCatalogue().municipalities().get(0);
            corrected.correct("Steinkjer", "Trøndelag - Trööndelage");
            new JpaMunicipalityRepository(em).store(corrected);
        });
        run(em -> assertThat(new JpaMunicipalityRepository(em).findAll()).singleElement()
                .extracting(Municipality::countyName).isEqualTo("Trøndelag - Trööndelage"));
    }

    @Test
    void loaderLinksThePlanToAPilotThatWasStoredEarlier() {
        run(em -> new JpaPilotRepository(em).store(new SeedCatalogue().vestlandPilot()));
        DemoReferenceDataLoader.Result result = inTransaction(em -> new DemoReferenceDataLoader(em).load());
        assertThat(result).isEqualTo(new DemoReferenceDataLoader.Result(10, 6, 2, 1));
        run(em -> assertThat(new JpaProjectPlanRepository(em).findAll().get(0).pilot().orElseThrow().id())
                .isEqualTo(new JpaPilotRepository(em).findByName(SeedCatalogue.VESTLAND_PILOT).orElseThrow().id()));
    }
}

package no.ipt.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.ipt.domain.agreement.AgreementNumber;
import no.ipt.domain.agreement.AgreementStatus;
import no.ipt.domain.agreement.AgreementSupplier;
import no.ipt.domain.agreement.CallOffRule;
import no.ipt.domain.agreement.ExtensionOption;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.TermLimit;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Period;
import no.ipt.testsupport.EmbeddedPostgresSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Round trips of the stage 5 and 6 aggregates (framework agreement, follow-up) and the service
 * capacity on the real PostgreSQL with the Flyway schema, as {@link PersistenceRoundTripTest} does
 * for the others.
 */
class AgreementFollowUpCapacityRoundTripTest {

    private static final MunicipalityNumber KONGSBERG = MunicipalityNumber.of("3303");
    private static final CaseNumber CASE = CaseNumber.of(2026, 42);
    private static final OrganisationNumber FIRST = OrganisationNumber.of("910000004");
    private static final OrganisationNumber SECOND = OrganisationNumber.of("920000002");

    private static EntityManagerFactory emf;

    @BeforeAll
    static void migrateAndConnect() {
        DatabaseMigrations.migrate(EmbeddedPostgresSession.dataSource(), "test");
        emf = Persistence.createEntityManagerFactory("ipt", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", EmbeddedPostgresSession.dataSource()));
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @BeforeEach
    void emptyTables() {
        run(em -> em.createNativeQuery("TRUNCATE ipt.framework_agreement CASCADE").executeUpdate());
    }

    private static void run(Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static Period period(String from, String to) {
        return Period.of(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void frameworkAgreementRoundTrip() {
        run(em -> {
            JpaFrameworkAgreementRepository agreements = new JpaFrameworkAgreementRepository(em);
            AgreementNumber number = agreements.nextAgreementNumber(CASE);
            FrameworkAgreement agreement = new FrameworkAgreement(number, KONGSBERG, ServiceArea.HEALTH_AND_CARE,
                    period("2026-01-01", "2027-12-31"), List.of(ExtensionOption.ofMonths(12),
                    ExtensionOption.ofMonths(12)), TermLimit.maximum(4, "FOA § 26-1 (4)"), CallOffRule.RANKING,
                    List.of(new AgreementSupplier(SECOND, 2, Money.nok("1050.50"), 3),
                            new AgreementSupplier(FIRST, 1, Money.nok(950), 2)));
            agreement.callOff(LocalDate.of(2026, 2, 1), period("2026-03-02", "2026-03-27"), 2, 3, FIRST, null);
            agreements.store(agreement);
        });

        run(em -> {
            JpaFrameworkAgreementRepository agreements = new JpaFrameworkAgreementRepository(em);
            assertThat(agreements.nextAgreementNumber(CASE).value()).isEqualTo("IPT-2026-00042-A2");
            FrameworkAgreement agreement = agreements.find(new AgreementNumber("IPT-2026-00042-A1")).orElseThrow();
            assertThat(agreement.caseNumber()).isEqualTo(CASE);
            assertThat(agreement.buyer()).isEqualTo(KONGSBERG);
            assertThat(agreement.termLimit()).isEqualTo(TermLimit.maximum(4, "FOA § 26-1 (4)"));
            assertThat(agreement.suppliers()).extracting(AgreementSupplier::farm).containsExactly(FIRST, SECOND);
            assertThat(agreement.suppliers().get(1).pricePerPlacePerDay()).isEqualTo(Money.nok("1050.50"));
            assertThat(agreement.callOffs()).singleElement().satisfies(c -> {
                assertThat(c.supplier()).isEqualTo(FIRST);
                assertThat(c.cost()).isEqualTo(Money.nok(22_800));
            });
            assertThat(agreement.freePlaces(FIRST, period("2026-03-16", "2026-03-20"))).isZero();
            // The second call-off in the same weeks must go to the next rank now that the first is full.
            agreement.callOff(LocalDate.of(2026, 2, 2), period("2026-03-16", "2026-03-20"), 1, 5, SECOND, null);
            agreement.exerciseOption(LocalDate.of(2027, 6, 1));
            agreements.store(agreement);
        });

        run(em -> {
            JpaFrameworkAgreementRepository agreements = new JpaFrameworkAgreementRepository(em);
            FrameworkAgreement agreement = agreements.findByCase(CASE).get(0);
            assertThat(agreement.callOffs()).hasSize(2);
            assertThat(agreement.currentEnd()).isEqualTo(LocalDate.of(2028, 12, 31));
            assertThat(agreement.optionsExercisedOn()).containsExactly(LocalDate.of(2027, 6, 1));
            assertThat(agreement.status()).isEqualTo(AgreementStatus.ACTIVE);
            assertThat(agreement.version()).isEqualTo(2);
            assertThat(agreements.findByBuyer(KONGSBERG)).containsExactly(agreement);
            assertThat(agreements.findByBuyer(MunicipalityNumber.of("5006"))).isEmpty();
        });
    }
}

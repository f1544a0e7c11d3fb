package no.ipt.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import no.ipt.domain.agreement.AgreementNumber;
import no.ipt.domain.agreement.AgreementStatus;
import no.ipt.domain.agreement.AgreementSupplier;
import no.ipt.domain.agreement.CallOffRule;
import no.ipt.domain.agreement.ExtensionOption;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.TermLimit;
import no.ipt.domain.capacity.ChangeKind;
import no.ipt.domain.capacity.ServiceCapacity;
import no.ipt.domain.followup.AttendeeRole;
import no.ipt.domain.followup.CorrectiveAction;
import no.ipt.domain.followup.Decision;
import no.ipt.domain.followup.DeviationCategory;
import no.ipt.domain.followup.FollowUp;
import no.ipt.domain.followup.Outcome;
import no.ipt.domain.followup.SatisfactionScore;
import no.ipt.domain.followup.Severity;
import no.ipt.domain.followup.UtilisationRecord;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Period;
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
    static void connect() {
        emf = JpaTestDatabase.emf();
    }


    @BeforeEach
    void emptyTables() {
        run(em -> em.createNativeQuery("TRUNCATE ipt.framework_agreement, ipt.follow_up, ipt.service_capacity CASCADE").executeUpdate());
    }

    private static void run(Consumer<EntityManager> work) {
        JpaTestDatabase.inTransaction(em -> {
            work.accept(em);
            return null;
        });
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

    @Test
    void followUpRoundTrip() {
        AgreementNumber number = AgreementNumber.of(CASE, 1);
        run(em -> {
            FollowUp followUp = new FollowUp(number, java.time.Period.ofMonths(3));
            followUp.recordMeeting(LocalDate.of(2026, 3, 10), Set.of(AttendeeRole.PROVIDER,
                    AttendeeRole.MUNICIPAL_SERVICE), "Oppstartsmøte");
            followUp.reportDeviation(LocalDate.of(2026, 3, 11), DeviationCategory.HEALTH_AND_SAFETY,
                    "Porten til beitet stod open", Severity.HIGH);
            followUp.addCorrectiveAction(1, "Ny lås", LocalDate.of(2026, 3, 20));
            followUp.recordUtilisation(period("2026-01-01", "2026-06-30"), 9, 7);
            followUp.recordSatisfaction(period("2026-01-01", "2026-06-30"), 6, new BigDecimal("5.4"));
            followUp.evaluate(LocalDate.of(2026, 11, 1), Money.nok(1400), Money.nok(950), "Rimelegare enn dagtilbodet");
            new JpaFollowUpRepository(em).store(followUp);
        });

        run(em -> {
            JpaFollowUpRepository followUps = new JpaFollowUpRepository(em);
            FollowUp followUp = followUps.find(number).orElseThrow();
            assertThat(followUp.meetingCycle()).isEqualTo(java.time.Period.ofMonths(3));
            assertThat(followUp.meetings()).singleElement().satisfies(m -> {
                assertThat(m.attendees()).containsExactlyInAnyOrder(AttendeeRole.PROVIDER, AttendeeRole.MUNICIPAL_SERVICE);
                assertThat(m.nextMeetingDate()).isEqualTo(LocalDate.of(2026, 6, 10));
            });
            assertThat(followUp.deviation(1).actions()).extracting(CorrectiveAction::description).containsExactly("Ny lås");
            assertThat(followUp.utilisation()).containsExactly(new UtilisationRecord(period("2026-01-01", "2026-06-30"), 9, 7));
            assertThat(followUp.satisfaction()).containsExactly(
                    new SatisfactionScore(period("2026-01-01", "2026-06-30"), 6, new BigDecimal("5.40")));
            assertThat(followUp.evaluation().orElseThrow().costDifference()).isEqualTo(Money.nok(-450));
            followUp.completeCorrectiveAction(1, 1, LocalDate.of(2026, 3, 15));
            followUp.closeDeviation(1, LocalDate.of(2026, 3, 16));
            followUp.decide(Outcome.CONTINUE, LocalDate.of(2026, 11, 15), "Held fram");
            followUps.store(followUp);
        });

        run(em -> {
            FollowUp followUp = new JpaFollowUpRepository(em).findAll().get(0);
            assertThat(followUp.deviation(1).closedOn()).contains(LocalDate.of(2026, 3, 16));
            assertThat(followUp.deviation(1).action(1).doneOn()).contains(LocalDate.of(2026, 3, 15));
            assertThat(followUp.decisions()).containsExactly(
                    new Decision(Outcome.CONTINUE, LocalDate.of(2026, 11, 15), "Held fram"));
            assertThat(followUp.version()).isEqualTo(2);
        });
    }

    @Test
    void aChangeInsideTheFollowUpConflictsWithAConcurrentOne() {
        AgreementNumber number = AgreementNumber.of(CASE, 1);
        run(em -> {
            FollowUp followUp = new FollowUp(number, java.time.Period.ofMonths(3));
            followUp.reportDeviation(LocalDate.of(2026, 3, 11), DeviationCategory.TRANSPORT, "Seint", Severity.LOW);
            new JpaFollowUpRepository(em).store(followUp);
        });
        EntityManager first = emf.createEntityManager();
        try {
            first.getTransaction().begin();
            FollowUp stale = new JpaFollowUpRepository(first).find(number).orElseThrow();
            run(em -> {
                FollowUp fresh = new JpaFollowUpRepository(em).find(number).orElseThrow();
                fresh.addCorrectiveAction(1, "Ny rutine", LocalDate.of(2026, 3, 20));
                new JpaFollowUpRepository(em).store(fresh);
            });
            // A different child changes here: only the root's version can tell the two edits collide.
            stale.recordMeeting(LocalDate.of(2026, 3, 12), Set.of(AttendeeRole.PROVIDER), null);
            assertThatThrownBy(() -> new JpaFollowUpRepository(first).store(stale))
                    .isInstanceOf(OptimisticLockException.class);
        } finally {
            if (first.getTransaction().isActive()) {
                first.getTransaction().rollback();
            }
            first.close();
        }
    }

    @Test
    void serviceCapacityRoundTrip() {
        MunicipalityNumber steinkjer = MunicipalityNumber.of("5006");
        run(em -> {
            ServiceCapacity dementia = new ServiceCapacity(steinkjer, ServiceArea.HEALTH_AND_CARE,
                    "Dagaktivitetstilbud demens", 6, LocalDate.of(2026, 1, 5));
            dementia.joinWaitingList(8, LocalDate.of(2026, 1, 6));
            dementia.admitFromWaitingList(LocalDate.of(2026, 1, 7));
            new JpaServiceCapacityRepository(em).store(dementia);
            new JpaServiceCapacityRepository(em).store(new ServiceCapacity(steinkjer,
                    ServiceArea.SCHOOL_AND_UPBRINGING, "Gården som pedagogisk ressurs", 1, LocalDate.of(2026, 1, 5)));
        });

        run(em -> {
            JpaServiceCapacityRepository capacities = new JpaServiceCapacityRepository(em);
            ServiceCapacity dementia = capacities.find(steinkjer, ServiceArea.HEALTH_AND_CARE,
                    "Dagaktivitetstilbud demens").orElseThrow();
            assertThat(dementia.placesInUse()).isEqualTo(6);
            assertThat(dementia.waitingList()).isEqualTo(2);
            assertThat(dementia.history()).last().satisfies(change -> {
                assertThat(change.changedOn()).isEqualTo(LocalDate.of(2026, 1, 7));
                assertThat(change.kind()).isEqualTo(ChangeKind.ADMITTED);
                assertThat(change.count()).isEqualTo(6);
                assertThat(change.waitingList()).isEqualTo(2);
            });
            dementia.changeAvailablePlaces(8, LocalDate.of(2026, 3, 1));
            dementia.admitFromWaitingList(LocalDate.of(2026, 3, 1));
            capacities.store(dementia);
        });

        run(em -> {
            JpaServiceCapacityRepository capacities = new JpaServiceCapacityRepository(em);
            assertThat(capacities.findByMunicipality(steinkjer)).extracting(ServiceCapacity::serviceArea)
                    .containsExactly(ServiceArea.HEALTH_AND_CARE, ServiceArea.SCHOOL_AND_UPBRINGING);
            ServiceCapacity dementia = capacities.findByMunicipality(steinkjer).get(0);
            assertThat(dementia.waitingList()).isZero();
            assertThat(dementia.history()).hasSize(5);
            assertThat(dementia.version()).isEqualTo(2); // 1 when stored, 2 after one change
            assertThat(capacities.find(steinkjer, ServiceArea.HEALTH_AND_CARE, "Annan teneste")).isEmpty();
        });
    }
}

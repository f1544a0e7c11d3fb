package no.ipt.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.util.function.Consumer;
import no.ipt.domain.tender.AwardCriterion;
import no.ipt.domain.tender.ComplaintOutcome;
import no.ipt.domain.tender.Offer;
import no.ipt.domain.tender.RankedOffer;
import no.ipt.domain.tender.Score;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderFixtures;
import no.ipt.domain.tender.TenderStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stores a fully evaluated tender on the real PostgreSQL with the Flyway schema and reads it back. */
class TenderPersistenceRoundTripTest {

    @BeforeEach
    void emptyTables() {
        run(em -> em.createNativeQuery("TRUNCATE ipt.tender CASCADE").executeUpdate());
    }

    private static void run(Consumer<EntityManager> work) {
        JpaTestDatabase.inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Test
    void aFullyEvaluatedTenderRoundTrips() {
        Tender original = TenderFixtures.evaluated();
        run(em -> new JpaTenderRepository(em).store(original));

        run(em -> {
            JpaTenderRepository tenders = new JpaTenderRepository(em);
            Tender tender = tenders.findByReference(TenderFixtures.REFERENCE).orElseThrow();
            assertThat(tender.status()).isEqualTo(TenderStatus.EVALUATED);
            assertThat(tender.caseNumber()).isEqualTo(TenderFixtures.CASE);
            assertThat(tender.buyer()).isEqualTo(TenderFixtures.KONGSBERG);
            assertThat(tender.estimatedValue()).isEqualTo(original.estimatedValue());
            assertThat(tender.procedureChoice()).contains(TenderFixtures.PART_III);
            assertThat(tender.qualificationRequirements()).containsExactlyElementsOf(original.qualificationRequirements());
            assertThat(tender.awardCriteria()).containsExactly(new AwardCriterion("Quality", 60),
                    new AwardCriterion("Price", 40));
            assertThat(tender.questionPeriodEnd()).contains(TenderFixtures.QUESTIONS_END);
            assertThat(tender.offerDeadline()).contains(TenderFixtures.DEADLINE);
            assertThat(tender.announcement()).isEqualTo(original.announcement());
            assertThat(tender.offers()).extracting(Offer::bidder, Offer::receivedAt, Offer::isWithdrawn,
                            Offer::qualification)
                    .containsExactlyElementsOf(original.offers().stream().map(o -> org.assertj.core.groups.Tuple.tuple(
                            o.bidder(), o.receivedAt(), o.isWithdrawn(), o.qualification())).toList());
            assertThat(tender.scores()).hasSize(12).containsExactlyInAnyOrderElementsOf(original.scores());
            assertThat(tender.ranking()).extracting(RankedOffer::bidder, RankedOffer::weightedScore)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(TenderFixtures.FARM_B, new BigDecimal("7.70")),
                            org.assertj.core.groups.Tuple.tuple(TenderFixtures.FARM_A, new BigDecimal("6.90")),
                            org.assertj.core.groups.Tuple.tuple(TenderFixtures.FARM_C, new BigDecimal("6.90")));
            assertThat(tenders.findByCaseNumber(TenderFixtures.CASE)).containsExactly(tender);
            assertThat(tenders.nextReference(TenderFixtures.CASE).value()).isEqualTo("IPT-2026-00042-T2");

            // carry on to the standstill on the loaded aggregate
            tender.award(2, TenderFixtures.AWARDED);
            tender.notifyBidders(TenderFixtures.NOTIFIED);
            tender.receiveComplaint(TenderFixtures.NOTIFIED.plusDays(3), "The price of farm C was misread");
            tenders.store(tender);
        });

        run(em -> {
            JpaTenderRepository tenders = new JpaTenderRepository(em);
            Tender tender = tenders.findByReference(TenderFixtures.REFERENCE).orElseThrow();
            assertThat(tender.status()).isEqualTo(TenderStatus.STANDSTILL);
            assertThat(tender.version()).isPositive();
            assertThat(tender.awardedOffers()).extracting(Offer::bidder)
                    .containsExactly(TenderFixtures.FARM_B, TenderFixtures.FARM_A);
            assertThat(tender.standstillEndDate()).contains(TenderFixtures.NOTIFIED.plusDays(10));
            assertThat(tender.complaints()).singleElement().satisfies(c -> assertThat(c.isHandled()).isFalse());
            assertThat(tender.mayBeSigned(TenderFixtures.NOTIFIED.plusDays(11))).isFalse();
            tender.handleComplaint(1, ComplaintOutcome.DISMISSED, TenderFixtures.NOTIFIED.plusDays(5));
            tender.conclude(TenderFixtures.NOTIFIED.plusDays(11));
            tenders.store(tender);
        });

        run(em -> {
            Tender tender = new JpaTenderRepository(em).findByReference(TenderFixtures.REFERENCE).orElseThrow();
            assertThat(tender.status()).isEqualTo(TenderStatus.CONCLUDED);
            assertThat(tender.complaints().get(0).outcome()).contains(ComplaintOutcome.DISMISSED);
            assertThat(tender.signedOn()).contains(TenderFixtures.NOTIFIED.plusDays(11));
        });
    }

    @Test
    void aDraftWithoutProcedureRoundTripsWithEmptyValues() {
        run(em -> new JpaTenderRepository(em).store(TenderFixtures.draft()));
        run(em -> {
            Tender tender = new JpaTenderRepository(em).findByReference(TenderFixtures.REFERENCE).orElseThrow();
            assertThat(tender.procedureChoice()).isEmpty();
            assertThat(tender.announcement()).isEmpty();
            assertThat(tender.offers()).isEmpty();
            assertThat(tender.scores()).isEmpty();
        });
    }

    @Test
    void theDatabaseRefusesASecondActiveOfferFromTheSameFarm() {
        run(em -> new JpaTenderRepository(em).store(TenderFixtures.offersClosed()));
        assertThatThrownBy(() -> run(em -> em.createNativeQuery("INSERT INTO ipt.tender_offer "
                + "(tender_id, organisation_number, received_at, qualification) "
                + "SELECT tender_id, organisation_number, received_at, qualification FROM ipt.tender_offer "
                + "WHERE withdrawn_at IS NULL LIMIT 1").executeUpdate()))
                .isInstanceOf(PersistenceException.class);
        run(em -> assertThat(new JpaTenderRepository(em).findByReference(TenderFixtures.REFERENCE).orElseThrow()
                .offers()).hasSize(4));
    }

    @Test
    void scoresOutOfRangeAreRefusedByTheSchemaToo() {
        run(em -> new JpaTenderRepository(em).store(TenderFixtures.evaluated()));
        assertThatThrownBy(() -> run(em -> em.createNativeQuery("UPDATE ipt.tender_score SET score = 11")
                .executeUpdate())).isInstanceOf(PersistenceException.class);
        run(em -> assertThat(new JpaTenderRepository(em).findByReference(TenderFixtures.REFERENCE).orElseThrow()
                .scores()).extracting(Score::points).allMatch(p -> p <= 10));
    }
}

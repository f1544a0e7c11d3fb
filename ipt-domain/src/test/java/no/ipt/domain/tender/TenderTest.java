package no.ipt.domain.tender;

import static no.ipt.domain.tender.TenderFixtures.ANNOUNCED;
import static no.ipt.domain.tender.TenderFixtures.AWARDED;
import static no.ipt.domain.tender.TenderFixtures.DEADLINE;
import static no.ipt.domain.tender.TenderFixtures.DECIDED;
import static no.ipt.domain.tender.TenderFixtures.FARM_A;
import static no.ipt.domain.tender.TenderFixtures.FARM_B;
import static no.ipt.domain.tender.TenderFixtures.FARM_C;
import static no.ipt.domain.tender.TenderFixtures.FARM_D;
import static no.ipt.domain.tender.TenderFixtures.NOTIFIED;
import static no.ipt.domain.tender.TenderFixtures.PART_I;
import static no.ipt.domain.tender.TenderFixtures.PART_III;
import static no.ipt.domain.tender.TenderFixtures.QUESTIONS_END;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TenderTest {

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(ThrowingCallable call, String code) {
        return assertThatThrownBy(call).isInstanceOf(DomainRuleViolation.class)
                .satisfies(e -> assertThat(((DomainRuleViolation) e).code()).isEqualTo(code));
    }

    @Test
    void aNewTenderIsADraftOfItsCase() {
        Tender tender = TenderFixtures.draft();
        assertThat(tender.status()).isEqualTo(TenderStatus.DRAFT);
        assertThat(tender.reference().value()).isEqualTo("IPT-2026-00042-T1");
        assertThat(tender.caseNumber()).isEqualTo(TenderFixtures.CASE);
        assertThat(tender.buyer()).isEqualTo(TenderFixtures.KONGSBERG);
        assertThat(tender.procedureChoice()).isEmpty();
        refused(() -> new Tender(TenderFixtures.REFERENCE, TenderFixtures.KONGSBERG, BuyerType.STATE,
                ServiceCategory.OTHER, Money.nok(-1)), "negative-estimated-value");
        refused(() -> new Tender(TenderFixtures.REFERENCE, TenderFixtures.KONGSBERG, null,
                ServiceCategory.OTHER, Money.nok(1)), "missing-buyer-type");
    }

    @Nested
    class Draft {

        @Test
        void weightsMustSumToExactly100BeforeAnnouncement() {
            Tender tender = TenderFixtures.draft();
            tender.chooseProcedure(PART_III);
            tender.setDeadlines(QUESTIONS_END, DEADLINE);
            tender.addAwardCriterion("Quality", 60);
            tender.addAwardCriterion("Price", 39);
            refused(() -> tender.announce(new Announcement("2026-1", ANNOUNCED)), "weights-not-100")
                    .hasMessageContaining("99 %");
            refused(() -> tender.addAwardCriterion("Distance", 2), "weights-exceed-100");
            tender.addAwardCriterion("Distance", 1);
            assertThat(tender.totalWeightPercent()).isEqualTo(100);
            tender.announce(new Announcement("2026-1", ANNOUNCED));
            assertThat(tender.status()).isEqualTo(TenderStatus.ANNOUNCED);
        }

        @Test
        void aTenderWithoutCriteriaCannotBeAnnounced() {
            Tender tender = TenderFixtures.draft();
            tender.chooseProcedure(PART_III);
            tender.setDeadlines(QUESTIONS_END, DEADLINE);
            refused(() -> tender.announce(new Announcement("2026-1", ANNOUNCED)), "weights-not-100");
        }

        @Test
        void criteriaHaveUniqueNamesAndWeightsFrom1To100() {
            Tender tender = TenderFixtures.draft();
            tender.addAwardCriterion("Quality", 100);
            refused(() -> tender.addAwardCriterion("quality ", 1), "duplicate-award-criterion");
            tender.removeAwardCriterion("QUALITY");
            assertThat(tender.awardCriteria()).isEmpty();
            refused(() -> tender.removeAwardCriterion("Price"), "unknown-award-criterion");
            refused(() -> new AwardCriterion("Price", 0), "invalid-weight");
            refused(() -> new AwardCriterion("Price", 101), "invalid-weight");
            refused(() -> new AwardCriterion(" ", 10), "missing-criterion-name");
            assertThat(new AwardCriterion("Price", 1)).isEqualTo(new AwardCriterion("Price", 1));
        }

        @Test
        void qualificationRequirementsAreDistinctTexts() {
            Tender tender = TenderFixtures.draft();
            tender.addQualificationRequirement("Approved farm");
            refused(() -> tender.addQualificationRequirement("approved farm"), "duplicate-qualification-requirement");
            refused(() -> tender.addQualificationRequirement(" "), "missing-qualification-requirement");
            tender.removeQualificationRequirement("Approved farm");
            assertThat(tender.qualificationRequirements()).isEmpty();
            refused(() -> tender.removeQualificationRequirement("Approved farm"), "unknown-qualification-requirement");
        }

        @Test
        void theOfferDeadlineFallsOnOrAfterTheQuestionPeriodsLastDayInOsloTime() {
            Tender tender = TenderFixtures.draft();
            // 23:30 UTC on 25 May is 01:30 on 26 May in Oslo: the next day, so allowed
            tender.setDeadlines(QUESTIONS_END, Instant.parse("2026-05-25T23:30:00Z"));
            // 21:59 UTC on 25 May is 23:59 on 25 May in Oslo: the question period's last day, so allowed
            tender.setDeadlines(QUESTIONS_END, Instant.parse("2026-05-25T21:59:00Z"));
            // 21:59 UTC on 24 May is 23:59 on 24 May in Oslo: before the question period's last day
            refused(() -> tender.setDeadlines(QUESTIONS_END, Instant.parse("2026-05-24T21:59:00Z")),
                    "deadline-before-question-period-end");
            refused(() -> tender.setDeadlines(QUESTIONS_END, Instant.parse("2026-05-01T10:00:00Z")),
                    "deadline-before-question-period-end");
        }

        @Test
        void announcementNeedsProcedureDeadlinesAndANoticeWhereTheProcedureRequiresOne() {
            Tender noProcedure = TenderFixtures.draft();
            refused(() -> noProcedure.announce(new Announcement(null, ANNOUNCED)), "missing-procedure");

            Tender noDeadlines = TenderFixtures.draft();
            noDeadlines.chooseProcedure(PART_III);
            noDeadlines.addAwardCriterion("Quality", 100);
            refused(() -> noDeadlines.announce(new Announcement("2026-1", ANNOUNCED)), "missing-deadlines");

            Tender partIII = TenderFixtures.ready(PART_III);
            refused(() -> partIII.announce(new Announcement(" ", ANNOUNCED)), "missing-notice-reference")
                    .hasMessageContaining("DOFFIN_AND_TED");
            refused(() -> partIII.announce(new Announcement("2026-1", QUESTIONS_END.plusDays(1))),
                    "announced-after-question-period");
            refused(() -> partIII.announce(new Announcement("2026-1", DECIDED.minusDays(1))),
                    "announced-before-procedure");
            partIII.announce(new Announcement("2026-1", QUESTIONS_END));
            assertThat(partIII.announcement().orElseThrow().noticeReference()).contains("2026-1");

            Tender partI = TenderFixtures.ready(PART_I);
            partI.announce(new Announcement(null, ANNOUNCED));
            assertThat(partI.status()).isEqualTo(TenderStatus.ANNOUNCED);
            assertThat(partI.announcement().orElseThrow().noticeReference()).isEmpty();
        }

        @Test
        void chapter30IsOnlyForHealthAndSocialServices() {
            ProcedureChoice chapter30 = new ProcedureChoice(Procedure.CHAPTER_30_HEALTH_AND_SOCIAL,
                    NoticeRequirement.DOFFIN_AND_TED, 10, null, true, DECIDED);
            refused(() -> TenderFixtures.draft().chooseProcedure(chapter30), "procedure-not-for-category");
            Tender health = new Tender(TenderFixtures.REFERENCE, TenderFixtures.KONGSBERG, BuyerType.MUNICIPALITY,
                    ServiceCategory.HEALTH_AND_SOCIAL, Money.nok(8_000_000));
            health.chooseProcedure(chapter30);
            health.reserveForNonProfit(true);
            assertThat(health.isReservedForNonProfit()).isTrue();
        }

        @Test
        void onlyAProcedureThatAllowsItMayBeReservedForNonProfitProviders() {
            Tender tender = TenderFixtures.draft();
            refused(() -> tender.reserveForNonProfit(true), "reservation-not-allowed");
            tender.chooseProcedure(PART_III);
            refused(() -> tender.reserveForNonProfit(true), "reservation-not-allowed");
            tender.reserveForNonProfit(false);
            assertThat(tender.isReservedForNonProfit()).isFalse();
        }

        @Test
        void aNewEstimateClearsTheProcedureAndTheReservation() {
            Tender tender = new Tender(TenderFixtures.REFERENCE, TenderFixtures.KONGSBERG, BuyerType.MUNICIPALITY,
                    ServiceCategory.HEALTH_AND_SOCIAL, Money.nok(500_000));
            tender.chooseProcedure(new ProcedureChoice(Procedure.PART_I_COMPETITION, NoticeRequirement.NONE, 0, null,
                    true, DECIDED));
            tender.reserveForNonProfit(true);
            tender.reestimate(Money.nok(9_000_000));
            assertThat(tender.estimatedValue()).isEqualTo(Money.nok(9_000_000));
            assertThat(tender.procedureChoice()).isEmpty();
            assertThat(tender.isReservedForNonProfit()).isFalse();
        }

        @Test
        void draftChangesAreRefusedOnceAnnounced() {
            Tender tender = TenderFixtures.announced();
            refused(() -> tender.addAwardCriterion("Distance", 1), "wrong-tender-status");
            refused(() -> tender.chooseProcedure(PART_I), "wrong-tender-status");
            refused(() -> tender.setDeadlines(QUESTIONS_END, DEADLINE), "wrong-tender-status");
            refused(() -> tender.reestimate(Money.nok(1)), "wrong-tender-status");
            refused(() -> tender.announce(new Announcement("x", ANNOUNCED)), "wrong-tender-status");
        }
    }

    @Nested
    class Offers {

        @Test
        void offersAreReceivedOnlyBeforeTheDeadline() {
            Tender tender = TenderFixtures.announced();
            tender.receiveOffer(FARM_A, DEADLINE.minusSeconds(1));
            refused(() -> tender.receiveOffer(FARM_B, DEADLINE), "offer-deadline-passed");
            refused(() -> tender.receiveOffer(FARM_B, DEADLINE.plusSeconds(3600)), "offer-deadline-passed");
            assertThat(tender.offers()).extracting(Offer::bidder).containsExactly(FARM_A);
        }

        @Test
        void offersAreReceivedOnlyWhileAnnounced() {
            refused(() -> TenderFixtures.ready(PART_III).receiveOffer(FARM_A, DEADLINE.minusSeconds(60)),
                    "wrong-tender-status");
            refused(() -> TenderFixtures.offersClosed().receiveOffer(FARM_D, DEADLINE.minusSeconds(60)),
                    "wrong-tender-status");
        }

        @Test
        void oneOfferPerFarmButAWithdrawnOfferMayBeReplaced() {
            Tender tender = TenderFixtures.announced();
            tender.receiveOffer(FARM_A, Instant.parse("2026-05-20T07:00:00Z"));
            refused(() -> tender.receiveOffer(FARM_A, Instant.parse("2026-05-21T07:00:00Z")), "duplicate-offer");
            tender.withdrawOffer(FARM_A, Instant.parse("2026-05-22T07:00:00Z"));
            Offer second = tender.receiveOffer(FARM_A, Instant.parse("2026-05-23T07:00:00Z"));
            assertThat(tender.offers()).hasSize(2).first().extracting(Offer::isWithdrawn).isEqualTo(true);
            assertThat(tender.offer(FARM_A)).contains(second);
        }

        @Test
        void withdrawalIsPossibleOnlyBeforeTheDeadlineAndOnlyForAnOffer() {
            Tender tender = TenderFixtures.announced();
            tender.receiveOffer(FARM_A, Instant.parse("2026-05-20T07:00:00Z"));
            refused(() -> tender.withdrawOffer(FARM_A, DEADLINE), "offer-deadline-passed");
            refused(() -> tender.withdrawOffer(FARM_B, DEADLINE.minusSeconds(1)), "unknown-offer");
        }

        @Test
        void offersCloseOnlyWhenTheDeadlineHasPassed() {
            Tender tender = TenderFixtures.announced();
            refused(() -> tender.closeOffers(DEADLINE.minusSeconds(1)), "offer-deadline-not-passed");
            tender.closeOffers(DEADLINE);
            assertThat(tender.status()).isEqualTo(TenderStatus.OFFERS_CLOSED);
        }
    }

    @Nested
    class Evaluation {

        @Test
        void scoresAreFrom0To10() {
            Tender tender = TenderFixtures.offersClosed();
            tender.qualify(FARM_A);
            assertThat(tender.score("anna", FARM_A, "Quality", 0).points()).isZero();
            assertThat(tender.score("anna", FARM_A, "Quality", 10).points()).isEqualTo(10);
            refused(() -> tender.score("anna", FARM_A, "Quality", -1), "invalid-score");
            refused(() -> tender.score("anna", FARM_A, "Quality", 11), "invalid-score");
            refused(() -> tender.score("anna", FARM_A, "Distance", 5), "unknown-award-criterion");
            refused(() -> tender.score(" ", FARM_A, "Quality", 5), "missing-evaluator");
        }

        @Test
        void aNewScoreReplacesTheEvaluatorsEarlierOne() {
            Tender tender = TenderFixtures.offersClosed();
            tender.qualify(FARM_A);
            tender.score("anna", FARM_A, "Quality", 4);
            tender.score("anna", FARM_A, "quality", 7);
            assertThat(tender.scores()).containsExactly(new Score("anna", FARM_A, "Quality", 7));
        }

        @Test
        void onlyQualifiedOffersAreScoredAndARejectionDiscardsScores() {
            Tender tender = TenderFixtures.offersClosed();
            refused(() -> tender.score("anna", FARM_A, "Quality", 5), "offer-not-qualified");
            refused(() -> tender.score("anna", FARM_D, "Quality", 5), "unknown-offer");
            tender.qualify(FARM_A);
            tender.score("anna", FARM_A, "Quality", 5);
            tender.reject(FARM_A, "Not approved in the approval scheme");
            assertThat(tender.scores()).isEmpty();
            assertThat(tender.offer(FARM_A).orElseThrow().rejectionReason()).contains("Not approved in the approval scheme");
            refused(() -> tender.reject(FARM_B, " "), "missing-rejection-reason");
        }

        @Test
        void evaluationEndsOnlyWhenEveryOfferIsQualifiedOrRejectedAndEveryScoreIsGiven() {
            Tender tender = TenderFixtures.offersClosed();
            tender.qualify(FARM_A);
            tender.qualify(FARM_B);
            refused(tender::completeEvaluation, "offers-not-qualified").hasMessageContaining(FARM_C.value());
            tender.reject(FARM_C, "Late tax certificate");
            refused(tender::completeEvaluation, "no-scores");
            tender.score("anna", FARM_A, "Quality", 5);
            tender.score("anna", FARM_A, "Price", 5);
            tender.score("anna", FARM_B, "Quality", 5);
            refused(tender::completeEvaluation, "missing-score").hasMessageContaining("anna has not scored " + FARM_B);
            tender.score("anna", FARM_B, "Price", 5);
            tender.score("bjorn", FARM_A, "Quality", 5);
            refused(tender::completeEvaluation, "missing-score").hasMessageContaining("bjorn");
            refused(tender::ranking, "missing-score");
        }

        @Test
        void aTenderWithoutQualifiedOffersCannotBeEvaluated() {
            Tender tender = TenderFixtures.offersClosed();
            tender.reject(FARM_A, "x");
            tender.reject(FARM_B, "x");
            tender.reject(FARM_C, "x");
            refused(tender::completeEvaluation, "no-qualified-offers");
        }

        @Test
        void theWorkedExampleRanksByWeightedMeanAndBreaksTiesByTheEarlierOffer() {
            Tender tender = TenderFixtures.evaluated();
            assertThat(tender.status()).isEqualTo(TenderStatus.EVALUATED);
            assertThat(tender.evaluators()).containsExactly("anna", "bjorn");
            assertThat(tender.ranking()).extracting(RankedOffer::rank, RankedOffer::bidder, RankedOffer::weightedScore)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1, FARM_B, new BigDecimal("7.70")),
                            org.assertj.core.groups.Tuple.tuple(2, FARM_A, new BigDecimal("6.90")),
                            org.assertj.core.groups.Tuple.tuple(3, FARM_C, new BigDecimal("6.90")));
        }

        @Test
        void meansAreRoundedHalfUpToTwoDecimalsAndEqualRoundedScoresTie() {
            Tender tender = TenderFixtures.offersClosed();
            tender.qualify(FARM_A);
            tender.qualify(FARM_B);
            tender.qualify(FARM_C);
            // A: Quality 7, 7, 8 (mean 7.333…), Price 7, 7, 7 → 0.6 × 7.333… + 0.4 × 7 = 7.2 → 7.20
            // B: Quality 6, 7, 7 (mean 6.666…), Price 10, 10, 9 (9.666…) → 4.0 + 3.8666… = 7.8666… → 7.87
            // C: Quality 8, 7, 7 (7.333…), Price 7, 7, 7 → 7.20, ties with A; A's offer came first
            int[][] a = {{7, 7, 8}, {7, 7, 7}};
            int[][] b = {{6, 7, 7}, {10, 10, 9}};
            int[][] c = {{8, 7, 7}, {7, 7, 7}};
            String[] evaluators = {"anna", "bjorn", "cecilie"};
            for (int e = 0; e < 3; e++) {
                tender.score(evaluators[e], FARM_A, "Quality", a[0][e]);
                tender.score(evaluators[e], FARM_A, "Price", a[1][e]);
                tender.score(evaluators[e], FARM_B, "Quality", b[0][e]);
                tender.score(evaluators[e], FARM_B, "Price", b[1][e]);
                tender.score(evaluators[e], FARM_C, "Quality", c[0][e]);
                tender.score(evaluators[e], FARM_C, "Price", c[1][e]);
            }
            assertThat(tender.ranking()).extracting(RankedOffer::bidder, RankedOffer::weightedScore).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(FARM_B, new BigDecimal("7.87")),
                    org.assertj.core.groups.Tuple.tuple(FARM_A, new BigDecimal("7.20")),
                    org.assertj.core.groups.Tuple.tuple(FARM_C, new BigDecimal("7.20")));
        }
    }

    @Nested
    class AwardAndStandstill {

        @Test
        void theAwardFollowsTheRanking() {
            Tender tender = TenderFixtures.evaluated();
            refused(() -> tender.award(0, AWARDED), "invalid-number-of-suppliers");
            refused(() -> tender.award(4, AWARDED), "invalid-number-of-suppliers");
            refused(() -> tender.award(1, ANNOUNCED.minusDays(1)), "award-before-announcement");
            assertThat(tender.award(2, AWARDED)).extracting(RankedOffer::bidder).containsExactly(FARM_B, FARM_A);
            assertThat(tender.awardedOffers()).extracting(Offer::bidder).containsExactly(FARM_B, FARM_A);
            assertThat(tender.offer(FARM_C).orElseThrow().isAwarded()).isFalse();
            assertThat(tender.status()).isEqualTo(TenderStatus.AWARDED);
            assertThat(tender.mayBeSigned(AWARDED.plusYears(1))).isFalse();
        }

        @Test
        void theStandstillRunsFromTheNotificationForTheDecidedNumberOfDays() {
            Tender awarded = TenderFixtures.evaluated();
            awarded.award(1, AWARDED);
            refused(() -> awarded.notifyBidders(AWARDED.minusDays(1)), "notified-before-award");

            Tender tender = TenderFixtures.inStandstill();
            assertThat(tender.standstillEndDate()).contains(NOTIFIED.plusDays(10));
            assertThat(tender.firstSigningDate()).contains(NOTIFIED.plusDays(11));
            assertThat(tender.mayBeSigned(NOTIFIED)).isFalse();
            assertThat(tender.mayBeSigned(NOTIFIED.plusDays(10))).isFalse();
            assertThat(tender.mayBeSigned(NOTIFIED.plusDays(11))).isTrue();
            refused(() -> tender.conclude(NOTIFIED.plusDays(10)), "signing-not-allowed")
                    .hasMessageContaining("ends " + NOTIFIED.plusDays(10));
            tender.conclude(NOTIFIED.plusDays(11));
            assertThat(tender.status()).isEqualTo(TenderStatus.CONCLUDED);
            assertThat(tender.signedOn()).contains(NOTIFIED.plusDays(11));
            assertThat(tender.mayBeSigned(NOTIFIED.plusDays(12))).isFalse();
        }

        @Test
        void withoutStandstillTheContractMayBeSignedOnTheNotificationDay() {
            Tender tender = TenderFixtures.ready(PART_I);
            tender.announce(new Announcement(null, ANNOUNCED));
            tender.receiveOffer(FARM_A, DEADLINE.minusSeconds(3600));
            tender.closeOffers(DEADLINE);
            tender.qualify(FARM_A);
            tender.score("anna", FARM_A, "Quality", 7);
            tender.score("anna", FARM_A, "Price", 7);
            tender.completeEvaluation();
            tender.award(1, AWARDED);
            tender.notifyBidders(AWARDED);
            assertThat(tender.standstillEndDate()).contains(AWARDED);
            assertThat(tender.mayBeSigned(AWARDED.minusDays(1))).isFalse();
            // a complaint on the notification day comes after signing became allowed: it does not block
            tender.receiveComplaint(AWARDED, "We disagree with the score");
            assertThat(tender.blockingComplaints()).isEmpty();
            assertThat(tender.mayBeSigned(AWARDED)).isTrue();
        }

        @Test
        void aComplaintDuringTheStandstillBlocksSigningUntilHandled() {
            Tender tender = TenderFixtures.inStandstill();
            Complaint complaint = tender.receiveComplaint(NOTIFIED.plusDays(10), "The price was scored wrongly");
            assertThat(complaint.number()).isEqualTo(1);
            assertThat(tender.mayBeSigned(NOTIFIED.plusDays(30))).isFalse();
            refused(() -> tender.conclude(NOTIFIED.plusDays(30)), "signing-not-allowed")
                    .hasMessageContaining("complaint 1");
            refused(() -> tender.handleComplaint(1, ComplaintOutcome.DISMISSED, NOTIFIED.plusDays(9)),
                    "handled-before-received");
            tender.handleComplaint(1, ComplaintOutcome.DISMISSED, NOTIFIED.plusDays(12));
            refused(() -> tender.handleComplaint(1, ComplaintOutcome.UPHELD, NOTIFIED.plusDays(13)),
                    "complaint-already-handled");
            refused(() -> tender.handleComplaint(2, ComplaintOutcome.UPHELD, NOTIFIED.plusDays(13)), "unknown-complaint");
            assertThat(tender.mayBeSigned(NOTIFIED.plusDays(12))).isTrue();
        }

        @Test
        void aComplaintAfterTheStandstillDoesNotBlockButAnEarlierOpenOneDoes() {
            Tender late = TenderFixtures.inStandstill();
            late.receiveComplaint(NOTIFIED.plusDays(11), "Too late");
            assertThat(late.mayBeSigned(NOTIFIED.plusDays(11))).isTrue();

            Tender early = TenderFixtures.evaluated();
            early.receiveComplaint(AWARDED.minusDays(1), "A requirement was unclear");
            early.award(1, AWARDED);
            early.notifyBidders(NOTIFIED);
            assertThat(early.blockingComplaints()).hasSize(1);
            assertThat(early.mayBeSigned(NOTIFIED.plusDays(11))).isFalse();
        }

        @Test
        void anUpheldComplaintSetsTheAwardAsideAndReopensEvaluation() {
            Tender tender = TenderFixtures.inStandstill();
            tender.receiveComplaint(NOTIFIED.plusDays(2), "Farm C's quality was underrated");
            tender.handleComplaint(1, ComplaintOutcome.UPHELD, NOTIFIED.plusDays(5));
            assertThat(tender.status()).isEqualTo(TenderStatus.OFFERS_CLOSED);
            assertThat(tender.awardedOffers()).isEmpty();
            assertThat(tender.awardDecidedOn()).isEmpty();
            assertThat(tender.standstillEndDate()).isEmpty();
            tender.score("anna", FARM_C, "Quality", 10);
            tender.score("bjorn", FARM_C, "Quality", 10);
            tender.completeEvaluation();
            assertThat(tender.award(1, NOTIFIED.plusDays(6))).extracting(RankedOffer::bidder).containsExactly(FARM_C);
        }

        @Test
        void complaintsAreReceivedFromAnnouncementOn() {
            refused(() -> TenderFixtures.ready(PART_III).receiveComplaint(ANNOUNCED, "x"), "no-complaint-possible");
            refused(() -> TenderFixtures.announced().receiveComplaint(ANNOUNCED.minusDays(1), "x"),
                    "complaint-before-announcement");
            refused(() -> TenderFixtures.announced().receiveComplaint(ANNOUNCED, " "), "missing-complaint-text");
        }

        @Test
        void theStepsAfterEvaluationKeepTheirOrder() {
            refused(() -> TenderFixtures.offersClosed().award(1, AWARDED), "wrong-tender-status");
            refused(() -> TenderFixtures.evaluated().notifyBidders(NOTIFIED), "wrong-tender-status");
            refused(() -> TenderFixtures.evaluated().conclude(NOTIFIED.plusYears(1)), "signing-not-allowed");
            refused(() -> TenderFixtures.inStandstill().score("anna", FARM_A, "Quality", 1), "wrong-tender-status");
        }
    }

    @Test
    void aTenderMayBeCancelledUntilSigned() {
        Tender tender = TenderFixtures.inStandstill();
        refused(() -> tender.cancel(NOTIFIED, " "), "missing-cancellation-reason");
        tender.cancel(NOTIFIED.plusDays(1), "No budget after all");
        assertThat(tender.status()).isEqualTo(TenderStatus.CANCELLED);
        assertThat(tender.cancellationReason()).contains("No budget after all");
        assertThat(tender.mayBeSigned(NOTIFIED.plusDays(20))).isFalse();
        refused(() -> tender.cancel(NOTIFIED.plusDays(2), "again"), "tender-closed");
        refused(() -> tender.receiveComplaint(NOTIFIED.plusDays(2), "x"), "no-complaint-possible");

        Tender signed = TenderFixtures.inStandstill();
        signed.conclude(NOTIFIED.plusDays(11));
        refused(() -> signed.cancel(NOTIFIED.plusDays(12), "too late"), "tender-closed");
    }

    @Test
    void equalityIsByReference() {
        assertThat(TenderFixtures.draft()).isEqualTo(TenderFixtures.announced()).hasSameHashCodeAs(TenderFixtures.draft());
        assertThat(TenderFixtures.draft()).isNotEqualTo(new Tender(TenderReference.of(TenderFixtures.CASE, 2),
                TenderFixtures.KONGSBERG, BuyerType.MUNICIPALITY, ServiceCategory.OTHER, Money.nok(1)));
    }

    @Test
    void rankingAFreshDraftIsRefused() {
        refused(() -> TenderFixtures.draft().ranking(), "no-qualified-offers");
        assertThat(LocalDate.of(2026, 6, 1)).isEqualTo(DEADLINE.atZone(Tender.ZONE).toLocalDate());
    }
}

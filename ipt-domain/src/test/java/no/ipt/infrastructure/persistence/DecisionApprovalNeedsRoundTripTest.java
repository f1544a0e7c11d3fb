package no.ipt.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import no.ipt.domain.approval.ApprovalCondition;
import no.ipt.domain.approval.AuditSchedule;
import no.ipt.domain.approval.ChecklistItem;
import no.ipt.domain.approval.ChecklistTopic;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.MunicipalDecision;
import no.ipt.domain.approval.NationalApprovalStatus;
import no.ipt.domain.approval.SiteVisit;
import no.ipt.domain.decision.DecisionOutcome;
import no.ipt.domain.decision.DecisionPoint;
import no.ipt.domain.decision.DecisionPointStatus;
import no.ipt.domain.decision.Member;
import no.ipt.domain.decision.Minutes;
import no.ipt.domain.decision.QuorumRule;
import no.ipt.domain.farm.FarmKind;
import no.ipt.domain.needs.CurrentService;
import no.ipt.domain.needs.NeedsAssessment;
import no.ipt.domain.needs.Transport;
import no.ipt.domain.needs.TransportArrangement;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.procurement.Stage;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Decision points, farm approvals and needs assessments stored and reloaded on PostgreSQL with the Flyway schema. */
class DecisionApprovalNeedsRoundTripTest {

    private static final CaseNumber CASE = new CaseNumber("IPT-2026-00042");
    private static final OrganisationNumber VANG = OrganisationNumber.of("123456785");
    private static final MunicipalityNumber STEINKJER = MunicipalityNumber.of("5006");
    private static final MunicipalityNumber SNÅSA = MunicipalityNumber.of("5041");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    private static EntityManagerFactory emf;

    @BeforeAll
    static void connect() {
        emf = JpaTestDatabase.emf();
    }


    @BeforeEach
    void emptyTables() {
        run(em -> em.createNativeQuery("TRUNCATE ipt.decision_point, ipt.farm_approval, ipt.needs_assessment CASCADE")
                .executeUpdate());
    }

    private static void run(Consumer<EntityManager> work) {
        JpaTestDatabase.inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    private static DecisionPoint openPoint() {
        return new DecisionPoint(CASE, Stage.NEEDS_ASSESSMENT, DAY,
                List.of(new Member("kari", "Kari Nordmann"), new Member("ola", "Ola Nordmann"),
                        new Member("per", "Per Hansen")), QuorumRule.shareOfMembers(2, 3));
    }

    @Test
    void decisionPointRoundTripWithAChangedVoteAndMinutes() {
        run(em -> {
            DecisionPoint point = openPoint();
            point.vote("kari", DecisionOutcome.APPROVE, null, AT);
            point.vote("ola", DecisionOutcome.SEND_BACK, "Count the waiting list", AT);
            new JpaDecisionPointRepository(em).store(point);
        });

        run(em -> {
            DecisionPoint point = new JpaDecisionPointRepository(em).findOpenByCase(CASE).orElseThrow();
            assertThat(point.quorumRule()).isEqualTo(QuorumRule.shareOfMembers(2, 3));
            assertThat(point.members()).extracting(Member::userId).containsExactly("kari", "ola", "per");
            assertThat(point.voteOf("ola").orElseThrow().comment()).isEqualTo("Count the waiting list");
            assertThat(point.voteOf("kari").orElseThrow().castAt()).isEqualTo(AT);
            assertThat(point.isDecided()).isFalse();
            point.vote("ola", DecisionOutcome.APPROVE, null, AT.plusSeconds(60));
            new JpaDecisionPointRepository(em).store(point);
        });

        run(em -> {
            JpaDecisionPointRepository points = new JpaDecisionPointRepository(em);
            DecisionPoint point = points.findOpenByCase(CASE).orElseThrow();
            assertThat(point.votes()).hasSize(2);
            assertThat(point.outcome()).contains(DecisionOutcome.APPROVE);
            point.close(DAY.plusDays(1));
            point.recordMinutes("Go to market", "secretary", DAY.plusDays(2));
            points.store(point);
        });

        run(em -> {
            JpaDecisionPointRepository points = new JpaDecisionPointRepository(em);
            assertThat(points.findOpenByCase(CASE)).isEmpty();
            DecisionPoint point = points.findByCase(CASE).get(0);
            assertThat(points.find(point.id())).contains(point);
            assertThat(point.status()).isEqualTo(DecisionPointStatus.CONCLUDED);
            assertThat(point.outcome()).contains(DecisionOutcome.APPROVE);
            assertThat(point.closedOn()).contains(DAY.plusDays(1));
            assertThat(point.minutes()).contains(new Minutes("Go to market", "secretary", DAY.plusDays(2)));
            assertThat(point.voteOf("ola").orElseThrow().comment()).isNull();
            assertThat(point.version()).isEqualTo(3);
        });
    }

    @Test
    void aCaseHasOneOpenDecisionPointAtATime() {
        run(em -> new JpaDecisionPointRepository(em).store(openPoint()));
        assertThatThrownBy(() -> run(em -> new JpaDecisionPointRepository(em).store(openPoint())))
                .isInstanceOf(PersistenceException.class);
        run(em -> assertThat(new JpaDecisionPointRepository(em).findByCase(CASE)).hasSize(1));
    }

    private static FarmApproval approvedWithConditions(MunicipalityNumber municipality) {
        FarmApproval approval = new FarmApproval(municipality, VANG, CASE, new AuditSchedule(12, 24));
        approval.recordNationalStep(NationalApprovalStatus.IPT_SCHOOL_DONE, DAY.minusYears(2));
        approval.recordNationalStep(NationalApprovalStatus.REGISTERED, DAY.minusYears(2));
        approval.recordNationalStep(NationalApprovalStatus.SELF_AUDIT_DONE, DAY.minusYears(2));
        approval.recordNationalStep(NationalApprovalStatus.EXTERNAL_AUDIT_DONE, DAY.minusYears(2));
        approval.recordNationalStep(NationalApprovalStatus.APPROVED, DAY.minusYears(2));
        approval.addActivity(ServiceArea.HEALTH_AND_CARE);
        for (ChecklistTopic topic : ChecklistTopic.values()) {
            approval.receiveFarmDocument(topic, DAY);
            approval.verifyFarmDocument(topic, DAY);
            approval.receiveActivityDocument(ServiceArea.HEALTH_AND_CARE, topic, DAY);
            approval.verifyActivityDocument(ServiceArea.HEALTH_AND_CARE, topic, DAY.plusDays(1));
        }
        approval.recordSiteVisit(new SiteVisit(DAY.plusDays(2), "Kari Nordmann", "Good routines"));
        approval.approveWithConditions(FarmKind.WORKING_FARM, DAY.plusDays(3),
                List.of(new ApprovalCondition("Fence the bull pen", DAY.plusDays(30)),
                        new ApprovalCondition("First-aid course", DAY.plusDays(60))));
        return approval;
    }

    @Test
    void farmApprovalRoundTripAndEveryMunicipalityUsingAFarm() {
        run(em -> {
            JpaFarmApprovalRepository approvals = new JpaFarmApprovalRepository(em);
            approvals.store(approvedWithConditions(STEINKJER));
            approvals.store(approvedWithConditions(SNÅSA));
        });

        run(em -> {
            JpaFarmApprovalRepository approvals = new JpaFarmApprovalRepository(em);
            FarmApproval approval = approvals.find(STEINKJER, VANG, CASE).orElseThrow();
            assertThat(approval.nationalStatus()).isEqualTo(NationalApprovalStatus.APPROVED);
            assertThat(approval.nationalSteps()).hasSize(5).containsEntry(NationalApprovalStatus.APPROVED,
                    DAY.minusYears(2));
            assertThat(approval.auditSchedule()).isEqualTo(new AuditSchedule(12, 24));
            assertThat(approval.activities()).containsExactly(ServiceArea.HEALTH_AND_CARE);
            assertThat(approval.activityChecklist(ServiceArea.HEALTH_AND_CARE)).hasSize(ChecklistTopic.values().length)
                    .allSatisfy(item -> assertThat(item.verifiedOn()).contains(DAY.plusDays(1)));
            assertThat(approval.farmChecklist()).allMatch(ChecklistItem::isVerified);
            assertThat(approval.siteVisit()).contains(new SiteVisit(DAY.plusDays(2), "Kari Nordmann", "Good routines"));
            assertThat(approval.decision()).contains(MunicipalDecision.APPROVED_WITH_CONDITIONS);
            assertThat(approval.conditions()).extracting(ApprovalCondition::text)
                    .containsExactly("Fence the bull pen", "First-aid course");
            approval.fulfilCondition(1, DAY.plusDays(20));
            assertThat(approval.suspendForMissedAudit(DAY)).isTrue();
            approvals.store(approval);
        });

        run(em -> {
            JpaFarmApprovalRepository approvals = new JpaFarmApprovalRepository(em);
            FarmApproval approval = approvals.findByMunicipalityAndFarm(STEINKJER, VANG).get(0);
            assertThat(approval.nationalStatus()).isEqualTo(NationalApprovalStatus.SUSPENDED);
            assertThat(approval.suspendedOn()).contains(DAY);
            assertThat(approval.conditions().get(0).fulfilledOn()).contains(DAY.plusDays(20));
            assertThat(approval.overdueConditions(DAY.plusDays(61))).extracting(ApprovalCondition::text)
                    .containsExactly("First-aid course");
            assertThat(approvals.findByFarm(VANG)).extracting(FarmApproval::municipality)
                    .containsExactly(STEINKJER, SNÅSA);
            assertThat(approvals.findByFarm(OrganisationNumber.of("100000040"))).isEmpty();
        });
    }

    @Test
    void needsAssessmentRoundTripThroughSubmitAndReopen() {
        run(em -> {
            NeedsAssessment assessment = new NeedsAssessment(CASE, ServiceArea.HEALTH_AND_CARE);
            assessment.describeTargetGroup("Home-dwelling people with early dementia");
            assessment.size(12, 6, 3);
            assessment.schedule(Period.of(LocalDate.of(2026, 8, 1), LocalDate.of(2028, 7, 31)));
            assessment.arrangeTransport(Transport.arrangedBy(TransportArrangement.PROVIDER));
            assessment.compareWithCurrentService(new CurrentService("Day centre in town", Money.nok("1200000.50")));
            assessment.addExpectedOutcome("Shorter waiting list");
            assessment.addExpectedOutcome("More time outdoors");
            assessment.estimateContractValue(Money.nok(2_100_000));
            assessment.classifyPurchase(no.ipt.domain.tender.ServiceCategory.HEALTH_AND_SOCIAL,
                    no.ipt.domain.tender.BuyerType.MUNICIPALITY);
            assessment.involveUnit("Helse og omsorg");
            assessment.involveUnit("Tildelingskontoret");
            assessment.submit(AT);
            new JpaNeedsAssessmentRepository(em).store(assessment);
        });

        run(em -> {
            NeedsAssessment assessment = new JpaNeedsAssessmentRepository(em).findByCase(CASE).orElseThrow();
            assertThat(assessment.isSubmitted()).isTrue();
            assertThat(assessment.submittedAt()).contains(AT);
            assertThat(assessment.transport()).contains(Transport.arrangedBy(TransportArrangement.PROVIDER));
            assertThat(assessment.currentService().orElseThrow().yearlyCost()).isEqualTo(Money.nok("1200000.50"));
            assertThat(assessment.period().orElseThrow().end()).isEqualTo(LocalDate.of(2028, 7, 31));
            assertThat(assessment.expectedOutcomes()).containsExactly("Shorter waiting list", "More time outdoors");
            assertThat(assessment.estimatedContractValue()).contains(Money.nok(2_100_000));
            assertThat(assessment.serviceCategory()).contains(no.ipt.domain.tender.ServiceCategory.HEALTH_AND_SOCIAL);
            assertThat(assessment.buyerType()).contains(no.ipt.domain.tender.BuyerType.MUNICIPALITY);
            assessment.reopen("Add NAV to the team");
            assessment.removeUnit("Helse og omsorg");
            assessment.involveUnit("NAV");
            assessment.removeExpectedOutcome("Shorter waiting list");
            assessment.addExpectedOutcome("Fewer admissions");
            assessment.arrangeTransport(Transport.notNeeded());
            assessment.noCurrentService();
            new JpaNeedsAssessmentRepository(em).store(assessment);
        });

        run(em -> {
            NeedsAssessment assessment = new JpaNeedsAssessmentRepository(em).findByCase(CASE).orElseThrow();
            assertThat(assessment.isSubmitted()).isFalse();
            assertThat(assessment.reopenReason()).contains("Add NAV to the team");
            assertThat(assessment.unitsInvolved()).containsExactly("Tildelingskontoret", "NAV");
            assertThat(assessment.expectedOutcomes()).containsExactly("More time outdoors", "Fewer admissions");
            assertThat(assessment.transport()).contains(Transport.notNeeded());
            assertThat(assessment.currentService()).isEmpty();
            assertThat(assessment.daysPerWeek()).contains(3);
        });
    }
}

package no.ipt.domain.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.ipt.domain.farm.FarmKind;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FarmApprovalTest {

    static final AuditSchedule YEARLY_AND_EVERY_SECOND_YEAR = new AuditSchedule(12, 24);
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    static FarmApproval approval() {
        return new FarmApproval(MunicipalityNumber.of("5006"), OrganisationNumber.of("123456785"),
                new CaseNumber("IPT-2026-00042"), YEARLY_AND_EVERY_SECOND_YEAR);
    }

    /** All documents of the farm and of a day-care activity received and verified, and a visit. */
    static FarmApproval readyForDecision() {
        FarmApproval approval = approval();
        approval.addActivity(ServiceArea.HEALTH_AND_CARE);
        for (ChecklistTopic topic : ChecklistTopic.values()) {
            approval.receiveFarmDocument(topic, DAY);
            approval.verifyFarmDocument(topic, DAY.plusDays(1));
            approval.receiveActivityDocument(ServiceArea.HEALTH_AND_CARE, topic, DAY);
            approval.verifyActivityDocument(ServiceArea.HEALTH_AND_CARE, topic, DAY.plusDays(2));
        }
        approval.recordSiteVisit(new SiteVisit(DAY.plusDays(5), "Kari Nordmann", "Animals well kept"));
        return approval;
    }

    /** Walks the national steps, approving on {@code approvedOn} after audits on the same day. */
    static FarmApproval nationallyApproved(LocalDate approvedOn) {
        FarmApproval approval = approval();
        approval.recordNationalStep(NationalApprovalStatus.IPT_SCHOOL_DONE, approvedOn.minusMonths(3));
        approval.recordNationalStep(NationalApprovalStatus.REGISTERED, approvedOn.minusMonths(2));
        approval.recordNationalStep(NationalApprovalStatus.SELF_AUDIT_DONE, approvedOn);
        approval.recordNationalStep(NationalApprovalStatus.EXTERNAL_AUDIT_DONE, approvedOn);
        approval.recordNationalStep(NationalApprovalStatus.APPROVED, approvedOn);
        return approval;
    }

    static void assertViolation(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo(code);
    }

    @Test
    void startsWithTheFarmChecklistAndNoActivity() {
        FarmApproval approval = approval();
        assertThat(approval.nationalStatus()).isEqualTo(NationalApprovalStatus.NOT_STARTED);
        assertThat(approval.farmChecklist()).extracting(ChecklistItem::topic).containsExactly(ChecklistTopic.values());
        assertThat(approval.activities()).isEmpty();
        assertThat(approval.decision()).isEmpty();
        assertThat(approval.nextSelfAuditDue()).isEmpty();
        assertThat(approval.nextExternalAuditDue()).isEmpty();
        assertThat(approval.isValidOn(DAY)).isFalse();
    }

    @Test
    void eachActivityHasItsOwnChecklist() {
        FarmApproval approval = approval();
        approval.addActivity(ServiceArea.HEALTH_AND_CARE);
        approval.addActivity(ServiceArea.SCHOOL_AND_UPBRINGING);
        assertViolation(() -> approval.addActivity(ServiceArea.HEALTH_AND_CARE), "duplicate-activity");
        assertThat(approval.activities()).containsExactly(ServiceArea.HEALTH_AND_CARE,
                ServiceArea.SCHOOL_AND_UPBRINGING);
        approval.receiveActivityDocument(ServiceArea.SCHOOL_AND_UPBRINGING, ChecklistTopic.PERSONAL_DATA_HANDLING, DAY);
        assertThat(approval.activityChecklist(ServiceArea.SCHOOL_AND_UPBRINGING))
                .filteredOn(item -> item.receivedOn().isPresent())
                .extracting(ChecklistItem::topic).containsExactly(ChecklistTopic.PERSONAL_DATA_HANDLING);
        assertThat(approval.activityChecklist(ServiceArea.HEALTH_AND_CARE))
                .allMatch(item -> item.receivedOn().isEmpty());
        assertThat(approval.farmChecklist()).allMatch(item -> item.receivedOn().isEmpty());
        assertViolation(() -> approval.receiveActivityDocument(ServiceArea.INTEGRATION, ChecklistTopic.HEALTH_ENVIRONMENT_AND_SAFETY,
                DAY), "no-activity-checklist");
    }

    @Test
    void aDocumentIsVerifiedOnlyAfterItIsReceived() {
        FarmApproval approval = approval();
        assertViolation(() -> approval.verifyFarmDocument(ChecklistTopic.MACHINERY_SAFETY_ROUTINES, DAY),
                "document-not-received");
        approval.receiveFarmDocument(ChecklistTopic.MACHINERY_SAFETY_ROUTINES, DAY);
        assertViolation(() -> approval.verifyFarmDocument(ChecklistTopic.MACHINERY_SAFETY_ROUTINES, DAY.minusDays(1)),
                "verified-before-received");
        approval.verifyFarmDocument(ChecklistTopic.MACHINERY_SAFETY_ROUTINES, DAY);
        assertThat(approval.farmChecklist()).filteredOn(ChecklistItem::isVerified).singleElement()
                .satisfies(item -> assertThat(item.verifiedOn()).contains(DAY));
        assertViolation(() -> approval.receiveFarmDocument(ChecklistTopic.MACHINERY_SAFETY_ROUTINES, DAY),
                "document-already-verified");
    }

    @Test
    void approvesWhenEveryDocumentIsVerifiedAndTheFarmVisited() {
        FarmApproval approval = readyForDecision();
        approval.approve(FarmKind.WORKING_FARM, DAY.plusDays(5));
        assertThat(approval.decision()).contains(MunicipalDecision.APPROVED);
        assertThat(approval.decidedOn()).contains(DAY.plusDays(5));
        assertViolation(() -> approval.reject(DAY.plusDays(6), "Changed our minds"), "already-decided");
        assertViolation(() -> approval.recordSiteVisit(new SiteVisit(DAY, "Ola", null)), "already-decided");
        assertViolation(() -> approval.addActivity(ServiceArea.INTEGRATION), "already-decided");
    }

    @Test
    void oneUnverifiedDocumentPreventsApproval() {
        FarmApproval approval = approval();
        approval.addActivity(ServiceArea.HEALTH_AND_CARE);
        for (ChecklistTopic topic : ChecklistTopic.values()) {
            approval.receiveFarmDocument(topic, DAY);
            approval.verifyFarmDocument(topic, DAY);
            approval.receiveActivityDocument(ServiceArea.HEALTH_AND_CARE, topic, DAY);
            if (topic != ChecklistTopic.ANIMAL_SAFETY_ROUTINES) {
                approval.verifyActivityDocument(ServiceArea.HEALTH_AND_CARE, topic, DAY);
            }
        }
        approval.recordSiteVisit(new SiteVisit(DAY, "Kari Nordmann", null));
        assertThat(approval.unverifiedItems()).singleElement()
                .satisfies(item -> assertThat(item.activity()).contains(ServiceArea.HEALTH_AND_CARE));
        assertViolation(() -> approval.approve(FarmKind.WORKING_FARM, DAY), "unverified-documents");
        approval.verifyActivityDocument(ServiceArea.HEALTH_AND_CARE, ChecklistTopic.ANIMAL_SAFETY_ROUTINES, DAY);
        approval.approve(FarmKind.WORKING_FARM, DAY);
        assertThat(approval.decision()).contains(MunicipalDecision.APPROVED);
    }

    @Test
    void approvalNeedsAnActivityAndASiteVisitBeforeTheDecisionDate() {
        FarmApproval noActivity = approval();
        assertViolation(() -> noActivity.approve(FarmKind.WORKING_FARM, DAY), "missing-activity");

        FarmApproval approval = readyForDecision();
        assertViolation(() -> approval.approve(FarmKind.WORKING_FARM, DAY.plusDays(4)), "decided-before-visit");
        FarmApproval notVisited = approval();
        notVisited.addActivity(ServiceArea.HEALTH_AND_CARE);
        notVisited.unverifiedItems().forEach(item -> {
            if (item.activity().isPresent()) {
                notVisited.receiveActivityDocument(ServiceArea.HEALTH_AND_CARE, item.topic(), DAY);
                notVisited.verifyActivityDocument(ServiceArea.HEALTH_AND_CARE, item.topic(), DAY);
            } else {
                notVisited.receiveFarmDocument(item.topic(), DAY);
                notVisited.verifyFarmDocument(item.topic(), DAY);
            }
        });
        assertViolation(() -> notVisited.approve(FarmKind.WORKING_FARM, DAY), "missing-site-visit");
    }

    @ParameterizedTest
    @EnumSource(value = FarmKind.class, names = {"KENNEL", "CLOSED_MILITARY_CAMP", "FORMER_SCHOOL_BUILDING"})
    void premisesTheSchemeExcludesAreNeverApproved(FarmKind kind) {
        FarmApproval approval = readyForDecision();
        assertViolation(() -> approval.approve(kind, DAY.plusDays(5)), "farm-not-approvable");
        assertViolation(() -> approval.approveWithConditions(kind, DAY.plusDays(5),
                List.of(new ApprovalCondition("Fence", DAY.plusDays(30)))), "farm-not-approvable");
        approval.reject(DAY.plusDays(5), "A kennel cannot be an IPT farm");
        assertThat(approval.decision()).contains(MunicipalDecision.REJECTED);
    }

    @Test
    void aRejectionNeedsAReasonButNoVerifiedDocuments() {
        FarmApproval approval = approval();
        assertViolation(() -> approval.reject(DAY, " "), "missing-rejection-reason");
        approval.reject(DAY, "Documents on animal safety never arrived");
        assertThat(approval.rejectionReason()).contains("Documents on animal safety never arrived");
    }

    @Test
    void conditionsNeedDeadlinesOnOrAfterTheDecision() {
        assertViolation(() -> readyForDecision().approveWithConditions(FarmKind.WORKING_FARM, DAY.plusDays(5),
                List.of()), "missing-conditions");
        assertViolation(() -> readyForDecision().approveWithConditions(FarmKind.WORKING_FARM, DAY.plusDays(5),
                List.of(new ApprovalCondition("Fence", DAY.plusDays(4)))), "deadline-before-decision");
        FarmApproval approval = readyForDecision();
        approval.approveWithConditions(FarmKind.WORKING_FARM, DAY.plusDays(5),
                List.of(new ApprovalCondition("Fence the bull pen", DAY.plusDays(5))));
        assertThat(approval.decision()).contains(MunicipalDecision.APPROVED_WITH_CONDITIONS);
        assertThat(approval.conditions()).hasSize(1);
    }

    @Test
    void aConditionIsOverdueFromTheDayAfterItsDeadlineUntilFulfilled() {
        LocalDate deadline = LocalDate.of(2026, 6, 30);
        FarmApproval approval = readyForDecision();
        approval.approveWithConditions(FarmKind.WORKING_FARM, DAY.plusDays(5), List.of(
                new ApprovalCondition("Fence the bull pen", deadline),
                new ApprovalCondition("First-aid course for staff", deadline.plusMonths(1))));
        assertThat(approval.overdueConditions(deadline)).isEmpty();
        assertThat(approval.overdueConditions(deadline.plusDays(1))).extracting(ApprovalCondition::text)
                .containsExactly("Fence the bull pen");

        approval.fulfilCondition(1, deadline.plusDays(3));
        assertThat(approval.overdueConditions(deadline.plusDays(3))).isEmpty();
        assertThat(approval.conditions().get(0).fulfilledOn()).contains(deadline.plusDays(3));
        assertViolation(() -> approval.fulfilCondition(1, deadline.plusDays(4)), "condition-already-fulfilled");
        assertViolation(() -> approval.fulfilCondition(3, deadline), "unknown-condition");
        assertViolation(() -> approval.fulfilCondition(0, deadline), "unknown-condition");
        assertViolation(() -> approval.fulfilCondition(2, DAY), "fulfilled-before-decision");
    }

    @Test
    void nationalStepsComeInOrderWithDatesThatDoNotGoBack() {
        FarmApproval approval = approval();
        assertViolation(() -> approval.recordNationalStep(NationalApprovalStatus.REGISTERED, DAY),
                "national-step-out-of-order");
        approval.recordNationalStep(NationalApprovalStatus.IPT_SCHOOL_DONE, DAY);
        assertViolation(() -> approval.recordNationalStep(NationalApprovalStatus.REGISTERED, DAY.minusDays(1)),
                "national-step-before-previous");
        approval.recordNationalStep(NationalApprovalStatus.REGISTERED, DAY);
        assertViolation(() -> approval.recordNationalStep(NationalApprovalStatus.SUSPENDED, DAY),
                "national-step-out-of-order");
        assertThat(approval.nationalStatus()).isEqualTo(NationalApprovalStatus.REGISTERED);
        assertThat(approval.nationalSteps()).containsOnlyKeys(NationalApprovalStatus.IPT_SCHOOL_DONE,
                NationalApprovalStatus.REGISTERED);
        assertViolation(() -> approval.recordSelfAudit(DAY), "not-nationally-approved");

        FarmApproval approved = nationallyApproved(DAY);
        assertThat(approved.nationalStatus()).isEqualTo(NationalApprovalStatus.APPROVED);
        assertThat(approved.nationalApprovedOn()).contains(DAY);
        assertViolation(() -> approved.recordNationalStep(NationalApprovalStatus.APPROVED, DAY),
                "already-nationally-approved");
    }

    @Test
    void selfAuditsAreDueYearlyAndExternalAuditsEverySecondYear() {
        FarmApproval approval = nationallyApproved(LocalDate.of(2024, 3, 1));
        assertThat(approval.nextSelfAuditDue()).contains(LocalDate.of(2025, 3, 1));
        assertThat(approval.nextExternalAuditDue()).contains(LocalDate.of(2026, 3, 1));

        approval.recordSelfAudit(LocalDate.of(2025, 2, 20));
        assertThat(approval.nextSelfAuditDue()).contains(LocalDate.of(2026, 2, 20));
        approval.recordExternalAudit(LocalDate.of(2026, 1, 10));
        assertThat(approval.nextExternalAuditDue()).contains(LocalDate.of(2028, 1, 10));
        assertViolation(() -> approval.recordSelfAudit(LocalDate.of(2025, 2, 19)), "audit-before-last");
    }

    @Test
    void aLeapDayAuditIsNextDueOnTheLastOfFebruary() {
        FarmApproval approval = nationallyApproved(LocalDate.of(2024, 2, 29));
        assertThat(approval.nextSelfAuditDue()).contains(LocalDate.of(2025, 2, 28));
        assertThat(approval.nextExternalAuditDue()).contains(LocalDate.of(2026, 2, 28));
    }

    @Test
    void suspendsOnlyFromTheDayAfterAnAuditWasDue() {
        FarmApproval approval = nationallyApproved(LocalDate.of(2024, 3, 1));
        LocalDate selfAuditDue = LocalDate.of(2025, 3, 1);
        assertThat(approval.suspendForMissedAudit(selfAuditDue)).isFalse();
        assertThat(approval.isValidOn(selfAuditDue)).isTrue();

        assertThat(approval.suspendForMissedAudit(selfAuditDue.plusDays(1))).isTrue();
        assertThat(approval.nationalStatus()).isEqualTo(NationalApprovalStatus.SUSPENDED);
        assertThat(approval.suspendedOn()).contains(selfAuditDue.plusDays(1));
        assertThat(approval.isValidOn(selfAuditDue.plusDays(1))).isFalse();
        assertThat(approval.isValidOn(selfAuditDue)).isTrue();
        assertThat(approval.suspendForMissedAudit(selfAuditDue.plusDays(2))).isFalse();
    }

    @Test
    void aMissedExternalAuditSuspendsEvenWhenSelfAuditsAreKept() {
        FarmApproval approval = nationallyApproved(LocalDate.of(2024, 3, 1));
        approval.recordSelfAudit(LocalDate.of(2025, 3, 1));
        approval.recordSelfAudit(LocalDate.of(2026, 2, 1));
        LocalDate externalDue = LocalDate.of(2026, 3, 1);
        assertThat(approval.isAuditOverdueOn(externalDue)).isFalse();
        assertThat(approval.suspendForMissedAudit(externalDue.plusDays(1))).isTrue();
    }

    @Test
    void theMissedAuditLiftsTheSuspension() {
        FarmApproval approval = nationallyApproved(LocalDate.of(2024, 3, 1));
        approval.suspendForMissedAudit(LocalDate.of(2025, 4, 1));
        approval.recordSelfAudit(LocalDate.of(2025, 4, 10));
        assertThat(approval.nationalStatus()).isEqualTo(NationalApprovalStatus.APPROVED);
        assertThat(approval.suspendedOn()).isEmpty();
        assertThat(approval.isValidOn(LocalDate.of(2025, 4, 10))).isTrue();
    }

    @Test
    void aFarmNotYetApprovedIsNeitherValidNorSuspended() {
        FarmApproval approval = approval();
        approval.recordNationalStep(NationalApprovalStatus.IPT_SCHOOL_DONE, DAY);
        assertThat(approval.suspendForMissedAudit(DAY.plusYears(5))).isFalse();
        assertThat(approval.nationalStatus()).isEqualTo(NationalApprovalStatus.IPT_SCHOOL_DONE);
        FarmApproval approved = nationallyApproved(DAY);
        assertThat(approved.isValidOn(DAY.minusDays(1))).isFalse();
        assertThat(approved.isValidOn(DAY)).isTrue();
    }

    @Test
    void auditIntervalsAreOneToSixtyMonths() {
        assertViolation(() -> new AuditSchedule(0, 24), "invalid-audit-interval");
        assertViolation(() -> new AuditSchedule(12, 61), "invalid-audit-interval");
        assertThat(new AuditSchedule(12, 24)).isEqualTo(YEARLY_AND_EVERY_SECOND_YEAR);
    }
}

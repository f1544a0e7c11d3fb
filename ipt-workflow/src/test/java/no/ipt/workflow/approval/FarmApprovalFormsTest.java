package no.ipt.workflow.approval;

import static no.ipt.workflow.approval.ApprovalFixtures.CASE;
import static no.ipt.workflow.approval.ApprovalFixtures.FARM;
import static no.ipt.workflow.approval.ApprovalFixtures.MUNICIPALITY;
import static no.ipt.workflow.approval.ApprovalFixtures.SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import no.ipt.domain.approval.AuditSchedule;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.FarmApprovalRepository;
import no.ipt.domain.approval.MunicipalDecision;
import no.ipt.domain.approval.NationalApprovalStatus;
import no.ipt.domain.farm.Farm;
import no.ipt.domain.farm.FarmKind;
import no.ipt.domain.farm.FarmRepository;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.infrastructure.persistence.JpaTestRepositories;
import no.ipt.workflow.engine.LifecycleModels;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.testing.ProcessTestEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The farm-approval forms: validate() rules, and apply() on the real FarmApproval handing the farm's process its variables. */
@Deployment(resources = "processes/farm-approval/farm-approval.bpmn")
class FarmApprovalFormsTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    static final Clock CLOCK = ApprovalFixtures.clockOn(LocalDate.of(2026, 4, 10));

    private final EntityManager em = JpaTestRepositories.entityManager();
    private final FarmApprovalRepository approvals = JpaTestRepositories.farmApprovals(em);
    private final FarmRepository farms = JpaTestRepositories.farms(em);
    private final RuntimeService runtime = ProcessTestEngine.get().getRuntimeService();
    private final ProcurementCase procurementCase = new ProcurementCase(new CaseNumber(CASE), "Dagtilbod på gard",
            MunicipalityNumber.of(MUNICIPALITY), ServiceArea.HEALTH_AND_CARE, CLOCK.instant());

    private static FormValues values(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return new FormValues(map);
    }

    @BeforeEach
    void emptyTables() {
        JpaTestRepositories.truncate("ipt.farm_approval", "ipt.farm");
    }

    @AfterEach
    void close() {
        em.close();
    }

    /** The approval as stored, read back from the database. */
    private FarmApproval approval() {
        em.clear();
        return approvals.find(MunicipalityNumber.of(MUNICIPALITY), OrganisationNumber.of(FARM), new CaseNumber(CASE)).orElseThrow();
    }

    private ProcessInstance startApproval() {
        ProcessTestEngine.registerBean("farmApprovalSettings", SETTINGS);
        return runtimeService().startProcessInstanceByKey(LifecycleModels.FARM_APPROVAL_PROCESS, CASE,
                Map.of("caseNumber", CASE, "municipalityNumber", MUNICIPALITY, "farm", FARM));
    }

    private void registerFarm(FarmKind kind) {
        farms.store(new Farm(OrganisationNumber.of(FARM), "Tunet AS", "Tunet", "1234567", MunicipalityNumber.of(MUNICIPALITY), kind));
    }

    private void recordNationalStatusAndDocuments() {
        RecordNationalStatusForm national = new RecordNationalStatusForm(approvals, SETTINGS, runtime, CLOCK);
        national.apply(procurementCase, values("farm", FARM, "iptSchoolDoneOn", "2025-01-10", "registeredOn", "2025-01-20",
                "selfAuditDoneOn", "2025-02-01", "externalAuditDoneOn", "2025-03-01", "approvedOn", "2025-03-15"));
        CheckDocumentsForm documents = new CheckDocumentsForm(approvals, SETTINGS, runtime, CLOCK);
        documents.apply(procurementCase, values("farm", FARM, "addActivity", "HEALTH_AND_CARE"));
        documents.apply(procurementCase, values("farm", FARM, "topic", "ALL", "receivedOn", "2026-03-01", "verifiedOn", "2026-03-02"));
        documents.apply(procurementCase, values("farm", FARM, "activity", "HEALTH_AND_CARE", "topic", "ALL",
                "receivedOn", "2026-03-01", "verifiedOn", "2026-03-02"));
        new SiteVisitForm(approvals, SETTINGS, runtime, CLOCK).apply(procurementCase,
                values("farm", FARM, "visitedOn", "2026-03-10", "visitedBy", "Kari Nordmann", "notes", "Ryddig tun"));
    }

    @Test
    void theNationalStatusFormCreatesTheApprovalUnderTheConfiguredScheduleAndRecordsTheStepsInOrder() {
        RecordNationalStatusForm form = new RecordNationalStatusForm(approvals, SETTINGS, runtime, CLOCK);
        FormValues first = values("farm", FARM, "iptSchoolDoneOn", "2025-01-10", "registeredOn", "2025-01-20");
        assertThat(form.validate(first)).isEmpty();
        form.apply(procurementCase, first);
        assertThat(approval().nationalStatus()).isEqualTo(NationalApprovalStatus.REGISTERED);
        assertThat(approval().auditSchedule()).isEqualTo(new AuditSchedule(12, 24));

        form.apply(procurementCase, values("farm", FARM, "registeredOn", "2025-01-20", "selfAuditDoneOn", "2025-02-01"));
        assertThat(approval().nationalStatus()).isEqualTo(NationalApprovalStatus.SELF_AUDIT_DONE);
        assertThatThrownBy(() -> form.apply(procurementCase, values("farm", FARM, "approvedOn", "2025-03-15")))
                .isInstanceOf(DomainRuleViolation.class).extracting("code").isEqualTo("national-step-out-of-order");

        assertThatThrownBy(() -> form.validate(values("farm", "123"))).extracting("field").isEqualTo("farm");
        assertThatThrownBy(() -> form.validate(values("farm", FARM, "approvedOn", "15.03.2025"))).extracting("field").isEqualTo("approvedOn");
        assertThatThrownBy(() -> form.validate(values("farm", FARM, "step", "APPROVED"))).extracting("field").isEqualTo("step");
    }

    @Test
    void theChecklistFormTellsTheFarmsProcessWhenEveryDocumentIsVerified() {
        ProcessInstance instance = startApproval();
        CheckDocumentsForm form = new CheckDocumentsForm(approvals, SETTINGS, runtime, CLOCK);
        FormValues addActivity = values("farm", FARM, "addActivity", "HEALTH_AND_CARE", "topic", "ALL", "receivedOn", "2026-03-01");
        assertThat(form.validate(addActivity)).containsEntry("checklistIncomplete", false);
        form.apply(procurementCase, addActivity);
        assertThat(runtimeService().getVariable(instance.getId(), "checklistVerified")).isEqualTo(false);
        assertThat(approval().activities()).containsExactly(ServiceArea.HEALTH_AND_CARE);

        form.apply(procurementCase, values("farm", FARM, "topic", "ALL", "verifiedOn", "2026-03-02"));
        form.apply(procurementCase, values("farm", FARM, "activity", "HEALTH_AND_CARE", "topic", "ALL",
                "receivedOn", "2026-03-01", "verifiedOn", "2026-03-02"));
        assertThat(approval().unverifiedItems()).isEmpty();
        assertThat(runtimeService().getVariable(instance.getId(), "checklistVerified")).isEqualTo(true);
    }

    @Test
    void checklistValidation() {
        CheckDocumentsForm form = new CheckDocumentsForm(approvals, SETTINGS, runtime, CLOCK);
        assertThat(form.validate(values("farm", FARM, "checklistIncomplete", "true"))).containsEntry("checklistIncomplete", true);
        assertThatThrownBy(() -> form.validate(values("farm", FARM, "topic", "HEALTH_ENVIRONMENT_AND_SAFETY")))
                .extracting("field").isEqualTo("receivedOn");
        assertThatThrownBy(() -> form.validate(values("farm", FARM, "verifiedOn", "2026-03-02"))).extracting("field").isEqualTo("topic");
        assertThatThrownBy(() -> form.validate(values("farm", FARM, "topic", "WEATHER", "verifiedOn", "2026-03-02")))
                .extracting("field").isEqualTo("topic");
        assertThatThrownBy(() -> form.validate(values("farm", FARM, "activity", "GARDENING"))).extracting("field").isEqualTo("activity");
        assertThatThrownBy(() -> form.validate(values("farm", FARM, "checklistIncomplete", "maybe")))
                .extracting("field").isEqualTo("checklistIncomplete");
    }

    @Test
    void theSiteVisitIsRecordedAndValidated() {
        SiteVisitForm form = new SiteVisitForm(approvals, SETTINGS, runtime, CLOCK);
        FormValues visit = values("farm", FARM, "visitedOn", "2026-03-10", "visitedBy", "Kari Nordmann");
        assertThat(form.validate(visit)).isEmpty();
        form.apply(procurementCase, visit);
        assertThat(approval().siteVisit()).hasValueSatisfying(v -> assertThat(v.visitedBy()).isEqualTo("Kari Nordmann"));
        assertThatThrownBy(() -> form.validate(values("farm", FARM, "visitedOn", "2026-03-10"))).extracting("field").isEqualTo("visitedBy");
        assertThatThrownBy(() -> form.validate(values("farm", FARM, "visitedBy", "Kari"))).extracting("field").isEqualTo("visitedOn");
    }

    @Test
    void anApprovalWithConditionsIsDecidedOnTheFarmsKindAndItsConditionsFollowedUpUntilFulfilled() {
        ProcessInstance instance = startApproval();
        registerFarm(FarmKind.WORKING_FARM);
        recordNationalStatusAndDocuments();
        DecideApprovalForm decide = new DecideApprovalForm(approvals, SETTINGS, runtime, farms, CLOCK);
        FormValues decision = values("farm", FARM, "decision", "APPROVED_WITH_CONDITIONS",
                "condition1Text", "Gjerde rundt gjødselkjellaren", "condition1Deadline", "2026-06-01",
                "condition2Text", "Oppdatert HMS-perm", "condition2Deadline", "2026-08-01");
        assertThat(decide.validate(decision)).containsEntry("approvalDecision", "APPROVED_WITH_CONDITIONS");
        decide.apply(procurementCase, decision);
        assertThat(approval().decision()).contains(MunicipalDecision.APPROVED_WITH_CONDITIONS);
        assertThat(approval().decidedOn()).contains(LocalDate.of(2026, 4, 10));
        assertThat(approval().conditions()).hasSize(2);

        FollowUpConditionsForm followUp = new FollowUpConditionsForm(approvals, SETTINGS, runtime, CLOCK);
        FormValues first = values("farm", FARM, "conditionNumber", 1, "fulfilledOn", "2026-05-20");
        assertThat(followUp.validate(first)).isEmpty();
        followUp.apply(procurementCase, first);
        assertThat(runtimeService().getVariable(instance.getId(), "conditionsFulfilled")).isEqualTo(false);
        followUp.apply(procurementCase, values("farm", FARM, "conditionNumber", 2, "fulfilledOn", "2026-07-20"));
        assertThat(runtimeService().getVariable(instance.getId(), "conditionsFulfilled")).isEqualTo(true);
        assertThatThrownBy(() -> followUp.apply(procurementCase, values("farm", FARM, "conditionNumber", 3, "fulfilledOn", "2026-07-20")))
                .extracting("code").isEqualTo("unknown-condition");
        assertThatThrownBy(() -> followUp.validate(values("farm", FARM, "fulfilledOn", "2026-07-20"))).extracting("field")
                .isEqualTo("conditionNumber");
    }

    @Test
    void aKennelCannotBeApprovedButCanBeRejected() {
        registerFarm(FarmKind.KENNEL);
        recordNationalStatusAndDocuments();
        DecideApprovalForm decide = new DecideApprovalForm(approvals, SETTINGS, runtime, farms, CLOCK);
        assertThatThrownBy(() -> decide.apply(procurementCase, values("farm", FARM, "decision", "APPROVED")))
                .isInstanceOf(DomainRuleViolation.class).extracting("code").isEqualTo("farm-not-approvable");
        decide.apply(procurementCase, values("farm", FARM, "decision", "REJECTED", "rejectionReason", "Hundekennel",
                "decidedOn", "2026-04-01"));
        assertThat(approval().decision()).contains(MunicipalDecision.REJECTED);
        assertThat(approval().rejectionReason()).contains("Hundekennel");
    }

    @Test
    void anApprovalWithoutVerifiedDocumentsIsRefusedByTheAggregate() {
        registerFarm(FarmKind.WORKING_FARM);
        new RecordNationalStatusForm(approvals, SETTINGS, runtime, CLOCK).apply(procurementCase, values("farm", FARM));
        DecideApprovalForm decide = new DecideApprovalForm(approvals, SETTINGS, runtime, farms, CLOCK);
        assertThatThrownBy(() -> decide.apply(procurementCase, values("farm", FARM, "decision", "APPROVED")))
                .extracting("code").isEqualTo("missing-activity");
    }

    @Test
    void decisionValidation() {
        DecideApprovalForm decide = new DecideApprovalForm(approvals, SETTINGS, runtime, farms, CLOCK);
        assertThat(decide.validate(values("farm", FARM, "decision", "APPROVED"))).containsEntry("approvalDecision", "APPROVED");
        assertThatThrownBy(() -> decide.validate(values("farm", FARM, "decision", "MAYBE"))).extracting("field").isEqualTo("decision");
        assertThatThrownBy(() -> decide.validate(values("farm", FARM, "decision", "APPROVED_WITH_CONDITIONS")))
                .extracting("code").isEqualTo("missing-conditions");
        assertThatThrownBy(() -> decide.validate(values("farm", FARM, "decision", "APPROVED", "condition1Text", "Gjerde",
                "condition1Deadline", "2026-06-01"))).extracting("code").isEqualTo("unexpected-conditions");
        assertThatThrownBy(() -> decide.validate(values("farm", FARM, "decision", "APPROVED_WITH_CONDITIONS",
                "condition1Text", "Gjerde"))).extracting("field").isEqualTo("condition1Deadline");
        assertThatThrownBy(() -> decide.validate(values("farm", FARM, "decision", "REJECTED"))).extracting("field")
                .isEqualTo("rejectionReason");
        assertThatThrownBy(() -> decide.validate(values("farm", FARM, "decision", "APPROVED", "condition6Text", "x")))
                .extracting("field").isEqualTo("condition6Text");
    }

    @Test
    void theAuditFormsRecordAuditsAndLiftASuspension() {
        FarmApproval approved = ApprovalFixtures.approved(MUNICIPALITY, CASE);
        approved.suspendForMissedAudit(LocalDate.of(2026, 2, 3));
        approvals.store(approved);
        RecordSelfAuditForm self = new RecordSelfAuditForm(approvals, SETTINGS, runtime, CLOCK);
        FormValues audited = values("farm", FARM, "auditedOn", "2026-02-05");
        assertThat(self.validate(audited)).isEmpty();
        assertThat(self.formKey()).isEqualTo("ipt:farm-approval/record-self-audit");
        self.apply(procurementCase, audited);
        assertThat(approval().nationalStatus()).isEqualTo(NationalApprovalStatus.APPROVED);
        assertThat(approval().nextSelfAuditDue()).contains(LocalDate.of(2027, 2, 5));

        RecordExternalAuditForm external = new RecordExternalAuditForm(approvals, SETTINGS, runtime, CLOCK);
        external.apply(procurementCase, values("farm", FARM, "auditedOn", "2027-02-20"));
        assertThat(approval().nextExternalAuditDue()).contains(LocalDate.of(2029, 2, 20));
        assertThatThrownBy(() -> external.apply(procurementCase, values("farm", FARM, "auditedOn", "2020-01-01")))
                .extracting("code").isEqualTo("audit-before-last");
        assertThatThrownBy(() -> external.validate(values("farm", FARM))).extracting("field").isEqualTo("auditedOn");
    }

    @Test
    void theSuspensionTasksAreAcknowledgedWithAnOptionalNote() {
        approvals.store(ApprovalFixtures.approved(MUNICIPALITY, CASE));
        WarnMunicipalityForm warn = new WarnMunicipalityForm(approvals, SETTINGS, runtime, CLOCK);
        ReviewSuspensionForm review = new ReviewSuspensionForm(approvals, SETTINGS, runtime, CLOCK);
        assertThat(warn.formKey()).isEqualTo("ipt:farm-approval/warn-municipality");
        assertThat(review.formKey()).isEqualTo("ipt:farm-approval/review-suspension");
        assertThat(warn.validate(values("farm", FARM, "note", "Ringt Oslo"))).containsEntry("suspensionNote", "Ringt Oslo");
        assertThat(review.validate(values("farm", FARM))).isEmpty();
        assertThatThrownBy(() -> review.validate(values("farm", FARM, "note", "x".repeat(2001)))).extracting("field").isEqualTo("note");
        review.apply(procurementCase, values("farm", FARM));
        assertThat(approval().nationalStatus()).isEqualTo(NationalApprovalStatus.APPROVED);
    }

    @Test
    void settingsAreCheckedAndGiveTheAuditSchedule() {
        assertThat(SETTINGS.getSiteVisitDue()).isEqualTo("P30D");
        assertThat(SETTINGS.auditLeadTime()).hasDays(30);
        assertThat(new FarmApprovalSettings("P30D", "P14D", "P1Y", "P2Y").auditSchedule()).isEqualTo(new AuditSchedule(12, 24));
        assertThatThrownBy(() -> new FarmApprovalSettings("P30D", "P30D", "P12M5D", "P24M")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ipt.approval.self-audit-interval");
        assertThatThrownBy(() -> new FarmApprovalSettings("P30D", "P30D", "P12M", "two years"))
                .hasMessageContaining("ipt.approval.external-audit-interval");
        assertThatThrownBy(() -> new FarmApprovalSettings("soon", "P30D", "P12M", "P24M"))
                .hasMessageContaining("ipt.approval.site-visit-due");
    }
}

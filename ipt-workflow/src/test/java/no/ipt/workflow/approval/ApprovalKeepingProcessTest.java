package no.ipt.workflow.approval;

import static no.ipt.workflow.approval.ApprovalFixtures.CASE;
import static no.ipt.workflow.approval.ApprovalFixtures.FARM;
import static no.ipt.workflow.approval.ApprovalFixtures.MUNICIPALITY;
import static no.ipt.workflow.approval.ApprovalFixtures.SETTINGS;
import static no.ipt.workflow.approval.ApprovalFixtures.startOf;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.FarmApprovalRepository;
import no.ipt.domain.approval.NationalApprovalStatus;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.infrastructure.persistence.JpaTestRepositories;
import no.ipt.workflow.engine.LifecycleModels;
import no.ipt.workflow.tasks.OverdueTasks;
import no.ipt.workflow.testing.ProcessTestEngine;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ipt-approval-keeping: audit tasks raised ahead of the aggregate's due dates, the suspension when
 * the due day passes without the audit, the warning tasks here and the review task the message
 * raises in another municipality's tenant.
 */
@Deployment(resources = "processes/farm-approval/approval-keeping.bpmn")
class ApprovalKeepingProcessTest {

    static final String OTHER_MUNICIPALITY = "0301";
    static final String OTHER_CASE = "IPT-2026-00077";
    static final LocalDate SELF_AUDIT_DUE = LocalDate.of(2026, 2, 1);
    static final LocalDate EXTERNAL_AUDIT_DUE = LocalDate.of(2027, 3, 1);

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    private final EntityManager em = JpaTestRepositories.entityManager();
    private final FarmApprovalRepository approvals = JpaTestRepositories.farmApprovals(em);
    private final FarmApproval approval = ApprovalFixtures.approved(MUNICIPALITY, CASE);

    @BeforeEach
    void emptyTables() {
        JpaTestRepositories.truncate("ipt.farm_approval");
    }

    @AfterEach
    void close() {
        em.close();
    }

    /** The approval as stored, read back from the database. */
    private FarmApproval stored() {
        em.clear();
        return approvals.find(MunicipalityNumber.of(MUNICIPALITY), OrganisationNumber.of(FARM), new CaseNumber(CASE)).orElseThrow();
    }

    /** What the audit forms' apply() does: the stored approval is changed and stored again. */
    private void changeStored(Consumer<FarmApproval> change) {
        FarmApproval stored = stored();
        change.accept(stored);
        approvals.store(stored);
    }

    private void beansOn(LocalDate today) {
        ProcessTestEngine.registerBean("farmApprovalSettings", SETTINGS);
        ProcessTestEngine.registerBean("farmApprovals", new FarmApprovals(approvals, SETTINGS,
                new OverdueTasks(taskService()), ApprovalFixtures.clockOn(today)));
    }

    private static ProcessInstance startKeeping(String municipality, String caseNumber) {
        return runtimeService().startProcessInstanceByKey(LifecycleModels.APPROVAL_KEEPING_PROCESS, caseNumber,
                Map.of("caseNumber", caseNumber, "municipalityNumber", municipality, "farm", FARM));
    }

    /** Passes the asynchronous continuations before both reminder timers, so that they read the stored aggregate. */
    private static void armReminders(ProcessInstance instance) {
        execute(job("SelfAuditReminder", instance));
        execute(job("ExternalAuditReminder", instance));
    }

    private static Date minusLeadTime(LocalDate due) {
        return Date.from(startOf(due).toInstant().minus(Duration.ofDays(30)));
    }

    private ProcessInstance keepingAtTheSelfAuditTask() {
        approvals.store(approval);
        beansOn(LocalDate.of(2026, 1, 5));
        ProcessInstance instance = startKeeping(MUNICIPALITY, CASE);
        Assertions.assertThat(instance.getTenantId()).isEqualTo(MUNICIPALITY);
        armReminders(instance);
        Assertions.assertThat(job("SelfAuditReminder", instance).getDuedate()).isEqualTo(minusLeadTime(SELF_AUDIT_DUE));
        Assertions.assertThat(job("ExternalAuditReminder", instance).getDuedate()).isEqualTo(minusLeadTime(EXTERNAL_AUDIT_DUE));
        execute(job("SelfAuditReminder", instance));
        assertThat(instance).isWaitingAt("RecordSelfAudit", "ExternalAuditReminder");
        return instance;
    }

    private static Task selfAuditTask(ProcessInstance instance) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("RecordSelfAudit").singleResult();
    }

    @Test
    void theSelfAuditTaskIsRaisedAheadOfItsDueDateAndItsRecordingStartsTheNextYear() {
        ProcessInstance instance = keepingAtTheSelfAuditTask();
        Task task = selfAuditTask(instance);
        assertThat(task).hasCandidateGroup("procurement-officer").hasFormKey("ipt:farm-approval/record-self-audit");
        Assertions.assertThat(task.getDueDate()).isEqualTo(startOf(SELF_AUDIT_DUE));
        Assertions.assertThat(job("SelfAuditMissed", instance).getDuedate()).isEqualTo(startOf(SELF_AUDIT_DUE.plusDays(1)));

        changeStored(a -> a.recordSelfAudit(LocalDate.of(2026, 1, 20)));
        complete(task);
        assertThat(instance).isWaitingAt("SelfAuditReminder", "ExternalAuditReminder").hasNotPassed("SuspendForMissedAudit");
        execute(job("SelfAuditReminder", instance));
        Assertions.assertThat(job("SelfAuditReminder", instance).getDuedate()).isEqualTo(minusLeadTime(LocalDate.of(2027, 1, 20)));
    }

    @Test
    void theExternalAuditTaskIsRaisedAheadOfItsDueDate() {
        approvals.store(approval);
        beansOn(LocalDate.of(2027, 2, 1));
        ProcessInstance instance = startKeeping(MUNICIPALITY, CASE);
        armReminders(instance);
        execute(job("ExternalAuditReminder", instance));

        Task task = taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("RecordExternalAudit").singleResult();
        assertThat(task).hasCandidateGroup("procurement-officer").hasFormKey("ipt:farm-approval/record-external-audit");
        Assertions.assertThat(task.getDueDate()).isEqualTo(startOf(EXTERNAL_AUDIT_DUE));
        Assertions.assertThat(job("ExternalAuditMissed", instance).getDuedate()).isEqualTo(startOf(EXTERNAL_AUDIT_DUE.plusDays(1)));

        changeStored(a -> a.recordExternalAudit(LocalDate.of(2027, 2, 20)));
        complete(task);
        execute(job("ExternalAuditReminder", instance));
        Assertions.assertThat(job("ExternalAuditReminder", instance).getDuedate()).isEqualTo(minusLeadTime(LocalDate.of(2029, 2, 20)));
    }

    @Test
    void aMissedSelfAuditSuspendsTheApprovalAndWarnsEveryMunicipalityThatApprovedTheFarm() {
        FarmApproval other = ApprovalFixtures.approved(OTHER_MUNICIPALITY, OTHER_CASE);
        approvals.store(other);
        ProcessInstance otherKeeping = startKeeping(OTHER_MUNICIPALITY, OTHER_CASE);
        ProcessInstance instance = keepingAtTheSelfAuditTask();

        beansOn(SELF_AUDIT_DUE.plusDays(3));
        execute(job("SelfAuditMissed", instance));

        Assertions.assertThat(stored().nationalStatus()).isEqualTo(NationalApprovalStatus.SUSPENDED);
        Assertions.assertThat(stored().suspendedOn()).contains(SELF_AUDIT_DUE.plusDays(3));
        assertThat(instance).hasPassed("SuspendForMissedAudit").isWaitingAt("RecordSelfAudit", "WarnMunicipality");
        assertThat(instance).variables().containsEntry("municipalitiesToWarn", List.of(OTHER_MUNICIPALITY, MUNICIPALITY));
        List<Task> warnings = taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("WarnMunicipality").orderByTaskName().asc().list();
        Assertions.assertThat(warnings).hasSize(2).allSatisfy(warning -> {
            assertThat(warning).hasCandidateGroup("procurement-officer").hasFormKey("ipt:farm-approval/warn-municipality");
            Assertions.assertThat(warning.getTenantId()).isEqualTo(MUNICIPALITY);
        });
        Assertions.assertThat(warnings).extracting(Task::getName).containsExactly(
                "Varsle kommune 0301 om suspensjonen", "Varsle kommune 3303 om suspensjonen");

        // the other municipality is warned in its own tenant
        Task review = taskService().createTaskQuery().processInstanceId(otherKeeping.getId())
                .taskDefinitionKey("ReviewSuspension").singleResult();
        assertThat(review).hasCandidateGroup("procurement-officer").hasFormKey("ipt:farm-approval/review-suspension");
        Assertions.assertThat(review.getTenantId()).isEqualTo(OTHER_MUNICIPALITY);
        Assertions.assertThat(runtimeService().getVariable(otherKeeping.getId(), "suspendedBy")).isEqualTo(MUNICIPALITY);
        complete(review, withVariables("suspensionNote", "Ringt garden"));
        assertThat(otherKeeping).hasPassed("SuspensionReviewed").isActive();

        warnings.forEach(warning -> complete(warning));
        assertThat(instance).hasPassed("MunicipalitiesWarned").isWaitingAt("RecordSelfAudit", "ExternalAuditReminder");

        // the late audit lifts the suspension (the aggregate's rule) and the loop goes on
        changeStored(a -> a.recordSelfAudit(SELF_AUDIT_DUE.plusDays(5)));
        Assertions.assertThat(stored().nationalStatus()).isEqualTo(NationalApprovalStatus.APPROVED);
        complete(selfAuditTask(instance));
        assertThat(instance).isWaitingAt("SelfAuditReminder", "ExternalAuditReminder");
    }

    @Test
    void theTimerSuspendsNothingWhenTheAggregateSaysNoAuditIsOverdue() {
        ProcessInstance instance = keepingAtTheSelfAuditTask();
        beansOn(SELF_AUDIT_DUE); // on the due day the audit is still in time
        execute(job("SelfAuditMissed", instance));

        Assertions.assertThat(stored().nationalStatus()).isEqualTo(NationalApprovalStatus.APPROVED);
        assertThat(instance).hasPassed("SuspendForMissedAudit", "MunicipalitiesWarned").hasNotPassed("WarnMunicipality")
                .isWaitingAt("RecordSelfAudit", "ExternalAuditReminder");
        assertThat(instance).variables().containsEntry("municipalitiesToWarn", List.of());
    }

    @Test
    void aMissedExternalAuditSuspendsToo() {
        approval.recordSelfAudit(LocalDate.of(2027, 1, 10));
        approvals.store(approval);
        beansOn(LocalDate.of(2027, 2, 1));
        ProcessInstance instance = startKeeping(MUNICIPALITY, CASE);
        armReminders(instance);
        execute(job("ExternalAuditReminder", instance));

        beansOn(EXTERNAL_AUDIT_DUE.plusDays(1));
        execute(job("ExternalAuditMissed", instance));

        Assertions.assertThat(stored().nationalStatus()).isEqualTo(NationalApprovalStatus.SUSPENDED);
        assertThat(instance).isWaitingAt("RecordExternalAudit", "WarnMunicipality", "SelfAuditReminder");
        assertThat(instance).variables().containsEntry("municipalitiesToWarn", List.of(MUNICIPALITY));
    }
}

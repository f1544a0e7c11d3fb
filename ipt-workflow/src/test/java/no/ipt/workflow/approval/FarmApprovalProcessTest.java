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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.FarmApprovalRepository;
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
 * Every path of ipt-farm-approval, including the parallel multi-instance call from a parent; the
 * task variables stand for what the forms hand the process. The timers read the real aggregate
 * (in the test database) through the real farmApprovals bean.
 */
@Deployment(resources = {"processes/farm-approval/farm-approval.bpmn", "processes/farm-approval/approval-keeping.bpmn",
        "processes/testing/approve-candidate-farms.bpmn"})
class FarmApprovalProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    private final EntityManager em = JpaTestRepositories.entityManager();
    private final FarmApprovalRepository approvals = JpaTestRepositories.farmApprovals(em);

    @BeforeEach
    void emptyTables() {
        JpaTestRepositories.truncate("ipt.farm_approval");
    }

    @AfterEach
    void close() {
        em.close();
    }

    private void beansOn(LocalDate today) {
        ProcessTestEngine.registerBean("farmApprovalSettings", SETTINGS);
        ProcessTestEngine.registerBean("farmApprovals", new FarmApprovals(approvals, SETTINGS,
                new OverdueTasks(taskService()), ApprovalFixtures.clockOn(today)));
    }

    private ProcessInstance start(String farm) {
        beansOn(LocalDate.now());
        return runtimeService().startProcessInstanceByKey(LifecycleModels.FARM_APPROVAL_PROCESS, CASE,
                Map.of("caseNumber", CASE, "municipalityNumber", MUNICIPALITY, "farm", farm));
    }

    private static void recordNationalStatus(ProcessInstance instance) {
        assertThat(instance).isWaitingAt("RecordNationalStatus");
        assertThat(task(instance)).hasCandidateGroup("procurement-officer").hasFormKey("ipt:farm-approval/record-national-status");
        complete(task(instance));
    }

    /** The check-documents form: checklistIncomplete from validate(), checklistVerified from the aggregate in apply(). */
    private static void checkDocuments(ProcessInstance instance, boolean incomplete, boolean verified) {
        assertThat(instance).isWaitingAt("CheckDocuments");
        assertThat(task(instance)).hasCandidateGroup("procurement-officer").hasFormKey("ipt:farm-approval/check-documents");
        complete(task(instance), withVariables("checklistIncomplete", incomplete));
        runtimeService().setVariable(instance.getId(), "checklistVerified", verified);
        execute(job("ChecklistGateway", instance));
    }

    private static void decide(ProcessInstance instance, String decision) {
        assertThat(instance).isWaitingAt("DecideApproval");
        assertThat(task(instance)).hasCandidateGroup("procurement-officer").hasFormKey("ipt:farm-approval/decide");
        complete(task(instance), withVariables("approvalDecision", decision));
    }

    private static List<ProcessInstance> keepingInstances() {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(LifecycleModels.APPROVAL_KEEPING_PROCESS)
                .processInstanceBusinessKey(CASE).variableValueEquals("farm", FARM).list();
    }

    @Test
    void theOfficerChecksDocumentsUntilAllAreVerifiedVisitsAndApproves() {
        ProcessInstance instance = start(FARM);
        Assertions.assertThat(instance.getTenantId()).isEqualTo(MUNICIPALITY);
        recordNationalStatus(instance);
        checkDocuments(instance, false, false);
        checkDocuments(instance, false, true);

        assertThat(instance).isWaitingAt("VisitFarm");
        assertThat(task(instance)).hasCandidateGroup("procurement-officer").hasFormKey("ipt:farm-approval/site-visit");
        Assertions.assertThat(task(instance).getDueDate()).isCloseTo(Date.from(Instant.now().plus(30, ChronoUnit.DAYS)), 120_000);
        complete(task(instance));
        decide(instance, "APPROVED");


        assertThat(instance).isEnded().hasPassedInOrder("RecordNationalStatus", "CheckDocuments", "ChecklistGateway",
                "CheckDocuments", "ChecklistGateway", "VisitFarm", "DecideApproval", "StartKeeping", "FarmApproved")
                .hasNotPassed("FollowUpConditions", "FarmRejected");
        assertThat(instance).variables().containsEntry("approvalDecision", "APPROVED");
        Assertions.assertThat(keepingInstances()).singleElement()
                .satisfies(keeping -> Assertions.assertThat(keeping.getTenantId()).isEqualTo(MUNICIPALITY));
    }

    @Test
    void anIncompleteChecklistGoesStraightToTheDecisionWhichRejects() {
        ProcessInstance instance = start(FARM);
        recordNationalStatus(instance);
        checkDocuments(instance, true, false);
        decide(instance, "REJECTED");

        assertThat(instance).isEnded().hasPassed("FarmRejected").hasNotPassed("VisitFarm", "StartKeeping");
        assertThat(instance).variables().containsEntry("approvalDecision", "REJECTED");
        Assertions.assertThat(keepingInstances()).isEmpty();
    }

    private ProcessInstance decidedWithConditions() {
        approvals.store(ApprovalFixtures.approvedWithConditions());
        ProcessInstance instance = start(FARM);
        recordNationalStatus(instance);
        checkDocuments(instance, false, true);
        complete(task(instance));
        decide(instance, "APPROVED_WITH_CONDITIONS");
        assertThat(instance).isWaitingAt("FollowUpConditions");
        execute(job("FollowUpConditions", instance));
        return instance;
    }

    @Test
    void anOverdueConditionIsEscalatedToTheProjectLeadAndTheConditionsAreFollowedUpUntilFulfilled() {
        ProcessInstance instance = decidedWithConditions();
        Date overdueFrom = startOf(LocalDate.of(2026, 12, 2));
        assertThat(task(instance)).hasCandidateGroup("procurement-officer").hasFormKey("ipt:farm-approval/follow-up-conditions");
        Assertions.assertThat(task(instance).getDueDate()).isEqualTo(overdueFrom);
        Assertions.assertThat(job("ConditionOverdue", instance).getDuedate()).isEqualTo(overdueFrom);

        beansOn(LocalDate.of(2026, 12, 5));
        execute(job("ConditionOverdue", instance));
        assertThat(instance).hasPassed("EscalateOverdueCondition", "ConditionEscalated").isWaitingAt("FollowUpConditions");
        assertThat(task(instance)).hasCandidateGroup("project-lead");
        Assertions.assertThat(task(instance).getPriority()).isEqualTo(OverdueTasks.ESCALATED_PRIORITY);

        // condition 1 fulfilled (the form's apply() says conditionsFulfilled=false: one is still open)
        complete(task(instance));
        runtimeService().setVariable(instance.getId(), "conditionsFulfilled", false);
        execute(job("ConditionsGateway", instance));
        assertThat(instance).isWaitingAt("FollowUpConditions");
        execute(job("FollowUpConditions", instance));
        complete(task(instance));
        runtimeService().setVariable(instance.getId(), "conditionsFulfilled", true);
        execute(job("ConditionsGateway", instance));

        assertThat(instance).isEnded().hasPassed("StartKeeping", "FarmApproved");
        assertThat(instance).variables().containsEntry("approvalDecision", "APPROVED_WITH_CONDITIONS");
        Assertions.assertThat(keepingInstances()).hasSize(1);
    }

    @Test
    void theConditionTimerEscalatesNothingWhileTheAggregateSaysNoConditionIsOverdue() {
        ProcessInstance instance = decidedWithConditions();
        FarmApproval decided = ApprovalFixtures.approvedWithConditions();
        FarmApproval stored = approvals.find(decided.municipality(), decided.farm(), decided.caseNumber()).orElseThrow();
        stored.fulfilCondition(1, LocalDate.of(2026, 11, 20));
        approvals.store(stored);
        beansOn(LocalDate.of(2026, 12, 5));
        execute(job("ConditionOverdue", instance));

        assertThat(instance).hasPassed("EscalateOverdueCondition").isWaitingAt("FollowUpConditions");
        assertThat(task(instance)).hasCandidateGroup("procurement-officer");
        Assertions.assertThat(task(instance).getPriority()).isEqualTo(50);
    }

    @Test
    void theMainProcessApprovesThreeCandidateFarmsInParallel() {
        beansOn(LocalDate.now());
        List<String> farms = List.of("123456785", "923456783", "987654325");
        ProcessInstance parent = runtimeService().startProcessInstanceByKey("test-approve-candidate-farms", CASE,
                Map.of("caseNumber", CASE, "municipalityNumber", MUNICIPALITY, "candidateFarms", farms));

        List<ProcessInstance> children = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(LifecycleModels.FARM_APPROVAL_PROCESS).superProcessInstanceId(parent.getId()).list();
        Assertions.assertThat(children).hasSize(3).allSatisfy(child -> {
            Assertions.assertThat(child.getBusinessKey()).isEqualTo(CASE);
            Assertions.assertThat(child.getTenantId()).isEqualTo(MUNICIPALITY);
            assertThat(child).isWaitingAt("RecordNationalStatus");
        });
        Assertions.assertThat(children.stream().map(c -> (String) runtimeService().getVariable(c.getId(), "farm")))
                .containsExactlyInAnyOrderElementsOf(farms);
        Assertions.assertThat(taskService().createTaskQuery().processInstanceBusinessKey(CASE)
                .taskDefinitionKey("RecordNationalStatus").tenantIdIn(MUNICIPALITY).count()).isEqualTo(3);

        for (ProcessInstance child : children) {
            recordNationalStatus(child);
            checkDocuments(child, true, false);
            assertThat(parent).isActive();
            decide(child, "REJECTED");
            assertThat(child).isEnded();
        }
        assertThat(parent).isEnded().hasPassed("ApproveFarms", "Ended");
    }
}

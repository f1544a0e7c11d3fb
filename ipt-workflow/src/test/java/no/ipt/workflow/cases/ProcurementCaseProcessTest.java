package no.ipt.workflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import no.ipt.workflow.engine.LifecycleModels;
import no.ipt.workflow.testing.ProcessTestEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of the main process so far: the needs assessment and its decision point. */
@Deployment(resources = {
        "processes/procurement-case/procurement-case.bpmn",
        "processes/needs-assessment/needs-assessment.bpmn",
        "processes/steering-decision/steering-decision.bpmn"})
class ProcurementCaseProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    private static ProcessInstance open() {
        return runtimeService().startProcessInstanceByKey(LifecycleModels.PROCUREMENT_CASE_PROCESS, "IPT-2026-00007",
                Map.of("caseNumber", "IPT-2026-00007", "municipalityNumber", "5006"));
    }

    private static ProcessInstance describeNeed(ProcessInstance main) {
        BpmnAwareTests.assertThat(main).isWaitingAt("NeedsAssessment");
        ProcessInstance needs = calledProcessInstance(main);
        assertThat(needs.getBusinessKey()).isEqualTo("IPT-2026-00007");
        assertThat(needs.getTenantId()).as("stage processes belong to the case's municipality").isEqualTo("5006");
        complete(task(needs), withVariables("participants", 6));
        BpmnAwareTests.assertThat(main).isWaitingAt("NeedsDecision");
        return calledProcessInstance(main);
    }

    private static void decide(ProcessInstance decision, String outcome) {
        BpmnAwareTests.assertThat(decision).isWaitingAt("SteeringGroupDecision");
        BpmnAwareTests.assertThat(task(decision)).hasCandidateGroup("steering-group").hasFormKey("ipt:decision-point");
        assertThat(runtimeService().getVariable(decision.getId(), "decisionStage")).isEqualTo("NEEDS_ASSESSMENT");
        assertThat(decision.getTenantId()).isEqualTo("5006");
        complete(task(decision), withVariables("decision", outcome, "decisionComment", "vedtak"));
    }

    @Test
    void anApprovedNeedGoesToTheMarket() {
        ProcessInstance main = open();
        decide(describeNeed(main), "APPROVE");
        BpmnAwareTests.assertThat(main).isEnded().hasPassedInOrder("NeedsAssessment", "NeedsDecision", "ReadyForMarket")
                .variables().containsEntry("decision", "APPROVE");
    }

    @Test
    void aRejectedNeedEndsTheCase() {
        ProcessInstance main = open();
        decide(describeNeed(main), "REJECT");
        BpmnAwareTests.assertThat(main).isEnded().hasPassed("CaseRejected").hasNotPassed("ReadyForMarket");
    }

    @Test
    void aSentBackNeedIsDescribedAgain() {
        ProcessInstance main = open();
        decide(describeNeed(main), "SEND_BACK");
        BpmnAwareTests.assertThat(main).isActive();
        decide(describeNeed(main), "APPROVE");
        BpmnAwareTests.assertThat(main).isEnded().hasPassed("ReadyForMarket");
    }
}

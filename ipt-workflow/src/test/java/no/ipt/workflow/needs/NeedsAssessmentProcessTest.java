package no.ipt.workflow.needs;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import no.ipt.workflow.engine.LifecycleModels;
import no.ipt.workflow.testing.ProcessTestEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of the needs-assessment model. */
@Deployment(resources = "processes/needs-assessment/needs-assessment.bpmn")
class NeedsAssessmentProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    // Started inside each test: the extension deploys the model only after @BeforeEach methods.
    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(LifecycleModels.NEEDS_ASSESSMENT_PROCESS,
                "IPT-2026-00001", Map.of("caseNumber", "IPT-2026-00001"));
    }

    @Test
    void anOfficerDescribesTheNeedAndTheSteeringGroupApproves() {
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt("DescribeNeed");
        assertThat(task(instance)).hasCandidateGroup("procurement-officer").hasFormKey("ipt:describe-need").hasDueDate(task(instance).getDueDate());
        org.assertj.core.api.Assertions.assertThat(task(instance).getDueDate()).isNotNull();
        complete(task(instance), withVariables("participants", 8));

        assertThat(instance).isWaitingAt("SteeringGroupDecision");
        assertThat(task(instance)).hasCandidateGroup("steering-group").hasFormKey("ipt:steering-decision");
        complete(task(instance), withVariables("decision", "APPROVE"));

        assertThat(instance).isEnded().hasPassedInOrder("DescribeNeed", "SteeringGroupDecision", "NeedApproved")
                .hasNotPassed("NeedRejected");
    }

    @Test
    void theSteeringGroupRejects() {
        ProcessInstance instance = start();
        complete(task(instance), withVariables("participants", 8));
        complete(task(instance), withVariables("decision", "REJECT", "decisionComment", "No budget this year"));

        assertThat(instance).isEnded().hasPassed("NeedRejected").hasNotPassed("NeedApproved");
    }

    @Test
    void theSteeringGroupSendsTheDescriptionBackAndApprovesTheSecondOne() {
        ProcessInstance instance = start();
        complete(task(instance), withVariables("participants", 8));
        complete(task(instance), withVariables("decision", "SEND_BACK", "decisionComment", "Compare with today's service"));

        assertThat(instance).isWaitingAt("DescribeNeed");
        complete(task(instance), withVariables("participants", 10));
        complete(task(instance), withVariables("decision", "APPROVE"));

        assertThat(instance).isEnded().hasPassed("NeedApproved");
    }

    @Test
    void anUndescribedNeedIsEscalatedToTheProjectLeadWhenItsReminderFires() {
        ProcessInstance instance = start();
        assertThat(job(instance)).isNotNull();
        org.assertj.core.api.Assertions.assertThat(job(instance).getDuedate())
                .isInSameHourWindowAs(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.parse(
                        ProcessTestEngine.DESCRIBE_NEED_REMINDER))));
        org.assertj.core.api.Assertions.assertThat(task(instance).getPriority()).isEqualTo(50);

        execute(job(instance));

        assertThat(instance).isWaitingAt("DescribeNeed").hasPassed("EscalateDescribeNeed", "DescribeNeedEscalated");
        assertThat(task(instance)).hasCandidateGroup("procurement-officer").hasCandidateGroup("project-lead");
        org.assertj.core.api.Assertions.assertThat(task(instance).getPriority()).isEqualTo(80);

        complete(task(instance), withVariables("participants", 8));
        assertThat(instance).isWaitingAt("SteeringGroupDecision");
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("DescribeNeed").count()).isZero();
    }

    @Test
    void theReminderIsCancelledWhenTheNeedIsDescribedInTime() {
        ProcessInstance instance = start();
        complete(task(instance), withVariables("participants", 8));
        org.assertj.core.api.Assertions.assertThat(job(instance)).isNull();
        assertThat(instance).hasNotPassed("EscalateDescribeNeed");
    }
}

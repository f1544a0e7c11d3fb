package no.ipt.workflow.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import no.ipt.workflow.engine.LifecycleModels;
import no.ipt.workflow.testing.ProcessTestEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
                "IPT-2026-00001", Map.of("caseNumber", "IPT-2026-00001", "municipalityNumber", "5006"));
    }

    @Test
    void anOfficerDescribesTheNeed() {
        ProcessInstance instance = start();
        BpmnAwareTests.assertThat(instance).isWaitingAt("DescribeNeed");
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("procurement-officer").hasFormKey("ipt:describe-need");
        assertThat(task(instance).getDueDate()).isInSameDayAs(Date.from(Instant.now().plus(Duration.ofDays(14))));
        assertThat(instance.getTenantId()).as("the municipality is the tenant").isEqualTo("5006");

        complete(task(instance), withVariables("participants", 8));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder("DescribeNeed", "NeedDescribed")
                .hasNotPassed("EscalateDescribeNeed");
    }

    @Test
    void anUndescribedNeedIsEscalatedToTheProjectLeadWhenItsReminderFires() {
        ProcessInstance instance = start();
        assertThat(job(instance).getDuedate()).isInSameHourWindowAs(Date.from(Instant.now().plus(
                Duration.parse(ProcessTestEngine.DESCRIBE_NEED_REMINDER))));
        assertThat(task(instance).getPriority()).isEqualTo(50);

        execute(job(instance));

        BpmnAwareTests.assertThat(instance).isWaitingAt("DescribeNeed").hasPassed("EscalateDescribeNeed", "DescribeNeedEscalated");
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("procurement-officer").hasCandidateGroup("project-lead");
        assertThat(task(instance).getPriority()).isEqualTo(80);

        complete(task(instance), withVariables("participants", 8));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("NeedDescribed");
    }

    @Test
    void theReminderIsCancelledWhenTheNeedIsDescribedInTime() {
        ProcessInstance instance = start();
        complete(task(instance), withVariables("participants", 8));
        assertThat(job(instance)).isNull();
        BpmnAwareTests.assertThat(instance).hasNotPassed("EscalateDescribeNeed");
    }
}

package no.ipt.workflow.mobilisation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import no.ipt.workflow.engine.LifecycleModels;
import no.ipt.workflow.testing.ProcessTestEngine;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of the supplier-mobilisation model; the variables stand for what the forms hand the process. */
@Deployment(resources = "processes/supplier-mobilisation/supplier-mobilisation.bpmn")
class SupplierMobilisationProcessTest {

    static final String CASE = "IPT-2026-00042";
    static final String WAITING_PERIOD = "P30D";
    static final List<String> TWO_FARMS = List.of("123456785", "987654325");

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    static ProcessInstance start() {
        ProcessTestEngine.registerBean("mobilisationSettings", new MobilisationSettings(WAITING_PERIOD));
        return runtimeService().startProcessInstanceByKey(LifecycleModels.SUPPLIER_MOBILISATION_PROCESS, CASE,
                Map.of("caseNumber", CASE, "municipalityNumber", "3303"));
    }

    private static void plan(ProcessInstance instance) {
        assertThat(instance).isWaitingAt("PlanMarketDialogue");
        assertThat(task(instance)).hasCandidateGroup("procurement-officer")
                .hasFormKey("ipt:supplier-mobilisation/plan-market-dialogue");
        Assertions.assertThat(task(instance).getDueDate()).isCloseTo(java.util.Date.from(Instant.now().plus(14, ChronoUnit.DAYS)), 120_000);
        complete(task(instance));
    }

    private static void register(ProcessInstance instance, boolean supportNeeded, boolean enough, List<String> farms) {
        assertThat(instance).isWaitingAt("RegisterInterest");
        assertThat(task(instance)).hasCandidateGroup("procurement-officer")
                .hasFormKey("ipt:supplier-mobilisation/register-interest");
        // the form: developmentSupportNeeded from validate(); enoughInterest and candidateFarms from the dialogue in apply()
        complete(task(instance), withVariables("developmentSupportNeeded", supportNeeded));
        runtimeService().setVariables(instance.getId(), Map.of("enoughInterest", enough, "candidateFarms", farms));
    }

    private static void passInterestGateway(ProcessInstance instance) {
        assertThat(instance).isWaitingAt("InterestGateway");
        execute(job("InterestGateway", instance));
    }

    @Test
    void theDialogueFindsEnoughInterestAtOnce() {
        ProcessInstance instance = start();
        Assertions.assertThat(instance.getTenantId()).isEqualTo("3303");
        plan(instance);
        register(instance, false, true, TWO_FARMS);
        passInterestGateway(instance);

        assertThat(instance).isEnded().hasPassedInOrder("PlanMarketDialogue", "RegisterInterest", "InterestGateway",
                "EnoughInterestFound", "MobilisedWithEnoughInterest").hasNotPassed("GiveDevelopmentSupport", "DecideOnLowInterest");
        assertThat(instance).variables().containsEntry("mobilisationOutcome", "ENOUGH_INTEREST")
                .containsEntry("candidateFarms", TWO_FARMS);
    }

    @Test
    void interestIsRegisteredAgainWithDevelopmentSupportUntilThereIsEnough() {
        ProcessInstance instance = start();
        plan(instance);
        register(instance, true, false, List.of("123456785"));

        assertThat(instance).isWaitingAt("GiveDevelopmentSupport");
        assertThat(task(instance)).hasCandidateGroup("procurement-officer")
                .hasFormKey("ipt:supplier-mobilisation/give-development-support");
        complete(task(instance));
        passInterestGateway(instance);

        register(instance, false, true, TWO_FARMS);
        passInterestGateway(instance);

        assertThat(instance).isEnded().hasPassed("GiveDevelopmentSupport", "MobilisedWithEnoughInterest");
        assertThat(instance).variables().containsEntry("mobilisationOutcome", "ENOUGH_INTEREST");
    }

    @Test
    void theWaitingPeriodEndsAndTheProjectLeadGoesOnAnyway() {
        ProcessInstance instance = start();
        plan(instance);
        register(instance, false, false, List.of("123456785"));
        passInterestGateway(instance);
        assertThat(instance).isWaitingAt("RegisterInterest");

        Assertions.assertThat(job("WaitingPeriodOver", instance).getDuedate()).isCloseTo(
                java.util.Date.from(Instant.now().plus(Duration.parse(WAITING_PERIOD))), 120_000);
        execute(job("WaitingPeriodOver", instance));

        assertThat(instance).isWaitingAt("DecideOnLowInterest").hasNotPassed("EnoughInterestFound");
        assertThat(task(instance)).hasCandidateGroup("project-lead")
                .hasFormKey("ipt:supplier-mobilisation/decide-on-low-interest");
        complete(task(instance), withVariables("mobilisationOutcome", "CONTINUE_ANYWAY"));

        assertThat(instance).isEnded().hasPassed("ContinuedAnyway").hasNotPassed("MobilisationStopped");
        assertThat(instance).variables().containsEntry("mobilisationOutcome", "CONTINUE_ANYWAY")
                .containsEntry("candidateFarms", List.of("123456785"));
    }

    @Test
    void theWaitingPeriodEndsAndTheProjectLeadStops() {
        ProcessInstance instance = start();
        plan(instance);
        execute(job("WaitingPeriodOver", instance));

        complete(task(instance), withVariables("mobilisationOutcome", "STOPPED"));

        assertThat(instance).isEnded().hasPassed("MobilisationStopped").hasNotPassed("ContinuedAnyway", "InterestGateway");
    }

    @Test
    void theWaitingPeriodTimerIsGoneWhenThereIsEnoughInterestInTime() {
        ProcessInstance instance = start();
        plan(instance);
        register(instance, false, true, TWO_FARMS);
        passInterestGateway(instance);
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(instance).hasNotPassed("WaitingPeriodOver");
    }
}

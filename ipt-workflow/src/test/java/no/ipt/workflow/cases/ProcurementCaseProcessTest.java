package no.ipt.workflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.ipt.domain.mobilisation.MarketDialogue;
import no.ipt.domain.mobilisation.MarketDialogueRepository;
import no.ipt.domain.needs.NeedsAssessment;
import no.ipt.domain.needs.NeedsAssessmentRepository;
import no.ipt.domain.needs.Transport;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.CaseStatus;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.ProcurementCaseRepository;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.procurement.Stage;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.Period;
import no.ipt.domain.tender.BuyerType;
import no.ipt.domain.tender.ServiceCategory;
import no.ipt.infrastructure.persistence.JpaTestRepositories;
import no.ipt.workflow.agreement.FrameworkAgreementSchedule;
import no.ipt.workflow.agreement.FrameworkAgreementSettings;
import no.ipt.workflow.approval.FarmApprovalSettings;
import no.ipt.workflow.approval.FarmApprovals;
import no.ipt.workflow.engine.LifecycleModels;
import no.ipt.workflow.followup.FollowUpSchedule;
import no.ipt.workflow.followup.FollowUpSettings;
import no.ipt.workflow.mobilisation.MobilisationSettings;
import no.ipt.workflow.tasks.OverdueTasks;
import no.ipt.workflow.tender.TenderDeadlines;
import no.ipt.workflow.tender.TenderSettings;
import no.ipt.workflow.tender.TenderSteps;
import no.ipt.workflow.testing.ProcessTestEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the main process, with the real stage processes called and the real beans. A stage's
 * own paths are tested with its process; here a stage is either worked (the needs assessment, the
 * decision points) or moved to one of its end events with the engine's process instance modification,
 * which is how the main process sees a stage end. The case's stage and status follow the process.
 */
class ProcurementCaseProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    private static String deploymentId;

    /** Every model the application deploys, as it deploys them. */
    @BeforeAll
    static void deployTheLifecycle() {
        var deployment = ProcessTestEngine.get().getRepositoryService().createDeployment().name("lifecycle");
        LifecycleModels.RESOURCES.forEach(deployment::addClasspathResource);
        deploymentId = deployment.deploy().getId();
    }

    @AfterAll
    static void undeploy() {
        ProcessTestEngine.get().getRepositoryService().deleteDeployment(deploymentId, true);
    }

    static final String CASE = "IPT-2026-00007";
    static final CaseNumber CASE_NUMBER = new CaseNumber(CASE);
    static final String FARM_A = "123456785";
    static final String FARM_B = "987654325";

    private EntityManager em;
    private ProcurementCaseRepository cases;
    private NeedsAssessmentRepository assessments;
    private MarketDialogueRepository dialogues;

    @BeforeEach
    void realBeansAndACase() {
        JpaTestRepositories.truncate("ipt.procurement_case", "ipt.needs_assessment", "ipt.market_dialogue",
                "ipt.tender", "ipt.farm_approval");
        em = JpaTestRepositories.entityManager();
        cases = JpaTestRepositories.procurementCases(em);
        assessments = JpaTestRepositories.needsAssessments(em);
        dialogues = JpaTestRepositories.marketDialogues(em);
        ProcessTestEngine.registerBean("caseProgress", new CaseProgress(cases, assessments, dialogues));
        ProcessTestEngine.registerBean("mobilisationSettings", new MobilisationSettings("P30D"));
        FarmApprovalSettings approvalSettings = new FarmApprovalSettings("P30D", "P30D", "P12M", "P24M");
        ProcessTestEngine.registerBean("farmApprovalSettings", approvalSettings);
        ProcessTestEngine.registerBean("farmApprovals", new FarmApprovals(JpaTestRepositories.farmApprovals(em),
                approvalSettings, new OverdueTasks(taskService())));
        var tenders = JpaTestRepositories.tenders(em);
        ProcessTestEngine.registerBean("tenderSettings", new TenderSettings("P14D"));
        ProcessTestEngine.registerBean("tenderDeadlines", new TenderDeadlines(tenders));
        ProcessTestEngine.registerBean("tenderSteps", new TenderSteps(tenders));
        FrameworkAgreementSettings agreementSettings = new FrameworkAgreementSettings("P3M", "P14D", "P30D",
                "FOA § 26-1 (4)", "Ingen fast grense (FOA del I)", 4);
        var agreements = JpaTestRepositories.frameworkAgreements(em);
        ProcessTestEngine.registerBean("frameworkAgreementSettings", agreementSettings);
        ProcessTestEngine.registerBean("frameworkAgreementSchedule", new FrameworkAgreementSchedule(agreements,
                agreementSettings));
        FollowUpSettings followUpSettings = new FollowUpSettings("R/P3M", "P12M", "P14D");
        ProcessTestEngine.registerBean("followUpSettings", followUpSettings);
        ProcessTestEngine.registerBean("followUpSchedule", new FollowUpSchedule(JpaTestRepositories.followUps(em),
                followUpSettings));
        cases.store(new ProcurementCase(CASE_NUMBER, "Dagplassar for personar med demens", MunicipalityNumber.of("5006"),
                ServiceArea.HEALTH_AND_CARE, Instant.parse("2026-01-05T08:00:00Z")));
    }

    @AfterEach
    void close() {
        em.close();
    }

    private ProcurementCase storedCase() {
        em.clear();
        return cases.find(CASE_NUMBER).orElseThrow();
    }

    private static ProcessInstance open() {
        return runtimeService().startProcessInstanceByKey(LifecycleModels.PROCUREMENT_CASE_PROCESS, CASE,
                Map.of("caseNumber", CASE, "municipalityNumber", "5006"));
    }

    /** The submitted needs assessment the tender's procedure choice reads (HEALTH_AND_SOCIAL, NOK 2.1 m). */
    private void needsAssessed() {
        NeedsAssessment assessment = assessments.findByCase(CASE_NUMBER)
                .orElseGet(() -> new NeedsAssessment(CASE_NUMBER, ServiceArea.HEALTH_AND_CARE));
        if (assessment.isSubmitted()) {
            return;
        }
        assessment.describeTargetGroup("Heimebuande med demens");
        assessment.size(12, 6, 3);
        assessment.schedule(Period.of(LocalDate.of(2026, 8, 1), LocalDate.of(2028, 7, 31)));
        assessment.arrangeTransport(Transport.notNeeded());
        assessment.expectOutcomes(List.of("Kortare venteliste"));
        assessment.estimateContractValue(Money.nok("2100000.40"));
        assessment.classifyPurchase(ServiceCategory.HEALTH_AND_SOCIAL, BuyerType.MUNICIPALITY);
        assessment.involveUnits(List.of("Helse og omsorg"));
        assessment.submit(Instant.parse("2026-02-01T09:00:00Z"));
        assessments.store(assessment);
    }

    private void describeNeed(ProcessInstance main) {
        BpmnAwareTests.assertThat(main).isWaitingAt("NeedsAssessment");
        ProcessInstance needs = calledProcessInstance(main);
        assertThat(needs.getBusinessKey()).isEqualTo(CASE);
        assertThat(needs.getTenantId()).as("stage processes belong to the case's municipality").isEqualTo("5006");
        needsAssessed();
        complete(task(needs), withVariables("participants", 12));
    }

    private static void decide(ProcessInstance main, String activity, String stage, String outcome) {
        BpmnAwareTests.assertThat(main).isWaitingAt(activity);
        ProcessInstance decision = calledProcessInstance("ipt-steering-decision", main);
        BpmnAwareTests.assertThat(decision).isWaitingAt("SteeringGroupDecision");
        BpmnAwareTests.assertThat(task(decision)).hasCandidateGroup("steering-group").hasFormKey("ipt:decision-point");
        assertThat(runtimeService().getVariable(decision.getId(), "decisionStage")).isEqualTo(stage);
        assertThat(decision.getTenantId()).isEqualTo("5006");
        complete(task(decision), withVariables("decision", outcome, "decisionComment", "vedtak"));
    }

    /** Farms A and B registered interest in the market dialogue. */
    private void interestRegistered() {
        MarketDialogue dialogue = new MarketDialogue(CASE_NUMBER, 2);
        dialogue.registerInterest(no.ipt.domain.shared.OrganisationNumber.of(FARM_A), ServiceArea.HEALTH_AND_CARE, 4,
                LocalDate.of(2026, 3, 21));
        dialogue.registerInterest(no.ipt.domain.shared.OrganisationNumber.of(FARM_B), ServiceArea.HEALTH_AND_CARE, 2,
                LocalDate.of(2026, 3, 22));
        dialogues.store(dialogue);
    }

    /** Moves the running instance of the stage process {@code key} to its end event {@code endEvent}. */
    private static void endStage(ProcessInstance main, String key, String endEvent, Map<String, Object> variables) {
        ProcessInstance stage = calledProcessInstance(key, main);
        runtimeService().createProcessInstanceModification(stage.getId())
                .cancelAllForActivity(runtimeService().getActiveActivityIds(stage.getId()).get(0))
                .startBeforeActivity(endEvent)
                .setVariables(variables)
                .execute();
    }

    private ProcessInstance atMobilisation() {
        ProcessInstance main = open();
        describeNeed(main);
        decide(main, "NeedsDecision", "NEEDS_ASSESSMENT", "APPROVE");
        BpmnAwareTests.assertThat(main).isWaitingAt("SupplierMobilisation");
        return main;
    }

    private ProcessInstance atTender() {
        ProcessInstance main = atMobilisation();
        interestRegistered();
        endStage(main, "ipt-supplier-mobilisation", "MobilisedWithEnoughInterest",
                Map.of("mobilisationOutcome", "ENOUGH_INTEREST"));
        decide(main, "MobilisationDecision", "SUPPLIER_MOBILISATION", "APPROVE");
        for (ProcessInstance approval : processInstanceQuery().processDefinitionKey("ipt-farm-approval").list()) {
            runtimeService().createProcessInstanceModification(approval.getId())
                    .cancelAllForActivity("RecordNationalStatus").startBeforeActivity("FarmRejected").execute();
        }
        decide(main, "ApprovalDecision", "FARM_APPROVAL", "APPROVE");
        BpmnAwareTests.assertThat(main).isWaitingAt("Tender");
        return main;
    }

    private ProcessInstance inAgreementPeriod() {
        ProcessInstance main = atTender();
        endStage(main, "ipt-tender", "ContractSigned", Map.of("tenderReference", "2026-123", "procedure",
                "PART_I_COMPETITION", "awardedFarms", FARM_A + "," + FARM_B));
        BpmnAwareTests.assertThat(main).isWaitingAt("FrameworkAgreement", "AgreementRegistered");
        return main;
    }

    @Test
    void anApprovedNeedGoesToSupplierMobilisation() {
        ProcessInstance main = atMobilisation();
        BpmnAwareTests.assertThat(main).hasPassedInOrder("NeedsAssessment", "NeedsDecision", "NeedsDecided");
        ProcessInstance mobilisation = calledProcessInstance("ipt-supplier-mobilisation", main);
        assertThat(mobilisation.getTenantId()).isEqualTo("5006");
        BpmnAwareTests.assertThat(mobilisation).isWaitingAt("PlanMarketDialogue");
        assertThat(storedCase().stage()).isEqualTo(Stage.SUPPLIER_MOBILISATION);
    }

    @Test
    void aRejectedNeedEndsTheCaseAsRejected() {
        ProcessInstance main = open();
        assertThat(storedCase().stage()).isEqualTo(Stage.NEEDS_ASSESSMENT);
        describeNeed(main);
        decide(main, "NeedsDecision", "NEEDS_ASSESSMENT", "REJECT");
        BpmnAwareTests.assertThat(main).isEnded().hasPassed("CaseRejected").hasNotPassed("SupplierMobilisation");
        assertThat(storedCase().status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(storedCase().closedAt()).isNotNull();
    }

    @Test
    void aSentBackNeedIsDescribedAgain() {
        ProcessInstance main = open();
        describeNeed(main);
        decide(main, "NeedsDecision", "NEEDS_ASSESSMENT", "SEND_BACK");
        BpmnAwareTests.assertThat(main).isWaitingAt("NeedsAssessment");
        assertThat(storedCase().stage()).isEqualTo(Stage.NEEDS_ASSESSMENT);
        describeNeed(main);
        decide(main, "NeedsDecision", "NEEDS_ASSESSMENT", "APPROVE");
        BpmnAwareTests.assertThat(main).isWaitingAt("SupplierMobilisation");
    }

    @Test
    void aStoppedMobilisationStopsTheCaseWithoutADecision() {
        ProcessInstance main = atMobilisation();
        endStage(main, "ipt-supplier-mobilisation", "MobilisationStopped", Map.of("mobilisationOutcome", "STOPPED"));
        BpmnAwareTests.assertThat(main).isEnded().hasPassed("MobilisationStopped").hasNotPassed("MobilisationDecision");
        assertThat(storedCase().status()).isEqualTo(CaseStatus.STOPPED);
    }

    @Test
    void afterMobilisationEveryInterestedFarmIsApprovedInParallelInTheCasesTenant() {
        ProcessInstance main = atMobilisation();
        interestRegistered();
        endStage(main, "ipt-supplier-mobilisation", "ContinuedAnyway", Map.of("mobilisationOutcome", "CONTINUE_ANYWAY"));
        decide(main, "MobilisationDecision", "SUPPLIER_MOBILISATION", "APPROVE");

        BpmnAwareTests.assertThat(main).isWaitingAt("FarmApproval");
        List<ProcessInstance> approvals = processInstanceQuery().processDefinitionKey("ipt-farm-approval").list();
        assertThat(approvals).hasSize(2).allSatisfy(p -> {
            assertThat(p.getBusinessKey()).isEqualTo(CASE);
            assertThat(p.getTenantId()).isEqualTo("5006");
        });
        assertThat(approvals).extracting(p -> runtimeService().getVariable(p.getId(), "farm"))
                .containsExactlyInAnyOrder(FARM_A, FARM_B);
        assertThat(storedCase().stage()).isEqualTo(Stage.FARM_APPROVAL);
    }

    @Test
    void mobilisationSentBackIsRepeatedAndRejectedEndsTheCase() {
        ProcessInstance main = atMobilisation();
        endStage(main, "ipt-supplier-mobilisation", "MobilisedWithEnoughInterest",
                Map.of("mobilisationOutcome", "ENOUGH_INTEREST"));
        decide(main, "MobilisationDecision", "SUPPLIER_MOBILISATION", "SEND_BACK");
        BpmnAwareTests.assertThat(main).isWaitingAt("SupplierMobilisation");
        endStage(main, "ipt-supplier-mobilisation", "MobilisedWithEnoughInterest",
                Map.of("mobilisationOutcome", "ENOUGH_INTEREST"));
        decide(main, "MobilisationDecision", "SUPPLIER_MOBILISATION", "REJECT");
        BpmnAwareTests.assertThat(main).isEnded().hasPassed("CaseRejected");
        assertThat(storedCase().status()).isEqualTo(CaseStatus.REJECTED);
    }

    @Test
    void withNoInterestedFarmTheApprovalStageIsEmptyAndTheGroupDecides() {
        ProcessInstance main = atMobilisation();
        endStage(main, "ipt-supplier-mobilisation", "ContinuedAnyway", Map.of("mobilisationOutcome", "CONTINUE_ANYWAY"));
        decide(main, "MobilisationDecision", "SUPPLIER_MOBILISATION", "APPROVE");
        BpmnAwareTests.assertThat(main).isWaitingAt("ApprovalDecision");
        assertThat(storedCase().stage()).isEqualTo(Stage.FARM_APPROVAL);
        decide(main, "ApprovalDecision", "FARM_APPROVAL", "SEND_BACK");
        BpmnAwareTests.assertThat(main).isWaitingAt("ApprovalDecision");
        decide(main, "ApprovalDecision", "FARM_APPROVAL", "REJECT");
        BpmnAwareTests.assertThat(main).isEnded().hasPassed("CaseRejected");
    }

    @Test
    void theTenderGetsItsProcedureInputsFromTheSubmittedNeedsAssessment() {
        ProcessInstance main = atTender();
        ProcessInstance tender = calledProcessInstance("ipt-tender", main);
        assertThat(runtimeService().getVariables(tender.getId()))
                .containsEntry("estimatedValue", 2_100_001L)
                .containsEntry("serviceCategory", "HEALTH_AND_SOCIAL")
                .containsEntry("buyerType", "MUNICIPALITY")
                .containsEntry("procedure", "PART_I_COMPETITION");
        BpmnAwareTests.assertThat(tender).isWaitingAt("PrepareTenderDocuments");
        assertThat(storedCase().stage()).isEqualTo(Stage.TENDER);
    }

    @Test
    void aCancelledTenderStopsTheCase() {
        ProcessInstance main = atTender();
        endStage(main, "ipt-tender", "Cancelled", Map.of());
        BpmnAwareTests.assertThat(main).isEnded().hasPassed("TenderCancelled");
        assertThat(storedCase().status()).isEqualTo(CaseStatus.STOPPED);
    }

    @Test
    void anAwardedTenderStartsTheAgreementWithTheAwardAndTheFollowUpWaitsForItsRegistration() {
        ProcessInstance main = inAgreementPeriod();
        ProcessInstance agreement = calledProcessInstance("ipt-framework-agreement", main);
        assertThat(runtimeService().getVariables(agreement.getId()))
                .containsEntry("awardedFarms", FARM_A + "," + FARM_B)
                .containsEntry("tenderReference", "2026-123")
                .containsEntry("procedure", "PART_I_COMPETITION");
        assertThat(storedCase().stage()).isEqualTo(Stage.FRAMEWORK_AGREEMENT);

        // what the agreement stage's NoteAgreementNumber step sends once the agreement is registered
        runtimeService().createMessageCorrelation(CaseProgress.AGREEMENT_REGISTERED).processInstanceBusinessKey(CASE)
                .tenantId("5006").setVariable("agreementNumber", "RA-2026-001").correlateAllWithResult();
        BpmnAwareTests.assertThat(main).isWaitingAt("FrameworkAgreement", "FollowUp");
        ProcessInstance followUp = calledProcessInstance("ipt-follow-up", main);
        assertThat(runtimeService().getVariable(followUp.getId(), "agreementNumber")).isEqualTo("RA-2026-001");
        assertThat(storedCase().stage()).isEqualTo(Stage.FOLLOW_UP);
    }

    @Test
    void whenTheAgreementEndsTheFollowUpEndsWithItAndTheCaseConcludes() {
        ProcessInstance main = inAgreementPeriod();
        runtimeService().createMessageCorrelation(CaseProgress.AGREEMENT_REGISTERED).processInstanceBusinessKey(CASE)
                .setVariable("agreementNumber", "RA-2026-001").correlate();
        BpmnAwareTests.assertThat(main).isWaitingAt("FrameworkAgreement", "FollowUp");
        endStage(main, "ipt-framework-agreement", "AgreementExpired", Map.of());
        BpmnAwareTests.assertThat(main).isEnded().hasPassed("AgreementOver", "CaseConcluded");
        assertThat(processInstanceQuery().processDefinitionKey("ipt-follow-up").count()).isZero();
        assertThat(storedCase().status()).isEqualTo(CaseStatus.COMPLETED);
    }

    private static void agreementRegistered() {
        runtimeService().createMessageCorrelation(CaseProgress.AGREEMENT_REGISTERED).processInstanceBusinessKey(CASE)
                .setVariable("agreementNumber", "RA-2026-001").correlate();
    }

    @Test
    void aFollowUpDecisionToEndRequestsTerminationAndTheCaseStaysOpenUntilTheAgreementEnds() {
        ProcessInstance main = inAgreementPeriod();
        agreementRegistered();
        endStage(main, "ipt-follow-up", "FollowUpConcluded", Map.of("followUpOutcome", "END"));
        BpmnAwareTests.assertThat(main).hasPassed("RequestTermination", "FollowUpDone").isWaitingAt("FrameworkAgreement");
        assertThat(storedCase().isOpen()).isTrue();
        endStage(main, "ipt-framework-agreement", "AgreementTerminated", Map.of());
        BpmnAwareTests.assertThat(main).isEnded().hasPassed("CaseConcluded");
        assertThat(storedCase().status()).isEqualTo(CaseStatus.COMPLETED);
    }

    @Test
    void aFollowUpDecisionToReTenderGoesBackToTheTenderWhenTheAgreementEnds() {
        ProcessInstance main = inAgreementPeriod();
        agreementRegistered();
        endStage(main, "ipt-follow-up", "FollowUpConcluded", Map.of("followUpOutcome", "RETENDER"));
        BpmnAwareTests.assertThat(main).hasNotPassed("RequestTermination");
        endStage(main, "ipt-framework-agreement", "AgreementExpired", Map.of());
        BpmnAwareTests.assertThat(main).isWaitingAt("Tender");
        assertThat(runtimeService().getVariable(main.getId(), "followUpOutcome")).as("decided afresh next time").isNull();
    }

    @Test
    void aReTenderGoesBackToTheTenderStage() {
        ProcessInstance main = inAgreementPeriod();
        endStage(main, "ipt-framework-agreement", "RetenderChosen", Map.of());
        BpmnAwareTests.assertThat(main).isWaitingAt("Tender");
        assertThat(storedCase().stage()).isEqualTo(Stage.TENDER);
        assertThat(storedCase().isOpen()).isTrue();
    }
}

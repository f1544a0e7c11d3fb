package no.ipt.workflow.tender;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.tender.ComplaintOutcome;
import no.ipt.domain.tender.Procedure;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderRepository;
import no.ipt.domain.tender.TenderStatus;
import no.ipt.infrastructure.persistence.JpaTestRepositories;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.forms.TaskForm;
import no.ipt.workflow.testing.ProcessTestEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the tender model, with the real forms, beans and {@link Tender} aggregate (in the
 * test database) and the real procurement-procedure decision. Each user task is completed as the task
 * service does it: validate, complete the task with the variables, apply the form to the tender.
 */
@Deployment(resources = {TenderProcess.RESOURCE, TenderProcess.DECISION_RESOURCE,
    "processes/steering-decision/steering-decision.bpmn"})
class TenderProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    static final String CASE = "IPT-2026-00042";
    static final String FARM_A = "123456785";
    static final String FARM_B = "987654325";
    static final String REMINDER = "PT2H";

    private MovableClock clock;
    private EntityManager em;
    private TenderRepository tenders;
    private ProcurementCase procurementCase;
    private PrepareTenderDocumentsForm prepare;
    private AnnounceTenderForm announce;
    private RegisterOfferForm registerOffer;
    private QualifyOffersForm qualify;
    private ScoreOffersForm score;
    private NotifyBiddersForm notifyBidders;
    private HandleComplaintForm handleComplaint;
    private SignContractForm sign;

    @BeforeEach
    void realBeans() {
        clock = new MovableClock(at(LocalDate.of(2026, 5, 4), 9), Tender.ZONE);
        JpaTestRepositories.truncate("ipt.tender");
        em = JpaTestRepositories.entityManager();
        tenders = JpaTestRepositories.tenders(em);
        ProcessTestEngine.registerBean("tenderSettings", new TenderSettings(REMINDER));
        ProcessTestEngine.registerBean("tenderDeadlines", new TenderDeadlines(tenders, clock));
        ProcessTestEngine.registerBean("tenderSteps", new TenderSteps(tenders, clock));
        procurementCase = new ProcurementCase(new CaseNumber(CASE), "Dagplassar på gard", MunicipalityNumber.of("3303"),
                ServiceArea.HEALTH_AND_CARE, Instant.parse("2026-01-05T08:00:00Z"));
        prepare = new PrepareTenderDocumentsForm(tenders, ProcessTestEngine.get().getRuntimeService());
        announce = new AnnounceTenderForm(tenders, clock);
        registerOffer = new RegisterOfferForm(tenders, clock);
        qualify = new QualifyOffersForm(tenders, clock);
        score = new ScoreOffersForm(tenders, clock);
        notifyBidders = new NotifyBiddersForm(tenders, clock);
        handleComplaint = new HandleComplaintForm(tenders, clock);
        sign = new SignContractForm(tenders, clock);
    }

    @AfterEach
    void close() {
        em.close();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(Tender.ZONE).toInstant();
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(Tender.ZONE).toInstant());
    }

    private ProcessInstance start(long estimatedValue) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseNumber", CASE);
        variables.put("municipalityNumber", "3303");
        variables.put("estimatedValue", estimatedValue);
        variables.put("serviceCategory", "OTHER");
        variables.put("buyerType", "MUNICIPALITY");
        return runtimeService().startProcessInstanceByKey(TenderProcess.PROCESS_ID, CASE, variables);
    }

    /** Completes the open task of {@code activityId} (for {@code assignee}, if given) as the task service does. */
    private void submit(ProcessInstance instance, String activityId, String assignee, TaskForm form, Map<String, ?> values) {
        var query = taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId);
        Task open = (assignee == null ? query : query.taskAssignee(assignee)).singleResult();
        org.assertj.core.api.Assertions.assertThat(open).as("open task " + activityId).isNotNull();
        FormValues formValues = new FormValues(values);
        taskService().complete(open.getId(), form.validate(formValues));
        form.apply(procurementCase, formValues);
    }

    private void submit(ProcessInstance instance, String activityId, TaskForm form, Map<String, ?> values) {
        submit(instance, activityId, null, form, values);
    }

    /** The case's tender as stored, read back from the database. */
    private Tender tender() {
        em.clear();
        return CurrentTender.find(tenders, new CaseNumber(CASE)).orElseGet(() -> {
            List<Tender> all = tenders.findByCaseNumber(new CaseNumber(CASE));
            return all.get(all.size() - 1);
        });
    }

    private static Job timer(ProcessInstance instance, String activityId) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    }

    private static Map<String, Object> documents(String questionPeriodEnd, String offerDeadline) {
        Map<String, Object> values = new HashMap<>();
        values.put("qualificationRequirements", "Garden er godkjend i Inn på tunet\nSkatteattest");
        values.put("criterion.Kvalitet", 60);
        values.put("criterion.Pris", 40);
        values.put("questionPeriodEnd", questionPeriodEnd);
        values.put("offerDeadline", offerDeadline);
        values.put("suppliers", 1);
        return values;
    }

    /** Part III up to the open offer period: decided, prepared, registered and announced on Doffin and TED. */
    private ProcessInstance announcedPartIII() {
        ProcessInstance instance = start(2_500_000);
        assertThat(instance).isWaitingAt("PrepareTenderDocuments").variables()
                .containsEntry("procedure", "PART_III_ANBUDSKONKURRANSE").containsEntry("noticeRequired", "DOFFIN_AND_TED")
                .containsEntry("standstillDays", 10).containsEntry("procedureDecisionDate", "2026-05-04");
        assertThat(task(instance)).hasCandidateGroup("procurement-officer").hasFormKey("ipt:tender/prepare-tender-documents");
        submit(instance, "PrepareTenderDocuments", prepare, documents("2026-05-25", "2026-06-01T12:00:00+02:00"));

        assertThat(instance).isWaitingAt("RegisterTender");
        execute(job(instance));
        assertThat(instance).isWaitingAt("AnnounceTender").variables().containsEntry("tenderReference", CASE + "-T1");
        org.assertj.core.api.Assertions.assertThat(tender().procedureChoice().orElseThrow().procedure())
                .isEqualTo(Procedure.PART_III_ANBUDSKONKURRANSE);
        assertThat(task(instance)).hasCandidateGroup("procurement-officer").hasFormKey("ipt:tender/announce");
        submit(instance, "AnnounceTender", announce, Map.of("noticeReference", "2026-104242", "announcedOn", "2026-05-05"));
        org.assertj.core.api.Assertions.assertThat(tender().status()).isEqualTo(TenderStatus.ANNOUNCED);
        return instance;
    }

    /** Offers from A and B, the question period and the offer deadline pass, both are qualified, two evaluators. */
    private void offersQualified(ProcessInstance instance, LocalDate afterDeadline) {
        assertThat(instance).isWaitingAt("RegisterOffer");
        submit(instance, "RegisterOffer", registerOffer, Map.of("organisationNumber", FARM_A,
                "receivedAt", "2026-05-20T09:00:00+02:00"));
        submit(instance, "RegisterOffer", registerOffer, Map.of("organisationNumber", FARM_B,
                "receivedAt", "2026-05-21T09:00:00+02:00"));
        execute(timer(instance, "QuestionPeriodEnds"));
        assertThat(instance).hasPassed("QuestionPeriodOver").isWaitingAt("RegisterOffer");

        clock.set(at(afterDeadline, 13));
        execute(timer(instance, "OfferDeadlinePassed"));
        assertThat(instance).hasPassed("CloseOffers").isWaitingAt("QualifyOffers");
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("RegisterOffer").count()).isZero();
        submit(instance, "QualifyOffers", qualify, Map.of("decision." + FARM_A, "QUALIFIED",
                "decision." + FARM_B, "QUALIFIED", "evaluators", "anna, bjorn"));
    }

    private void scoreAll(ProcessInstance instance) {
        for (String evaluator : List.of("anna", "bjorn")) {
            submit(instance, "ScoreOffers", evaluator, score, Map.of("evaluator", evaluator,
                    "score." + FARM_A + ".Kvalitet", 6, "score." + FARM_A + ".Pris", 7,
                    "score." + FARM_B + ".Kvalitet", 9, "score." + FARM_B + ".Pris", 8));
        }
    }

    private static void steeringGroupDecides(ProcessInstance instance, String decision, Object... more) {
        assertThat(instance).isWaitingAt("AwardDecision");
        ProcessInstance called = calledProcessInstance(instance);
        assertThat(called).hasBusinessKey(CASE).variables().containsEntry("decisionStage", "TENDER")
                .containsEntry("caseNumber", CASE).containsEntry("municipalityNumber", "3303");
        complete(task(called), withVariables("decision", decision, more));
    }

    /** From the notification to the open standstill period (notified on 11 June: standstill ends 21 June). */
    private void awardedAndNotified(ProcessInstance instance) {
        scoreAll(instance);
        steeringGroupDecides(instance, "APPROVE");
        assertThat(instance).isWaitingAt("NotifyBidders").variables().containsEntry("awardedFarms", FARM_B);
        submit(instance, "NotifyBidders", notifyBidders, Map.of("notifiedOn", "2026-06-11"));
        execute(job(instance));
    }

    @Test
    void partIIIIsAnnouncedAndSignedTheDayAfterTheStandstill() {
        ProcessInstance instance = announcedPartIII();
        org.assertj.core.api.Assertions.assertThat(timer(instance, "QuestionPeriodEnds").getDuedate())
                .isEqualTo(startOf(LocalDate.of(2026, 5, 26)));
        org.assertj.core.api.Assertions.assertThat(timer(instance, "OfferDeadlinePassed").getDuedate())
                .isEqualTo(Date.from(Instant.parse("2026-06-01T10:00:00Z")));
        assertThat(task(instance)).hasFormKey("ipt:tender/register-offer")
                .hasDueDate(Date.from(Instant.parse("2026-06-01T10:00:00Z")));
        offersQualified(instance, LocalDate.of(2026, 6, 1));

        assertThat(instance).isWaitingAt("ScoreOffers");
        List<Task> scoring = taskService().createTaskQuery().processInstanceId(instance.getId()).list();
        org.assertj.core.api.Assertions.assertThat(scoring).extracting(Task::getAssignee).containsExactlyInAnyOrder("anna", "bjorn");
        assertThat(scoring.get(0)).hasFormKey("ipt:tender/score-offers");
        org.assertj.core.api.Assertions.assertThat(taskService().getIdentityLinksForTask(scoring.get(0).getId()))
                .anyMatch(link -> "evaluator".equals(link.getGroupId()) && "candidate".equals(link.getType()));
        awardedAndNotified(instance);

        assertThat(instance).isWaitingAt("StandstillEnds");
        org.assertj.core.api.Assertions.assertThat(timer(instance, "StandstillEnds").getDuedate())
                .isEqualTo(startOf(LocalDate.of(2026, 6, 22)));
        clock.set(at(LocalDate.of(2026, 6, 22), 9));
        execute(timer(instance, "StandstillEnds"));
        assertThat(instance).isWaitingAt("SignContract");
        assertThat(task(instance)).hasCandidateGroup("procurement-officer").hasFormKey("ipt:tender/sign-contract");
        submit(instance, "SignContract", sign, Map.of());

        assertThat(instance).isEnded().hasPassedInOrder("ChooseProcedure", "PrepareTenderDocuments", "AnnounceTender",
                "CloseOffers", "QualifyOffers", "ScoreOffers", "AwardDecision", "Award", "NotifyBidders", "StandstillEnds",
                "SignContract", "ContractSigned").hasNotPassed("OpenWithoutNotice", "Cancelled", "ComplaintReceived")
                .variables().containsEntry("tenderOutcome", "AWARDED").containsEntry("awardedFarms", FARM_B)
                .containsEntry("tenderReference", CASE + "-T1").containsEntry("procedure", "PART_III_ANBUDSKONKURRANSE");
        org.assertj.core.api.Assertions.assertThat(tender().status()).isEqualTo(TenderStatus.CONCLUDED);
    }

    @Test
    void aDirectPurchaseIsOpenedWithoutAnnouncementAndSignedWithoutStandstill() {
        ProcessInstance instance = start(50_000);
        assertThat(instance).isWaitingAt("PrepareTenderDocuments").variables()
                .containsEntry("procedure", "DIRECT_PURCHASE").containsEntry("standstillDays", 0);
        submit(instance, "PrepareTenderDocuments", prepare, documents("2026-05-10", "2026-05-15T12:00:00+02:00"));
        execute(job(instance));
        assertThat(instance).hasPassed("OpenWithoutNotice").hasNotPassed("AnnounceTender").isWaitingAt("RegisterOffer");
        org.assertj.core.api.Assertions.assertThat(tender().announcement().orElseThrow().noticeReference()).isEmpty();

        submit(instance, "RegisterOffer", registerOffer, Map.of("organisationNumber", FARM_A,
                "receivedAt", "2026-05-08T09:00:00+02:00"));
        execute(timer(instance, "QuestionPeriodEnds"));
        clock.set(at(LocalDate.of(2026, 5, 15), 13));
        execute(timer(instance, "OfferDeadlinePassed"));
        submit(instance, "QualifyOffers", qualify, Map.of("decision." + FARM_A, "QUALIFIED", "evaluators", "anna"));
        submit(instance, "ScoreOffers", "anna", score, Map.of("evaluator", "anna",
                "score." + FARM_A + ".Kvalitet", 8, "score." + FARM_A + ".Pris", 7));
        steeringGroupDecides(instance, "APPROVE");
        submit(instance, "NotifyBidders", notifyBidders, Map.of("notifiedOn", "2026-05-16"));
        execute(job(instance));

        assertThat(instance).hasPassed("StandstillGateway").hasNotPassed("Standstill", "StandstillEnds")
                .isWaitingAt("SignContract");
        clock.set(at(LocalDate.of(2026, 5, 16), 10));
        submit(instance, "SignContract", sign, Map.of());
        assertThat(instance).isEnded().hasPassed("ContractSigned").variables()
                .containsEntry("tenderOutcome", "AWARDED").containsEntry("awardedFarms", FARM_A)
                .containsEntry("procedure", "DIRECT_PURCHASE");
    }

    @Test
    void anUpheldComplaintDuringTheStandstillSendsTheTenderBackToEvaluation() {
        ProcessInstance instance = announcedPartIII();
        offersQualified(instance, LocalDate.of(2026, 6, 1));
        awardedAndNotified(instance);

        runtimeService().createMessageCorrelation(TenderProcess.COMPLAINT_MESSAGE).processInstanceBusinessKey(CASE)
                .setVariable("complaintText", "Prisen er feil rekna ut").setVariable("complaintReceivedOn", "2026-06-14")
                .correlate();
        assertThat(instance).hasPassed("ComplaintReceived", "RecordComplaint").isWaitingAt("HandleComplaint")
                .variables().containsEntry("complaintNumber", 1);
        org.assertj.core.api.Assertions.assertThat(timer(instance, "StandstillEnds")).isNull();
        assertThat(task(instance)).hasCandidateGroup("procurement-officer").hasFormKey("ipt:tender/handle-complaint");
        submit(instance, "HandleComplaint", handleComplaint, Map.of("complaintNumber", 1, "outcome", "UPHELD",
                "handledOn", "2026-06-15"));

        assertThat(instance).isWaitingAt("ScoreOffers");
        org.assertj.core.api.Assertions.assertThat(tender().status()).isEqualTo(TenderStatus.OFFERS_CLOSED);
        org.assertj.core.api.Assertions.assertThat(tender().complaints().get(0).outcome()).contains(ComplaintOutcome.UPHELD);
    }

    @Test
    void aDismissedComplaintLetsTheStandstillRunOutBeforeSigning() {
        ProcessInstance instance = announcedPartIII();
        offersQualified(instance, LocalDate.of(2026, 6, 1));
        awardedAndNotified(instance);
        runtimeService().createMessageCorrelation(TenderProcess.COMPLAINT_MESSAGE).processInstanceBusinessKey(CASE)
                .setVariable("complaintText", "Vi meiner kvaliteten er undervurdert")
                .setVariable("complaintReceivedOn", "2026-06-14").correlate();
        submit(instance, "HandleComplaint", handleComplaint, Map.of("complaintNumber", 1, "outcome", "DISMISSED",
                "handledOn", "2026-06-16"));

        assertThat(instance).isWaitingAt("StandstillEnds");
        org.assertj.core.api.Assertions.assertThat(timer(instance, "StandstillEnds").getDuedate())
                .isEqualTo(startOf(LocalDate.of(2026, 6, 22)));
        clock.set(at(LocalDate.of(2026, 6, 22), 9));
        execute(timer(instance, "StandstillEnds"));
        submit(instance, "SignContract", sign, Map.of());
        assertThat(instance).isEnded().hasPassed("HandleComplaint", "ContractSigned").hasNotPassed("Cancelled");
    }

    @Test
    void theSteeringGroupRejectsTheAwardAndTheTenderIsCancelled() {
        ProcessInstance instance = announcedPartIII();
        offersQualified(instance, LocalDate.of(2026, 6, 1));
        scoreAll(instance);
        steeringGroupDecides(instance, "REJECT", "decisionComment", "Budsjettet er kutta");

        assertThat(instance).isEnded().hasPassed("CancelRejected", "Cancelled").hasNotPassed("Award")
                .variables().containsEntry("tenderOutcome", "CANCELLED");
        org.assertj.core.api.Assertions.assertThat(tender().status()).isEqualTo(TenderStatus.CANCELLED);
        org.assertj.core.api.Assertions.assertThat(tender().cancellationReason()).contains("Budsjettet er kutta");
    }

    @Test
    void theSteeringGroupSendsTheScoresBackAndApprovesTheSecondRound() {
        ProcessInstance instance = announcedPartIII();
        offersQualified(instance, LocalDate.of(2026, 6, 1));
        scoreAll(instance);
        steeringGroupDecides(instance, "SEND_BACK", "decisionComment", "Grunngi poenga for pris");

        assertThat(instance).isWaitingAt("ScoreOffers");
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("ScoreOffers").count()).isEqualTo(2);
        scoreAll(instance);
        steeringGroupDecides(instance, "APPROVE");
        assertThat(instance).isWaitingAt("NotifyBidders");
    }

    @Test
    void withNoQualifiedOfferTheTenderIsCancelled() {
        ProcessInstance instance = announcedPartIII();
        submit(instance, "RegisterOffer", registerOffer, Map.of("organisationNumber", FARM_A,
                "receivedAt", "2026-05-20T09:00:00+02:00"));
        clock.set(at(LocalDate.of(2026, 6, 2), 9));
        execute(timer(instance, "OfferDeadlinePassed"));
        submit(instance, "QualifyOffers", qualify, Map.of("decision." + FARM_A, "REJECTED",
                "reason." + FARM_A, "Garden er ikkje godkjend", "evaluators", "anna"));
        assertThat(instance).isWaitingAt("CancelNoQualifiedOffers");
        execute(job(instance));

        assertThat(instance).isEnded().hasPassed("CancelNoQualifiedOffers", "Cancelled").hasNotPassed("ScoreOffers")
                .variables().containsEntry("tenderOutcome", "CANCELLED");
        org.assertj.core.api.Assertions.assertThat(tender().status()).isEqualTo(TenderStatus.CANCELLED);
    }

    @Test
    void correctedInputsAreDecidedAgainBeforeAnythingIsStored() {
        ProcessInstance instance = start(2_500_000);
        Map<String, Object> corrected = documents("2026-05-10", "2026-05-15T12:00:00+02:00");
        corrected.put("estimatedValue", 80_000);
        submit(instance, "PrepareTenderDocuments", prepare, corrected);

        assertThat(instance).isWaitingAt("PrepareTenderDocuments").variables()
                .containsEntry("procedure", "DIRECT_PURCHASE").containsEntry("estimatedValue", 80_000L);
        em.clear();
        org.assertj.core.api.Assertions.assertThat(tenders.findByCaseNumber(new CaseNumber(CASE))).isEmpty();
        submit(instance, "PrepareTenderDocuments", prepare, documents("2026-05-10", "2026-05-15T12:00:00+02:00"));
        execute(job(instance));
        assertThat(instance).hasPassed("OpenWithoutNotice").isWaitingAt("RegisterOffer");
        org.assertj.core.api.Assertions.assertThat(tender().estimatedValue().amount()).isEqualByComparingTo("80000");
    }

    @Test
    void unpreparedDocumentsAreEscalatedWhenTheReminderFires() {
        ProcessInstance instance = start(2_500_000);
        Job reminder = timer(instance, "PrepareOverdue");
        org.assertj.core.api.Assertions.assertThat(reminder.getDuedate()).isInSameHourWindowAs(
                Date.from(Instant.now().plus(java.time.Duration.parse(REMINDER))));
        execute(reminder);
        assertThat(instance).hasPassed("EscalatePrepare", "PrepareEscalated").isWaitingAt("PrepareTenderDocuments");
        assertThat(task(instance)).hasCandidateGroup("project-lead");
    }

    @Test
    void theContractCannotBeSignedBeforeTheStandstillIsOver() {
        ProcessInstance instance = announcedPartIII();
        offersQualified(instance, LocalDate.of(2026, 6, 1));
        awardedAndNotified(instance);
        clock.set(at(LocalDate.of(2026, 6, 21), 9));
        assertThatThrownBy(() -> sign.apply(procurementCase, new FormValues(Map.of())))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("2026-06-22");
        org.assertj.core.api.Assertions.assertThat(ZonedDateTime.ofInstant(clock.instant(), Tender.ZONE).getDayOfMonth()).isEqualTo(21);
    }
}

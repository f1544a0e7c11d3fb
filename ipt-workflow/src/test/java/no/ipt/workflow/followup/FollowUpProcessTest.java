package no.ipt.workflow.followup;

import static no.ipt.workflow.agreement.AgreementTestData.continueAt;
import static no.ipt.workflow.agreement.AgreementTestData.form;
import static no.ipt.workflow.agreement.AgreementTestData.timerAt;
import static no.ipt.workflow.agreement.AgreementTestData.today;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import no.ipt.domain.agreement.AgreementNumber;
import no.ipt.domain.agreement.AgreementSupplier;
import no.ipt.domain.agreement.CallOffRule;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.agreement.TermLimit;
import no.ipt.domain.followup.FollowUp;
import no.ipt.domain.followup.FollowUpRepository;
import no.ipt.domain.followup.Outcome;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Period;
import no.ipt.infrastructure.persistence.JpaTestRepositories;
import no.ipt.workflow.agreement.AgreementDates;
import no.ipt.workflow.agreement.AgreementTestData;
import no.ipt.workflow.engine.LifecycleModels;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.forms.TaskForm;
import no.ipt.workflow.testing.ProcessTestEngine;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the follow-up model, with the real forms and the real aggregates in the test
 * database: the test does what {@code TaskApplicationService.complete} does – validate, complete the
 * task with the variables, apply the form – and then runs the jobs the engine left.
 */
@Deployment(resources = {"processes/follow-up/follow-up.bpmn", "processes/steering-decision/steering-decision.bpmn"})
class FollowUpProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    static final String MEETING_CYCLE = "R/P3M";
    static final String EVALUATION_AFTER = "P12M";

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 10 + 5);

    private static EntityManager em;
    private static FrameworkAgreementRepository agreements;
    private static FollowUpRepository followUps;
    private static FollowUpSettings settings;

    private CaseNumber caseNumber;
    private AgreementNumber agreementNumber;
    private ProcurementCase procurementCase;

    @BeforeAll
    static void connect() {
        em = JpaTestRepositories.entityManager();
        agreements = JpaTestRepositories.frameworkAgreements(em);
        followUps = JpaTestRepositories.followUps(em);
        settings = new FollowUpSettings(MEETING_CYCLE, EVALUATION_AFTER, "P14D");
        ProcessTestEngine.registerBean("followUpSettings", settings);
        ProcessTestEngine.registerBean("followUpSchedule", new FollowUpSchedule(followUps, settings));
    }

    @AfterAll
    static void close() {
        em.close();
    }

    @BeforeEach
    void agreementInForce() {
        em.clear();
        caseNumber = CaseNumber.of(2026, SEQUENCE.incrementAndGet());
        agreementNumber = AgreementNumber.of(caseNumber, 1);
        procurementCase = AgreementTestData.procurementCase(caseNumber);
        agreements.store(new FrameworkAgreement(agreementNumber, AgreementTestData.KONGSBERG, ServiceArea.HEALTH_AND_CARE,
                Period.of(today().minusMonths(6), today().plusYears(1)), List.of(), TermLimit.maximum(4, "FOA § 26-1 (4)"),
                CallOffRule.RANKING, List.of(new AgreementSupplier(OrganisationNumber.of(AgreementTestData.FIRST), 1,
                        Money.nok(1250), 4))));
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(LifecycleModels.FOLLOW_UP_PROCESS, caseNumber.value(),
                Map.of("caseNumber", caseNumber.value(), "municipalityNumber", "3303",
                        "agreementNumber", agreementNumber.value()));
    }

    private void submit(Task task, TaskForm form, Map<String, ?> submitted) {
        AgreementTestData.submit(task, form, procurementCase, submitted);
    }

    private FollowUp followUp() {
        em.clear();
        return followUps.find(agreementNumber).orElseThrow();
    }

    private static Date inMonths(int months) {
        return Date.from(ZonedDateTime.now().plusMonths(months).toInstant());
    }

    private List<Task> tasks(ProcessInstance instance, String taskDefinitionKey) {
        return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskDefinitionKey).list();
    }

    private HoldMeetingForm meetingForm() {
        return new HoldMeetingForm(agreements, followUps, settings);
    }

    private EvaluateServiceForm evaluateForm() {
        return new EvaluateServiceForm(agreements, followUps, settings);
    }

    private DecideOutcomeForm decideForm() {
        return new DecideOutcomeForm(agreements, followUps, settings);
    }

    /** Evaluates, lets the steering group decide and asserts the project lead's task. */
    private Task single(ProcessInstance instance, String taskDefinitionKey) {
        List<Task> found = tasks(instance, taskDefinitionKey);
        Assertions.assertThat(found).hasSize(1);
        return found.get(0);
    }

    private void evaluateAndLetTheSteeringGroupDecide(ProcessInstance instance, String decision) {
        assertThat(instance).isWaitingAt("EvaluateService");
        Task evaluate = single(instance, "EvaluateService");
        assertThat(evaluate).hasCandidateGroup("procurement-officer").hasFormKey("ipt:follow-up/evaluate-service");
        Assertions.assertThat(evaluate.getDueDate()).isNotNull();
        submit(evaluate, evaluateForm(), Map.of("currentCostPerPlacePerDay", "1480.00",
                "notes", "Billegare enn dagsenteret og betre nøgde brukarar"));

        assertThat(instance).isWaitingAt("SteeringGroupDecision");
        ProcessInstance decisionPoint = runtimeService().createProcessInstanceQuery().superProcessInstanceId(instance.getId())
                .singleResult();
        assertThat(decisionPoint).hasBusinessKey(caseNumber.value()).variables().containsEntry("decisionStage", "FOLLOW_UP")
                .containsEntry("caseNumber", caseNumber.value()).containsEntry("municipalityNumber", "3303");
        complete(task(decisionPoint), withVariables("decision", decision));
    }

    private void decide(ProcessInstance instance, Outcome outcome) {
        assertThat(instance).isWaitingAt("DecideOutcome");
        Task decide = single(instance, "DecideOutcome");
        assertThat(decide).hasCandidateGroup("project-lead").hasFormKey("ipt:follow-up/decide-outcome");
        Assertions.assertThat(decide.getDueDate()).isNotNull();
        submit(decide, decideForm(), Map.of("outcome", outcome.name(), "reason", "Vurdert i styringsgruppa"));
    }

    @Test
    void meetingsAreHeldOnEveryFiringOfTheTimerCycle() {
        ProcessInstance instance = start();
        Job first = timerAt(instance, "MeetingDue");
        Assertions.assertThat(first.getDuedate()).isInSameDayAs(inMonths(3));
        execute(first);
        Job second = timerAt(instance, "MeetingDue");
        Assertions.assertThat(second.getDuedate()).isInSameDayAs(inMonths(3));
        execute(second);

        List<Task> meetings = tasks(instance, "HoldMeeting");
        Assertions.assertThat(meetings).hasSize(2);
        assertThat(meetings.get(0)).hasCandidateGroup("procurement-officer").hasFormKey("ipt:follow-up/hold-meeting");
        Assertions.assertThat(meetings.get(0).getDueDate()).isNotNull();
        Assertions.assertThat(timerAt(instance, "MeetingDue")).isNotNull();

        LocalDate quarterStart = today().minusMonths(3);
        Map<String, Object> meeting = new HashMap<>(Map.of("meetingDate", today().toString(),
                "attendees", "PROCUREMENT_OFFICER, PROVIDER,USER_REPRESENTATIVE", "notes", "Gode tilbakemeldingar",
                "periodStart", quarterStart.toString(), "periodEnd", today().minusDays(1).toString(),
                "placesCalledOff", 9, "placesUsed", 7));
        meeting.put("respondents", 6);
        meeting.put("meanScore", "5.2");
        submit(meetings.get(0), meetingForm(), meeting);

        // four respondents could reveal who said what: the follow-up refuses, the completion is rolled back
        FormValues tooFew = form(Map.of("meetingDate", today().plusDays(1).toString(), "attendees", "PROVIDER",
                "periodStart", today().toString(), "periodEnd", today().plusDays(1).toString(),
                "respondents", 4, "meanScore", "4"));
        meetingForm().validate(tooFew);
        assertThatThrownBy(() -> meetingForm().apply(procurementCase, tooFew))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("5");
        em.clear(); // what the rollback does to the half-applied aggregate
        submit(meetings.get(1), meetingForm(), Map.of("meetingDate", today().plusDays(1).toString(), "attendees", "PROVIDER"));

        FollowUp followUp = followUp();
        Assertions.assertThat(followUp.meetings()).hasSize(2);
        Assertions.assertThat(followUp.meetingCycle()).isEqualTo(java.time.Period.ofMonths(3));
        Assertions.assertThat(followUp.overallUtilisationPercentage()).contains(new java.math.BigDecimal("77.8"));
        Assertions.assertThat(followUp.satisfaction()).hasSize(1);
        assertThat(instance).isWaitingAt("EvaluationTrigger").hasPassed("MeetingHeld");
    }

    @Test
    void anOverdueCorrectiveActionIsEscalatedAndTheDeviationIsFollowedUpUntilItCloses() {
        ProcessInstance instance = start();
        runtimeService().correlateMessage("ReportDeviation", caseNumber.value());
        Task report = tasks(instance, "ReportDeviation").get(0);
        assertThat(report).hasCandidateGroup("procurement-officer").hasFormKey("ipt:follow-up/report-deviation");
        Assertions.assertThat(report.getDueDate()).isNotNull();
        LocalDate deadline = today().minusDays(3);
        submit(report, new ReportDeviationForm(agreements, followUps, settings), Map.of(
                "reportedOn", today().minusDays(10).toString(), "category", "TRANSPORT", "severity", "MEDIUM",
                "description", "Skyssen kom ikkje tre dagar på rad",
                "actions.1.description", "Ny avtale med drosjeselskapet", "actions.1.deadline", deadline.toString(),
                "actions.2.description", "Varsle pårørande ved forseinking", "actions.2.deadline", today().plusDays(20).toString()));

        continueAt(instance, "NoteDeviation");
        continueAt(instance, "FollowUpCorrectiveActions");
        Task actions = tasks(instance, "FollowUpCorrectiveActions").get(0);
        assertThat(actions).hasCandidateGroup("procurement-officer").hasFormKey("ipt:follow-up/corrective-actions");
        Assertions.assertThat(runtimeService().getVariable(actions.getExecutionId(), "deviationNumber")).isEqualTo(1);
        Assertions.assertThat(actions.getDueDate()).isEqualTo(AgreementDates.startOf(deadline.plusDays(1)));

        Job overdue = timerAt(instance, "CorrectiveActionOverdue");
        Assertions.assertThat(overdue.getDuedate()).isEqualTo(AgreementDates.startOf(deadline.plusDays(1)));
        execute(overdue);
        assertThat(instance).hasPassed("EscalateOverdueAction", "OverdueActionEscalated");
        actions = tasks(instance, "FollowUpCorrectiveActions").get(0);
        assertThat(actions).hasCandidateGroup("project-lead");
        Assertions.assertThat(actions.getPriority()).isEqualTo(80);

        CorrectiveActionsForm form = new CorrectiveActionsForm(agreements, followUps, settings);
        submit(actions, form, Map.of("deviationNumber", 1, "doneActions", "1", "doneOn", today().toString()));
        continueAt(instance, "FollowUpCorrectiveActions");
        // the next open action's deadline now drives the escalation
        Assertions.assertThat(timerAt(instance, "CorrectiveActionOverdue").getDuedate())
                .isEqualTo(AgreementDates.startOf(today().plusDays(21)));

        submit(tasks(instance, "FollowUpCorrectiveActions").get(0), form, Map.of("deviationNumber", 1, "doneActions", "2",
                "doneOn", today().toString()));
        continueAt(instance, "FollowUpCorrectiveActions");
        // all done but still open: escalated if not closed within the close reminder
        Assertions.assertThat(timerAt(instance, "CorrectiveActionOverdue").getDuedate())
                .isEqualTo(AgreementDates.startOf(today().plusDays(14)));

        submit(tasks(instance, "FollowUpCorrectiveActions").get(0), form, Map.of("deviationNumber", 1,
                "closeDeviation", "true", "closedOn", today().toString()));
        assertThat(instance).hasPassed("DeviationClosed").isWaitingAt("EvaluationTrigger");
        Assertions.assertThat(timerAt(instance, "CorrectiveActionOverdue")).isNull();
        Assertions.assertThat(followUp().deviation(1).isClosed()).isTrue();
    }

    @Test
    void theEvaluationFallsDueContinuesThenIsRequestedSentBackRejectedAndTheFollowUpEnds() {
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt("EvaluationTrigger");
        Job evaluationDue = timerAt(instance, "EvaluationDue");
        Assertions.assertThat(evaluationDue.getDuedate()).isInSameDayAs(inMonths(12));
        execute(evaluationDue);

        evaluateAndLetTheSteeringGroupDecide(instance, "APPROVE");
        decide(instance, Outcome.CONTINUE);
        assertThat(instance).isWaitingAt("EvaluationTrigger").variables().containsEntry("followUpOutcome", "CONTINUE");
        Assertions.assertThat(timerAt(instance, "EvaluationDue").getDuedate()).isInSameDayAs(inMonths(12));

        runtimeService().correlateMessage("EvaluateFollowUp", caseNumber.value());
        evaluateAndLetTheSteeringGroupDecide(instance, "SEND_BACK");
        evaluateAndLetTheSteeringGroupDecide(instance, "REJECT");
        decide(instance, Outcome.END);

        assertThat(instance).isEnded().hasPassed("Concluded", "FollowUpConcluded")
                .variables().containsEntry("followUpOutcome", "END");
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
        Assertions.assertThat(followUp().decisions()).extracting(d -> d.outcome()).containsExactly(Outcome.CONTINUE, Outcome.END);
        Assertions.assertThat(followUp().evaluation().orElseThrow().agreementIsCheaper()).isTrue();
    }

    @Test
    void extendEndsTheFollowUpWithExtend() {
        concludeWith(Outcome.EXTEND);
    }

    @Test
    void reTenderEndsTheFollowUpWithRetender() {
        concludeWith(Outcome.RETENDER);
    }

    private void concludeWith(Outcome outcome) {
        ProcessInstance instance = start();
        runtimeService().correlateMessage("EvaluateFollowUp", caseNumber.value());
        execute(timerAt(instance, "MeetingDue"));
        evaluateAndLetTheSteeringGroupDecide(instance, "APPROVE");
        decide(instance, outcome);
        assertThat(instance).isEnded().hasPassed("Concluded").variables().containsEntry("followUpOutcome", outcome.name());
        // the open meeting task ends with the follow-up
        Assertions.assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
        Assertions.assertThat(followUp().isConcluded()).isEqualTo(outcome.isFinal());
    }

    @Test
    void aDecisionWithoutEvaluationIsRefusedByTheFollowUp() {
        FormValues values = form(Map.of("outcome", "CONTINUE", "reason", "Ingen grunn"));
        decideForm().validate(values);
        assertThatThrownBy(() -> decideForm().apply(procurementCase, values))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Evaluate");
    }
}

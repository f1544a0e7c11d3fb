package no.ipt.workflow.agreement;

import static no.ipt.workflow.agreement.AgreementTestData.FIRST;
import static no.ipt.workflow.agreement.AgreementTestData.continueAt;
import static no.ipt.workflow.agreement.AgreementTestData.form;
import static no.ipt.workflow.agreement.AgreementTestData.timerAt;
import static no.ipt.workflow.agreement.AgreementTestData.registration;
import static no.ipt.workflow.agreement.AgreementTestData.today;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import no.ipt.domain.agreement.AgreementNumber;
import no.ipt.domain.agreement.AgreementStatus;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.tender.BuyerType;
import no.ipt.domain.tender.NoticeRequirement;
import no.ipt.domain.tender.Procedure;
import no.ipt.domain.tender.ProcedureChoice;
import no.ipt.domain.tender.ServiceCategory;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderReference;
import no.ipt.domain.tender.TenderRepository;
import no.ipt.domain.shared.Money;
import no.ipt.infrastructure.persistence.JpaTestRepositories;
import no.ipt.workflow.engine.LifecycleModels;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.forms.TaskForm;
import no.ipt.workflow.testing.ProcessTestEngine;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
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
 * Every path of the framework-agreement model, with the real forms and the real aggregate in the
 * test database: the test does what {@code TaskApplicationService.complete} does – validate, complete
 * the task with the variables, apply the form – and then runs the jobs the engine left.
 */
@Deployment(resources = "processes/framework-agreement/framework-agreement.bpmn")
class FrameworkAgreementProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 10);

    private static EntityManager em;
    private static FrameworkAgreementRepository agreements;
    private static TenderRepository tenders;

    private CaseNumber caseNumber;
    private ProcurementCase procurementCase;
    private RegisterAgreementForm registerForm;
    private PlaceCallOffForm callOffForm;
    private ExtendOrRetenderForm renewalForm;
    private TerminateAgreementForm terminateForm;

    @BeforeAll
    static void connect() {
        em = JpaTestRepositories.entityManager();
        agreements = JpaTestRepositories.frameworkAgreements(em);
        tenders = JpaTestRepositories.tenders(em);
        ProcessTestEngine.registerBean("frameworkAgreementSettings", AgreementTestData.settings());
        ProcessTestEngine.registerBean("frameworkAgreementSchedule",
                new FrameworkAgreementSchedule(agreements, AgreementTestData.settings()));
    }

    @AfterAll
    static void close() {
        em.close();
    }

    @BeforeEach
    void newCase() {
        em.clear();
        caseNumber = CaseNumber.of(2026, SEQUENCE.incrementAndGet());
        procurementCase = AgreementTestData.procurementCase(caseNumber);
        registerForm = new RegisterAgreementForm(agreements, tenders, AgreementTestData.settings());
        callOffForm = new PlaceCallOffForm(agreements);
        renewalForm = new ExtendOrRetenderForm(agreements);
        terminateForm = new TerminateAgreementForm(agreements);
    }

    private ProcessInstance start(Integer maxFrameworkYears) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseNumber", caseNumber.value());
        variables.put("municipalityNumber", "3303");
        variables.put("awardedFarms", List.of(FIRST, AgreementTestData.SECOND));
        variables.put("tenderReference", caseNumber.value() + "-T1");
        variables.put("procedure", "PART_III_ANBUDSKONKURRANSE");
        variables.put("maxFrameworkYears", maxFrameworkYears);
        return runtimeService().startProcessInstanceByKey(LifecycleModels.FRAMEWORK_AGREEMENT_PROCESS,
                caseNumber.value(), variables);
    }

    private void submit(Task task, TaskForm form, Map<String, ?> submitted) {
        AgreementTestData.submit(task, form, procurementCase, submitted);
    }

    private static void assertDueOn(Job job, LocalDate day) {
        Assertions.assertThat(job).isNotNull();
        Assertions.assertThat(job.getDuedate()).isEqualTo(AgreementDates.startOf(day));
    }

    private FrameworkAgreement agreement() {
        em.clear();
        return agreements.find(AgreementNumber.of(caseNumber, 1)).orElseThrow();
    }

    private void storeTender(Integer maxFrameworkYears) {
        Tender tender = new Tender(TenderReference.of(caseNumber, 1), AgreementTestData.KONGSBERG, BuyerType.MUNICIPALITY,
                ServiceCategory.HEALTH_AND_SOCIAL, Money.nok(9_000_000));
        tender.chooseProcedure(new ProcedureChoice(Procedure.PART_III_ANBUDSKONKURRANSE, NoticeRequirement.DOFFIN_AND_TED,
                10, maxFrameworkYears, false, today()));
        tenders.store(tender);
    }

    /** Registers through the form and runs the continuation that notes the agreement number. */
    private void register(ProcessInstance instance, LocalDate start, LocalDate end, String rule, int... optionMonths) {
        storeTender(4);
        assertThat(instance).isWaitingAt("RegisterAgreement");
        assertThat(task(instance)).hasCandidateGroup("procurement-officer")
                .hasFormKey("ipt:framework-agreement/register-agreement");
        Assertions.assertThat(task(instance).getDueDate()).isInSameDayAs(Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(14))));
        submit(task(instance), registerForm, registration(start, end, rule, optionMonths));
        continueAt(instance, "NoteAgreementNumber");
        continueAt(instance, "ExpiryNoticeDue");
        assertThat(instance).variables().containsEntry("agreementNumber", caseNumber.value() + "-A1")
                .containsEntry("callOffRule", rule);
    }

    @Test
    void theTermLimitComesFromTheProcedureDecisionAndTheSettings() {
        ProcessInstance binding = start(4);
        assertThat(binding).variables().containsEntry("termLimit", "at most 4 years, FOA § 26-1 (4)");
        ProcessInstance none = start(null);
        assertThat(none).variables().containsEntry("termLimit",
                "no maximum (warn above 4 years), Ingen fast grense (FOA del I)");
    }

    @Test
    void theOfficerLetsTheAgreementRunOutAndItExpiresTheDayAfterItsEnd() {
        ProcessInstance instance = start(4);
        LocalDate end = today().minusDays(1);
        register(instance, end.minusYears(2).plusDays(1), end, "RANKING");

        assertThat(instance).isWaitingAt("ExpiryNoticeDue");
        assertDueOn(timerAt(instance, "ExpiryNoticeDue"), end.minusMonths(3));
        execute(timerAt(instance, "ExpiryNoticeDue"));

        assertThat(instance).isWaitingAt("ExtendOrRetender");
        assertThat(task(instance)).hasCandidateGroup("procurement-officer")
                .hasFormKey("ipt:framework-agreement/extend-or-retender");
        Assertions.assertThat(task(instance).getDueDate()).isNotNull();
        submit(task(instance), renewalForm, Map.of("renewal", "LET_EXPIRE"));

        assertThat(instance).isWaitingAt("AgreementEnds");
        assertDueOn(timerAt(instance, "AgreementEnds"), end.plusDays(1));
        execute(timerAt(instance, "AgreementEnds"));

        assertThat(instance).isEnded().hasPassedInOrder("RegisterAgreement", "NoteAgreementNumber", "ExpiryNoticeDue",
                        "ExtendOrRetender", "AgreementEnds", "ExpireAgreement", "AgreementExpired", "AgreementEnded")
                .variables().containsEntry("agreementOutcome", "EXPIRED");
        Assertions.assertThat(agreement().status()).isEqualTo(AgreementStatus.EXPIRED);
    }

    @Test
    void extendingMovesTheNoticeUntilNoOptionIsLeftThenTheOfficerReTenders() {
        ProcessInstance instance = start(4);
        LocalDate end = today().plusYears(1);
        register(instance, today().minusMonths(6), end, "RANKING", 12);
        assertDueOn(timerAt(instance, "ExpiryNoticeDue"), end.minusMonths(3));
        execute(timerAt(instance, "ExpiryNoticeDue"));

        submit(task(instance), renewalForm, Map.of("renewal", "EXTEND", "comment", "Godt nøgde brukarar"));
        // the new notice date is computed after the option was exercised
        continueAt(instance, "ExpiryNoticeDue");
        LocalDate extendedEnd = end.plusDays(1).plusMonths(12).minusDays(1);
        Assertions.assertThat(agreement().currentEnd()).isEqualTo(extendedEnd);
        assertDueOn(timerAt(instance, "ExpiryNoticeDue"), extendedEnd.minusMonths(3));
        execute(timerAt(instance, "ExpiryNoticeDue"));

        // no option left: the agreement refuses, which rolls the completion back – the task stays
        Task renewal = task(instance);
        FormValues extend = form(Map.of("renewal", "EXTEND"));
        renewalForm.validate(extend);
        assertThatThrownBy(() -> renewalForm.apply(procurementCase, extend))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("no option left");
        assertThat(instance).isWaitingAt("ExtendOrRetender");

        submit(renewal, renewalForm, Map.of("renewal", "RETENDER"));
        assertThat(instance).isEnded().hasPassed("RetenderChosen").hasNotPassed("AgreementExpired")
                .variables().containsEntry("agreementOutcome", "RETENDER");
        Assertions.assertThat(agreement().status()).isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void theOfficerReTendersAtTheFirstNotice() {
        ProcessInstance instance = start(4);
        register(instance, today().minusMonths(6), today().plusYears(1), "ROTATION");
        execute(timerAt(instance, "ExpiryNoticeDue"));
        submit(task(instance), renewalForm, Map.of("renewal", "RETENDER"));
        assertThat(instance).isEnded().hasPassed("RetenderChosen").variables()
                .containsEntry("agreementOutcome", "RETENDER");
    }

    @Test
    void callOffsArePlacedAnyNumberOfTimesWhileTheAgreementIsInForce() {
        ProcessInstance instance = start(4);
        register(instance, today().minusMonths(6), today().plusYears(1), "RANKING");
        LocalDate monday = today().with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));

        runtimeService().correlateMessage("PlaceCallOff", caseNumber.value());
        runtimeService().correlateMessage("PlaceCallOff", caseNumber.value());
        List<Task> callOffs = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey("PlaceCallOff").list();
        Assertions.assertThat(callOffs).hasSize(2);
        assertThat(callOffs.get(0)).hasCandidateGroup("procurement-officer")
                .hasFormKey("ipt:framework-agreement/place-call-off");
        Assertions.assertThat(callOffs.get(0).getDueDate()).isNotNull();
        assertThat(instance).isWaitingAt("ExpiryNoticeDue", "PlaceCallOff");

        Map<String, Object> threePlaces = Map.of("periodStart", monday.toString(),
                "periodEnd", monday.plusWeeks(4).minusDays(3).toString(), "places", 3, "daysPerWeek", 3);
        submit(callOffs.get(0), callOffForm, threePlaces);
        submit(callOffs.get(1), callOffForm, threePlaces);

        FrameworkAgreement agreement = agreement();
        Assertions.assertThat(agreement.callOffs()).extracting(c -> c.supplier().value())
                .containsExactly(FIRST, AgreementTestData.SECOND);
        Assertions.assertThat(agreement.callOffs().get(0).deliveryDays()).isEqualTo(12);
        assertThat(instance).isWaitingAt("ExpiryNoticeDue").hasPassed("CallOffPlaced");
        Assertions.assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void theAgreementIsTerminatedOnRequestAndNoCallOffCanBePlacedAfterwards() {
        ProcessInstance instance = start(4);
        register(instance, today().minusMonths(6), today().plusYears(1), "MINI_COMPETITION");
        runtimeService().correlateMessage("PlaceCallOff", caseNumber.value());

        runtimeService().correlateMessage("TerminateAgreement", caseNumber.value());
        assertThat(instance).isWaitingAt("TerminateAgreement");
        assertThat(task(instance)).hasCandidateGroup("procurement-officer")
                .hasFormKey("ipt:framework-agreement/terminate-agreement");
        Assertions.assertThat(task(instance).getDueDate()).isNotNull();
        Assertions.assertThat(timerAt(instance, "ExpiryNoticeDue")).isNull();

        submit(task(instance), terminateForm, Map.of("terminationDate", today().toString(),
                "reason", "Gården har lagt ned drifta"));
        assertThat(instance).isEnded().hasPassed("AgreementTerminated").hasNotPassed("AgreementEnded")
                .variables().containsEntry("agreementOutcome", "TERMINATED");
        Assertions.assertThat(agreement().status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThatThrownBy(() -> runtimeService().correlateMessage("PlaceCallOff", caseNumber.value()))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
    }

    @Test
    void noCallOffBeforeTheAgreementIsRegistered() {
        start(4);
        assertThatThrownBy(() -> runtimeService().correlateMessage("PlaceCallOff", caseNumber.value()))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
    }

    @Test
    void anUnregisteredAgreementIsEscalatedWhenItsReminderFires() {
        ProcessInstance instance = start(4);
        Job reminder = timerAt(instance, "RegisterAgreementOverdue");
        Assertions.assertThat(reminder.getDuedate()).isInSameHourWindowAs(
                Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(14))));
        execute(reminder);
        assertThat(instance).isWaitingAt("RegisterAgreement").hasPassed("EscalateRegisterAgreement",
                "RegisterAgreementEscalated");
        assertThat(task(instance)).hasCandidateGroup("procurement-officer").hasCandidateGroup("project-lead");
    }

    @Test
    void anUndecidedRenewalIsEscalatedWhenItsReminderFires() {
        ProcessInstance instance = start(4);
        register(instance, today().minusMonths(6), today().plusYears(1), "RANKING");
        execute(timerAt(instance, "ExpiryNoticeDue"));
        Job reminder = timerAt(instance, "ExtendOrRetenderOverdue");
        Assertions.assertThat(reminder.getDuedate()).isInSameHourWindowAs(
                Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(30))));
        execute(reminder);
        assertThat(instance).isWaitingAt("ExtendOrRetender").hasPassed("EscalateExtendOrRetender");
        assertThat(task(instance)).hasCandidateGroup("project-lead");
        Assertions.assertThat(task(instance).getPriority()).isEqualTo(80);
    }

    @Test
    void registeringTwiceIsRefusedAndTheTermLimitComesFromTheTender() {
        storeTender(null);
        LocalDate start = today();
        registerForm.apply(procurementCase, form(registration(start, start.plusYears(5).minusDays(1), "RANKING")));
        FrameworkAgreement agreement = agreement();
        Assertions.assertThat(agreement.termLimit().isBinding()).isFalse();
        Assertions.assertThat(agreement.termWarnings()).hasSize(1);
        Assertions.assertThat(agreement.supplier(OrganisationNumber.of(FIRST)).rank()).isEqualTo(1);

        assertThatThrownBy(() -> registerForm.apply(procurementCase, form(registration(start, start.plusYears(1), "RANKING"))))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("already has the active agreement");
    }

    @Test
    void registeringWithoutAProcedureDecisionIsRefused() {
        assertThatThrownBy(() -> registerForm.apply(procurementCase, form(registration(today(), today().plusYears(1), "RANKING"))))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("no tender with a chosen procedure");
    }
}

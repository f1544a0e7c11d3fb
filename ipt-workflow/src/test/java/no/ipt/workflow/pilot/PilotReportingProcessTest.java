package no.ipt.workflow.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.ipt.domain.pilot.Pilot;
import no.ipt.domain.pilot.PilotRepository;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.Period;
import no.ipt.infrastructure.persistence.JpaTestRepositories;
import no.ipt.workflow.testing.ProcessTestEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reporting of a pilot: a task a lead time before each report, the schedule re-read on change, the end after the final report. */
@Deployment(resources = "processes/pilot-reporting/pilot-reporting.bpmn")
class PilotReportingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private EntityManager em;
    private PilotRepository pilots;
    private Pilot pilot;

    @BeforeEach
    void aRunningPilot() {
        JpaTestRepositories.truncate("ipt.pilot");
        em = JpaTestRepositories.entityManager();
        pilots = JpaTestRepositories.pilots(em);
        pilot = Pilot.running("IPT-løftet 2 Testfylket", "Vestland", ServiceArea.HEALTH_AND_CARE,
                Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)), "Ragna Flotve",
                List.of(MunicipalityNumber.of("4613"), MunicipalityNumber.of("4649")));
        pilots.store(pilot);
        ProcessTestEngine.registerBean("pilotReports", new PilotReports(pilots, "P14D",
                Clock.fixed(TODAY.atStartOfDay(OSLO).toInstant(), OSLO)));
    }

    @AfterEach
    void close() {
        em.close();
    }

    private ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PilotReports.PROCESS,
                PilotReports.businessKey(pilot), Map.of("pilotId", pilot.id(), "municipalityNumber", "4613"));
        execute(job(instance)); // the asynchronous gateway
        return instance;
    }

    private void change(Runnable onPilot) {
        em.clear();
        pilot = pilots.findById(pilot.id()).orElseThrow();
        onPilot.run();
        pilots.store(pilot);
    }

    private static void notifyChange(ProcessInstance instance) {
        runtimeService().createMessageCorrelation(PilotReports.CHANGED_MESSAGE)
                .processInstanceBusinessKey(instance.getBusinessKey()).correlateAll();
        execute(job(instance));
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(OSLO).toInstant());
    }

    @Test
    void withNothingScheduledItWaitsForTheFirstReport() {
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt("FirstReportScheduled");
        assertThat(instance.getTenantId()).isEqualTo("4613");

        change(() -> pilot.scheduleStatusReport(LocalDate.of(2026, 6, 30)));
        notifyChange(instance);
        assertThat(instance).isWaitingAt("WaitForReport");
        Job reminder = managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(reminder.getDuedate()).as("14 days before the due date").isEqualTo(startOf(LocalDate.of(2026, 6, 16)));
    }

    @Test
    void theReminderRaisesTheReportTaskForTheCountyPilotLeadDueOnTheReportsDay() {
        change(() -> pilot.scheduleStatusReport(LocalDate.of(2026, 6, 30)));
        ProcessInstance instance = start();
        execute(job(instance));
        assertThat(instance).isWaitingAt("SubmitReport");
        assertThat(task(instance)).hasCandidateGroup("county-pilot-lead").hasFormKey(PilotReportForm.FORM_KEY)
                .hasDueDate(startOf(LocalDate.of(2026, 7, 1)));
    }

    @Test
    void anEarlierReportScheduledWhileWaitingMovesTheReminder() {
        change(() -> pilot.scheduleStatusReport(LocalDate.of(2026, 9, 30)));
        ProcessInstance instance = start();
        change(() -> pilot.scheduleStatusReport(LocalDate.of(2026, 5, 31)));
        notifyChange(instance);
        Job reminder = managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(reminder.getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 5, 17)));
    }

    @Test
    void eachSubmittedReportLeadsToTheNextAndTheFinalReportEndsTheReporting() {
        change(() -> {
            pilot.scheduleStatusReport(LocalDate.of(2026, 2, 15));
            pilot.scheduleFinalReport(LocalDate.of(2027, 12, 31));
        });
        ProcessInstance instance = start();
        execute(job(instance)); // overdue: the reminder fires at once
        assertThat(instance).isWaitingAt("SubmitReport");

        change(() -> pilot.submitReport(LocalDate.of(2026, 2, 15), TODAY, "Status", "fylke.vestland"));
        complete(task(instance));
        execute(job(instance));
        assertThat(instance).isWaitingAt("WaitForReport");
        execute(job(instance));
        change(() -> pilot.submitReport(LocalDate.of(2027, 12, 31), TODAY, "Sluttrapport", "fylke.vestland"));
        complete(task(instance));
        execute(job(instance));
        assertThat(instance).isEnded().hasPassed("ReportingDone");
    }
}

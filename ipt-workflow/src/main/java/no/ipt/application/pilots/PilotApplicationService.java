package no.ipt.application.pilots;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ipt.application.access.Caller;
import no.ipt.application.access.EngineAuthentication;
import no.ipt.application.audit.AuditLog;
import no.ipt.domain.access.Role;
import no.ipt.domain.pilot.Pilot;
import no.ipt.domain.pilot.PilotReport;
import no.ipt.domain.pilot.PilotRepository;
import no.ipt.domain.pilot.ReportKind;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.workflow.pilot.PilotReports;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Pilots for a caller. A pilot is seen by whoever sees one of its municipalities (its county pilot
 * lead sees exactly those); only the county pilot lead (or an admin) schedules and submits reports.
 * Each change tells the pilot's reporting process, which raises the next report task in time.
 */
@ApplicationScoped
@Transactional
public class PilotApplicationService {

    /** Key of the PostgreSQL advisory lock that serialises starting the reporting processes across nodes. */
    private static final long REPORTING_LOCK = 0x1B7D_E31L;

    @jakarta.persistence.PersistenceContext(unitName = "ipt")
    jakarta.persistence.EntityManager em;

    @Inject
    PilotRepository pilots;

    @Inject
    PilotReports pilotReports;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    EngineAuthentication engineAuthentication;

    @Inject
    AuditLog audit;

    public List<PilotView> visiblePilots(Caller caller) {
        return pilots.findAll().stream().filter(p -> sees(caller, p)).map(p -> PilotView.of(p, pilotReports.today()))
                .toList();
    }

    public PilotView find(Caller caller, long id) {
        return PilotView.of(load(caller, id), pilotReports.today());
    }

    /** Adds a status report (within the period) or the final report (at its end or later) to the schedule. */
    public PilotView scheduleReport(Caller caller, long id, String kind, LocalDate dueDate, long expectedVersion) {
        caller.requireAnyRole(Role.COUNTY_PILOT_LEAD, Role.ADMIN);
        Pilot pilot = load(caller, id);
        requireVersion(pilot, expectedVersion);
        ReportKind reportKind = parseKind(kind);
        PilotReport report = reportKind == ReportKind.FINAL ? pilot.scheduleFinalReport(dueDate)
                : pilot.scheduleStatusReport(dueDate);
        pilots.store(pilot);
        Map<String, Object> after = new HashMap<>();
        after.put("kind", report.kind().name());
        after.put("dueDate", report.dueDate().toString());
        audit.record(caller, "PILOT_REPORT_SCHEDULED", "pilot", pilot.name(), null, null, after);
        startOrNotifyReporting(pilot);
        return PilotView.of(pilot, pilotReports.today());
    }

    /** Records the report due on {@code dueDate} as sent today with its summary, and completes its task. */
    public PilotView submitReport(Caller caller, long id, LocalDate dueDate, String summary, long expectedVersion) {
        caller.requireAnyRole(Role.COUNTY_PILOT_LEAD, Role.ADMIN);
        Pilot pilot = load(caller, id);
        requireVersion(pilot, expectedVersion);
        PilotReport sent = pilot.submitReport(dueDate, pilotReports.today(), summary, caller.username());
        pilots.store(pilot);
        audit.record(caller, "PILOT_REPORT_SUBMITTED", "pilot", pilot.name(), null,
                Map.of("dueDate", dueDate.toString(), "submitted", false),
                Map.of("kind", sent.kind().name(), "dueDate", dueDate.toString(), "submittedOn",
                        sent.submittedOn().toString(), "summary", sent.summary()));
        List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey(PilotReports.businessKey(pilot))
                .processDefinitionKey(PilotReports.PROCESS).active().list();
        if (open.isEmpty()) {
            startOrNotifyReporting(pilot);
        }
        for (Task task : open) {
            engineAuthentication.run(caller, () -> {
                taskService.setAssignee(task.getId(), caller.username());
                taskService.complete(task.getId());
            });
        }
        return PilotView.of(pilot, pilotReports.today());
    }

    /**
     * Makes sure every pilot with municipalities has its reporting process running until its final
     * report is sent; run at start-up so that pilots loaded as data get theirs. Returns how many started.
     */
    public int startMissingReporting() {
        // several nodes may start at once: one at a time checks and starts
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + REPORTING_LOCK + ")").getSingleResult();
        int started = 0;
        for (Pilot pilot : pilots.findAll()) {
            if (!pilot.municipalities().isEmpty() && !PilotReports.ALL_REPORTED.equals(pilotReports.next(pilot.id()))
                    && reportingInstances(pilot) == 0) {
                start(pilot);
                started++;
            }
        }
        return started;
    }

    private void startOrNotifyReporting(Pilot pilot) {
        if (reportingInstances(pilot) == 0) {
            if (!pilot.municipalities().isEmpty()) {
                start(pilot);
            }
            return;
        }
        runtimeService.createMessageCorrelation(PilotReports.CHANGED_MESSAGE)
                .processInstanceBusinessKey(PilotReports.businessKey(pilot)).correlateAllWithResult();
    }

    private long reportingInstances(Pilot pilot) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PilotReports.PROCESS)
                .processInstanceBusinessKey(PilotReports.businessKey(pilot)).count();
    }

    /** The tenant is the pilot's first municipality, so that its county pilot lead (who sees them all) sees the tasks. */
    private void start(Pilot pilot) {
        String tenant = pilot.municipalities().stream().map(MunicipalityNumber::value).sorted().findFirst().orElseThrow();
        runtimeService.startProcessInstanceByKey(PilotReports.PROCESS, PilotReports.businessKey(pilot),
                Map.of("pilotId", pilot.id(), "municipalityNumber", tenant));
    }

    private Pilot load(Caller caller, long id) {
        return pilots.findById(id).filter(p -> sees(caller, p)).orElseThrow(() -> new PilotNotFoundException(id));
    }

    private static boolean sees(Caller caller, Pilot pilot) {
        return caller.scope().isAll() || pilot.municipalities().stream().anyMatch(caller::sees);
    }

    private static void requireVersion(Pilot pilot, long expectedVersion) {
        if (pilot.version() != expectedVersion) {
            throw new jakarta.persistence.OptimisticLockException("Pilot " + pilot.name() + " is at version "
                    + pilot.version() + ", not " + expectedVersion);
        }
    }

    private static ReportKind parseKind(String kind) {
        try {
            return ReportKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("invalid-choice", "kind", "'" + kind + "' is not STATUS or FINAL");
        }
    }
}

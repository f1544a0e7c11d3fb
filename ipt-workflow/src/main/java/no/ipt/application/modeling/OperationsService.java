package no.ipt.application.modeling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.ipt.application.access.Caller;
import no.ipt.application.access.EngineAuthentication;
import no.ipt.application.audit.AuditLog;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.workflow.engine.LifecycleModels;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Operations for platform admins: incidents (failed jobs) with their error, retried or resolved;
 * timers with their due dates, per case; a case's process variables. Retrying and resolving are audited.
 */
@ApplicationScoped
@Transactional
public class OperationsService {

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    @Inject
    EngineAuthentication engineAuthentication;

    @Inject
    AuditLog audit;

    public List<IncidentView> incidents(Caller caller) {
        PlatformAdmins.require(caller);
        return engineAuthentication.as(caller, () -> runtime.createIncidentQuery().orderByIncidentTimestamp().desc().list()
                .stream().map(this::view).toList());
    }

    /** Gives a failed job {@code retries} more tries; the job executor runs it again at once. */
    public void retry(Caller caller, String incidentId, int retries) {
        PlatformAdmins.require(caller);
        if (retries < 1 || retries > 10) {
            throw new DomainRuleViolation("invalid-retries", "retries", "Retries are between 1 and 10");
        }
        engineAuthentication.run(caller, () -> {
            Incident incident = incident(incidentId);
            if (!Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())) {
                throw new DomainRuleViolation("not-a-failed-job", "incident", "Only a failed job's incident can be retried");
            }
            String jobId = incident.getConfiguration();
            management.setJobRetries(jobId, retries);
            audit.record(caller, "INCIDENT_RETRIED", "incident", incidentId, incident.getTenantId(),
                    Map.of("retries", 0), Map.of("retries", retries, "jobId", jobId, "activityId", incident.getActivityId()));
        });
    }

    /** Resolves an incident that is not a failed job's (those are resolved by retrying them). */
    public void resolve(Caller caller, String incidentId) {
        PlatformAdmins.require(caller);
        engineAuthentication.run(caller, () -> {
            Incident incident = incident(incidentId);
            if (Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())
                    || Incident.EXTERNAL_TASK_HANDLER_TYPE.equals(incident.getIncidentType())) {
                throw new DomainRuleViolation("retry-instead", "incident",
                        "A failed job or external task is resolved by retrying it, not by hand");
            }
            runtime.resolveIncident(incidentId);
            audit.record(caller, "INCIDENT_RESOLVED", "incident", incidentId, incident.getTenantId(),
                    Map.of("type", incident.getIncidentType(), "message", String.valueOf(incident.getIncidentMessage())), null);
        });
    }

    /** Timers waiting to fire, soonest first; for one case when {@code caseNumber} is given. */
    public List<TimerView> timers(Caller caller, String caseNumber) {
        PlatformAdmins.require(caller);
        return engineAuthentication.as(caller, () -> {
            List<TimerView> timers = new ArrayList<>();
            if (caseNumber == null || caseNumber.isBlank()) {
                management.createJobQuery().timers().orderByJobDuedate().asc().list().forEach(j -> timers.add(timer(j)));
                return timers;
            }
            for (ProcessInstance instance : instancesOfCase(caseNumber)) {
                management.createJobQuery().timers().processInstanceId(instance.getId()).list().forEach(j -> timers.add(timer(j)));
            }
            timers.sort(java.util.Comparator.comparing(TimerView::dueDate, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
            return timers;
        });
    }

    /** The variables of every running process instance of a case. */
    public List<ProcessVariablesView> variables(Caller caller, String caseNumber) {
        PlatformAdmins.require(caller);
        return engineAuthentication.as(caller, () -> instancesOfCase(caseNumber).stream().map(instance -> {
            Map<String, String> values = new TreeMap<>();
            runtime.createVariableInstanceQuery().processInstanceIdIn(instance.getId()).list()
                    .forEach(v -> values.put(v.getName(), String.valueOf(v.getValue())));
            return new ProcessVariablesView(instance.getId(), instance.getProcessDefinitionId(), values);
        }).toList());
    }

    private List<ProcessInstance> instancesOfCase(String caseNumber) {
        ProcessInstance root = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(LifecycleModels.PROCUREMENT_CASE_PROCESS).singleResult();
        if (root == null) {
            throw new ModelingNotFoundException("No running case has the number " + caseNumber);
        }
        return runtime.createProcessInstanceQuery().rootProcessInstanceId(root.getId()).list();
    }

    private Incident incident(String incidentId) {
        Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null) {
            throw new ModelingNotFoundException("No open incident has the id " + incidentId);
        }
        return incident;
    }

    private IncidentView view(Incident i) {
        ProcessInstance instance = i.getProcessInstanceId() == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(i.getProcessInstanceId()).singleResult();
        ProcessInstance root = instance == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(instance.getRootProcessInstanceId()).singleResult();
        return new IncidentView(i.getId(), i.getIncidentType(), i.getIncidentMessage(), i.getActivityId(),
                i.getProcessInstanceId(), i.getProcessDefinitionId(),
                Incident.FAILED_JOB_HANDLER_TYPE.equals(i.getIncidentType()) ? i.getConfiguration() : null,
                root == null ? null : root.getBusinessKey(),
                i.getIncidentTimestamp() == null ? null : i.getIncidentTimestamp().toInstant());
    }

    private TimerView timer(Job job) {
        var definition = job.getJobDefinitionId() == null ? null
                : management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
        String activity = definition == null ? null : definition.getActivityId();
        return new TimerView(job.getId(), activity, job.getProcessInstanceId(), job.getProcessDefinitionKey(),
                job.getDuedate() == null ? null : job.getDuedate().toInstant(), job.getRetries(), job.getExceptionMessage());
    }
}

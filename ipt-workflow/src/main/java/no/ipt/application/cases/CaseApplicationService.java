package no.ipt.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.ipt.application.access.AccessDeniedException;
import no.ipt.application.access.Caller;
import no.ipt.application.audit.AuditLog;
import no.ipt.domain.access.Role;
import no.ipt.domain.decision.QuorumRule;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.ProcurementCaseRepository;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.workflow.engine.LifecycleModels;
import no.ipt.workflow.engine.MunicipalityTenantIdProvider;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Opens cases and reads them with the state of their processes. */
@ApplicationScoped
@Transactional
public class CaseApplicationService {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Inject
    ProcurementCaseRepository cases;

    @Inject
    RuntimeService runtimeService;

    @Inject
    HistoryService historyService;

    @Inject
    AuditLog audit;

    @Inject
    VisibleCases visibleCases;

    @Inject
    no.ipt.domain.access.UserAccountRepository accounts;

    private final Clock clock = Clock.systemUTC();

    /**
     * Opens a case for a municipality the caller belongs to and starts its needs assessment; both or
     * neither are stored.
     */
    public CaseView open(Caller caller, OpenCaseCommand command) {
        caller.requireAnyRole(Role.PROCUREMENT_OFFICER, Role.PROJECT_LEAD, Role.ADMIN);
        ServiceArea area = parseServiceArea(command.serviceArea());
        MunicipalityNumber municipality = MunicipalityNumber.of(command.municipalityNumber());
        if (!caller.sees(municipality)) {
            throw new AccessDeniedException("You can open cases for your own municipality only");
        }
        var now = clock.instant();
        CaseNumber number = cases.nextCaseNumber(now.atZone(OSLO).getYear());
        ProcurementCase procurementCase = new ProcurementCase(number, command.title(), municipality, area, now);
        cases.store(procurementCase);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(LifecycleModels.PROCUREMENT_CASE_PROCESS,
                number.value(), Map.of("caseNumber", number.value(), MunicipalityTenantIdProvider.MUNICIPALITY_VARIABLE, municipality.value()));
        procurementCase.attachProcess(instance.getId());
        cases.store(procurementCase);
        audit.record(caller, "CASE_OPENED", "case", number.value(), municipality.value(), null,
                Map.of("title", procurementCase.title(), "serviceArea", area.name(), "stage", procurementCase.stage().name()));
        return view(procurementCase);
    }

    /**
     * Chooses how the case's steering group decides from now on (a decision point already open keeps
     * its rule): the project lead's or an admin's choice, one the current group can meet.
     */
    public CaseView chooseQuorumRule(Caller caller, String caseNumber, String code, long expectedVersion) {
        caller.requireAnyRole(Role.PROJECT_LEAD, Role.ADMIN);
        ProcurementCase procurementCase = visibleCases.load(caller, caseNumber);
        procurementCase.requireVersion(expectedVersion);
        String before = procurementCase.quorumRule().code();
        int members = accounts.findEnabledWithRole(Role.STEERING_GROUP_MEMBER, procurementCase.municipality()).size();
        procurementCase.chooseQuorumRule(QuorumRule.parse(code), members);
        cases.store(procurementCase);
        audit.record(caller, "QUORUM_RULE_CHOSEN", "case", procurementCase.caseNumber().value(),
                procurementCase.municipality().value(), Map.of("quorumRule", before),
                Map.of("quorumRule", procurementCase.quorumRule().code(), "members", members));
        return view(procurementCase);
    }

    public CaseView find(Caller caller, String caseNumber) {
        return view(visibleCases.load(caller, caseNumber));
    }

    /** The cases the caller may see, newest first. */
    public List<CaseView> list(Caller caller) {
        List<ProcurementCase> visible = caller.scope().isAll() ? cases.findAll()
                : cases.findByMunicipalities(caller.scope().municipalityNumbers());
        // which cases' main processes still run: one query for all, not one per case
        Set<String> ids = visible.stream().map(ProcurementCase::processInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> running = ids.isEmpty() ? Set.of() : runtimeService.createProcessInstanceQuery()
                .processInstanceIds(ids).list().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
        Map<String, List<String>> waitingAt = activeActivities(visible.stream()
                .filter(c -> running.contains(c.processInstanceId())).map(c -> c.caseNumber().value()).toList());
        return visible.stream().map(c -> running.contains(c.processInstanceId())
                ? CaseView.of(c, true, waitingAt.getOrDefault(c.caseNumber().value(), List.of()))
                : CaseView.of(c, false, List.of())).toList();
    }

    private CaseView view(ProcurementCase c) {
        if (c.processInstanceId() == null) {
            return CaseView.of(c, false, List.of());
        }
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(c.processInstanceId()).singleResult();
        return CaseView.of(c, instance != null, instance == null ? List.of()
                : activeActivities(List.of(c.caseNumber().value())).getOrDefault(c.caseNumber().value(), List.of()));
    }

    /**
     * What each case waits for, by case number: the active activities of the innermost stage processes
     * first (e.g. a user task), then those of the processes that call them (e.g. the stage's call
     * activity). Every process of a case carries its case number as business key (the call activities
     * pass it on), so one query finds the processes of all the cases at once; the active activities
     * are then read per active process.
     */
    private Map<String, List<String>> activeActivities(List<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return Map.of();
        }
        // the running processes of the cases, from the history the engine writes in the same transaction
        List<HistoricProcessInstance> processes = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyIn(caseNumbers.toArray(String[]::new)).unfinished().list();
        // a process calls others when it is the super process of one that still runs
        Set<String> calling = processes.stream().map(HistoricProcessInstance::getSuperProcessInstanceId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, List<String>> inner = new HashMap<>();
        Map<String, List<String>> outer = new HashMap<>();
        for (HistoricProcessInstance p : processes) {
            if (!HistoricProcessInstance.STATE_ACTIVE.equals(p.getState())) {
                continue; // a suspended process waits for nothing
            }
            (calling.contains(p.getId()) ? outer : inner).computeIfAbsent(p.getBusinessKey(), k -> new ArrayList<>())
                    .addAll(runtimeService.getActiveActivityIds(p.getId()));
        }
        outer.forEach((key, activities) -> inner.computeIfAbsent(key, k -> new ArrayList<>()).addAll(activities));
        return inner;
    }

    private static ServiceArea parseServiceArea(String value) {
        if (value == null) {
            throw new DomainRuleViolation("missing-service-area", "serviceArea", "Choose the service area of the need");
        }
        try {
            return ServiceArea.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("invalid-service-area", "serviceArea",
                    "'" + value + "' is not a service area; choose one of " + List.of(ServiceArea.values()));
        }
    }
}

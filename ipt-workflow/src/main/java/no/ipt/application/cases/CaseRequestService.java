package no.ipt.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.ipt.application.access.Caller;
import no.ipt.application.access.EngineAuthentication;
import no.ipt.application.audit.AuditLog;
import no.ipt.domain.access.Role;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.shared.DomainRuleViolation;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Sends a {@link CaseRequest} to the case's running stage: correlates its message by business key
 * (the case number) and tenant (the municipality) as the caller, and audits it. A request the case's
 * processes are not waiting for is refused and changes nothing.
 */
@ApplicationScoped
@Transactional
public class CaseRequestService {

    private VisibleCases cases;
    private RuntimeService runtimeService;
    private EngineAuthentication engineAuthentication;
    private AuditLog audit;
    private CaseMessages messages;

    @Inject
    public CaseRequestService(VisibleCases cases, RuntimeService runtimeService,
                              EngineAuthentication engineAuthentication, AuditLog audit, CaseMessages messages) {
        this.cases = cases;
        this.runtimeService = runtimeService;
        this.engineAuthentication = engineAuthentication;
        this.audit = audit;
        this.messages = messages;
    }

    protected CaseRequestService() {
        // for CDI proxies
    }

    /** Sends the request {@code type} (a {@link CaseRequest} name); a procurement officer, project lead or admin may. */
    public void request(Caller caller, String caseNumber, String type) {
        caller.requireAnyRole(Role.PROCUREMENT_OFFICER, Role.PROJECT_LEAD, Role.ADMIN);
        ProcurementCase procurementCase = cases.load(caller, caseNumber);
        CaseRequest request = parse(type);
        String municipality = procurementCase.municipality().value();
        try {
            engineAuthentication.run(caller, () -> runtimeService.createMessageCorrelation(request.message())
                    .processInstanceBusinessKey(procurementCase.caseNumber().value())
                    .tenantId(municipality)
                    .correlateWithResult());
        } catch (MismatchingMessageCorrelationException e) {
            throw new DomainRuleViolation("request-not-expected", "type", "Case " + caseNumber + " cannot take a "
                    + request + " request now: that needs " + request.waitingStage());
        }
        audit.record(caller, "CASE_REQUESTED", "case", procurementCase.caseNumber().value(), municipality, null,
                Map.of("type", request.name(), "message", request.message(), "stage", procurementCase.stage().name()));
    }

    /**
     * The requests the case's processes wait for now (their message has a subscription), in the enum's
     * order; none for a caller who may not send requests. The case page offers exactly these.
     */
    public List<CaseRequest> available(Caller caller, String caseNumber) {
        ProcurementCase procurementCase = cases.load(caller, caseNumber);
        if (!(caller.isAdmin() || caller.hasRole(Role.PROCUREMENT_OFFICER) || caller.hasRole(Role.PROJECT_LEAD))) {
            return List.of();
        }
        return Arrays.stream(CaseRequest.values())
                .filter(r -> messages.waitsFor(procurementCase, r.message()))
                .toList();
    }

    private static CaseRequest parse(String type) {
        try {
            return CaseRequest.valueOf(type);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainRuleViolation("invalid-choice", "type", "A request is one of "
                    + Arrays.toString(CaseRequest.values()) + " (got '" + type + "')");
        }
    }
}

package no.ipt.application.tender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import no.ipt.application.access.Caller;
import no.ipt.application.access.EngineAuthentication;
import no.ipt.application.audit.AuditLog;
import no.ipt.application.cases.CaseMessages;
import no.ipt.application.cases.VisibleCases;
import no.ipt.domain.access.Role;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Require;
import no.ipt.domain.tender.Complaint;
import no.ipt.workflow.tender.TenderProcess;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Receives a bidder's complaint (klage) about a case's tender: correlates the {@code TenderComplaint}
 * message with the case's tender process, which records the complaint on the tender and gives the
 * procurement officer a task to handle it. The process waits for complaints during the standstill
 * period; at other times the complaint is refused here. The complaint is correlated as the caller,
 * within the case's municipality (tenant), and audited.
 */
@ApplicationScoped
@Transactional
public class ComplaintService {

    private VisibleCases cases;
    private RuntimeService runtimeService;
    private EngineAuthentication engineAuthentication;
    private AuditLog audit;
    private CaseMessages messages;

    @Inject
    public ComplaintService(VisibleCases cases, RuntimeService runtimeService,
                            EngineAuthentication engineAuthentication, AuditLog audit, CaseMessages messages) {
        this.cases = cases;
        this.runtimeService = runtimeService;
        this.engineAuthentication = engineAuthentication;
        this.audit = audit;
        this.messages = messages;
    }

    protected ComplaintService() {
        // for CDI proxies
    }

    /** Whether the case's tender is in its standstill period and takes a complaint from this caller now. */
    public boolean acceptsComplaint(Caller caller, String caseNumber) {
        ProcurementCase procurementCase = cases.load(caller, caseNumber);
        return (caller.isAdmin() || caller.hasRole(Role.PROCUREMENT_OFFICER))
                && messages.waitsFor(procurementCase, TenderProcess.COMPLAINT_MESSAGE);
    }

    /** Registers a complaint received on {@code receivedOn}; only a procurement officer or an admin may. */
    public void receiveComplaint(Caller caller, String caseNumber, LocalDate receivedOn, String text) {
        caller.requireAnyRole(Role.PROCUREMENT_OFFICER, Role.ADMIN);
        ProcurementCase procurementCase = cases.load(caller, caseNumber);
        Require.present(receivedOn, "receivedOn");
        String complaintText = Require.text(text, "complaintText", Complaint.MAX_TEXT_LENGTH);
        String municipality = procurementCase.municipality().value();
        try {
            engineAuthentication.run(caller, () -> runtimeService.createMessageCorrelation(TenderProcess.COMPLAINT_MESSAGE)
                    .processInstanceBusinessKey(procurementCase.caseNumber().value())
                    .tenantId(municipality)
                    .setVariable(TenderProcess.COMPLAINT_TEXT, complaintText)
                    .setVariable(TenderProcess.COMPLAINT_RECEIVED_ON, receivedOn.toString())
                    .correlateWithResult());
        } catch (MismatchingMessageCorrelationException e) {
            throw new DomainRuleViolation("no-standstill", "caseNumber", "The tender of case " + caseNumber
                    + " is not in its standstill period, or a complaint is already being handled; IPT receives complaints during the standstill");
        }
        audit.record(caller, "COMPLAINT_RECEIVED", "case", procurementCase.caseNumber().value(), municipality, null,
                Map.of("receivedOn", receivedOn.toString(), "text", complaintText));
    }
}

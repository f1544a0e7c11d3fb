package no.ipt.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import no.ipt.application.cases.CaseRequest;
import no.ipt.application.cases.CaseRequestService;
import no.ipt.application.tender.ComplaintService;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.web.security.CurrentCaller;

/**
 * The case page's requests to a running stage (a call-off, a deviation report, an evaluation, a
 * termination) and a bidder's complaint during the tender's standstill: the same services as
 * {@code POST /api/cases/{n}/requests} and {@code /complaints}. Only what the case waits for now is offered.
 */
@Named
@ViewScoped
public class CaseRequestsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "receivedOn", "case-requests:received-on", "complaintText", "case-requests:complaint-text");

    @Inject
    CaseRequestService requests;

    @Inject
    ComplaintService complaints;

    @Inject
    CurrentCaller caller;

    @Inject
    Texts texts;

    @Inject
    Failures failures;

    @Inject
    CasePage casePage;

    private List<CaseRequest> available;
    private Boolean complaintOpen;
    private String receivedOn = LocalDate.now(Formats.OSLO).toString();
    private String complaintText;

    /** Sends {@code type} to the case and comes back to the case page, where the raised task is listed. */
    public String send(String type) {
        try {
            requests.request(caller.get(), caseNumber(), type);
            return back(texts.get("requests.sent", texts.get("requests." + type)));
        } catch (RuntimeException e) {
            failures.show(e, Map.of());
            return null;
        }
    }

    /** Registers the complaint, which stops the signing and raises its handling task. */
    public String complain() {
        try {
            complaints.receiveComplaint(caller.get(), caseNumber(), date(receivedOn), complaintText);
            return back(texts.get("requests.complaintReceived"));
        } catch (RuntimeException e) {
            failures.show(e, FIELDS);
            return null;
        }
    }

    private String back(String message) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        texts.message(null, FacesMessage.SEVERITY_INFO, message);
        return "/case?faces-redirect=true&n=" + caseNumber();
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DomainRuleViolation("invalid-date", "receivedOn", "Give the date the complaint was received");
        }
    }

    public List<CaseRequest> getAvailable() {
        if (available == null) {
            available = caseNumber() == null ? List.of() : requests.available(caller.get(), caseNumber());
        }
        return available;
    }

    public boolean isComplaintOpen() {
        if (complaintOpen == null) {
            complaintOpen = caseNumber() != null && complaints.acceptsComplaint(caller.get(), caseNumber());
        }
        return complaintOpen;
    }

    public boolean isShown() {
        return !getAvailable().isEmpty() || isComplaintOpen();
    }

    /** The case of the page, once the page found it (null for an unknown or foreign case). */
    private String caseNumber() {
        return casePage.isFound() ? casePage.getCaseNumber() : null;
    }

    public String getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(String receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getComplaintText() {
        return complaintText;
    }

    public void setComplaintText(String complaintText) {
        this.complaintText = complaintText;
    }
}

package no.ipt.web.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import no.ipt.application.audit.AuditApplicationService;
import no.ipt.application.audit.AuditEventView;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.web.security.CurrentCaller;

/**
 * Admins search the audit trail (who, when, what, before and after) by actor, action, subject and
 * period – the same search as {@code GET /api/audit}; the trail is never editable.
 */
@Named
@ViewScoped
public class AdminAuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 200;

    @Inject
    AuditApplicationService audit;

    @Inject
    CurrentCaller caller;

    @Inject
    Texts texts;

    @Inject
    Failures failures;

    private String actor;
    private String action;
    private String subject;
    private String from;
    private String to;
    private List<AuditEventView> events = List.of();

    public void load() throws IOException {
        if (!caller.get().isAdmin()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, texts.get("error.forbidden"));
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        try {
            events = audit.search(caller.get(), blank(actor), blank(action), blank(subject), day(from, "from", 0),
                    day(to, "to", 1), LIMIT);
        } catch (RuntimeException e) {
            failures.show(e, Map.of("from", "filter:from", "to", "filter:to"));
        }
    }

    public String search() {
        return "/admin-audit?faces-redirect=true&includeViewParams=true";
    }

    /** A day (yyyy-MM-dd) in Norway as the start of that day, or of the next one for the end of a period. */
    private static Instant day(String value, String field, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(Formats.OSLO).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainRuleViolation("wrong-type", field, "'" + value + "' is not a date such as 2026-11-23");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<AuditEventView> getEvents() {
        return events;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}

package no.ipt.web.api.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import no.ipt.application.audit.AuditApplicationService;
import no.ipt.application.audit.AuditEventView;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.web.security.CurrentCaller;

/** {@code GET /api/audit?actor=&action=&subject=&from=&to=&limit=}: newest first; admins only. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditApplicationService audit;

    @Inject
    CurrentCaller caller;

    @GET
    public List<AuditEventView> search(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                       @QueryParam("subject") String subject, @QueryParam("from") String from,
                                       @QueryParam("to") String to,
                                       @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
        return audit.search(caller.get(), actor, action, subject, instant("from", from), instant("to", to), limit);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new DomainRuleViolation("invalid-instant", field,
                    "'" + field + "' is a moment such as 2026-11-23T10:00:00Z");
        }
    }
}

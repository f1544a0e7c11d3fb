package no.ipt.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import no.ipt.application.access.Caller;
import no.ipt.domain.audit.AuditEvent;
import no.ipt.domain.audit.AuditTrail;

/**
 * Writes audit events. {@link #record} joins the caller's transaction (MANDATORY): the change and
 * its record commit together or not at all. A failed login has no transaction of its own to join and
 * is recorded in a new one.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditTrail trail;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, String action, String subjectType, String subjectId, String municipality,
                       Map<String, ?> before, Map<String, ?> after) {
        trail.append(new AuditEvent(clock.instant(), caller.username(), action, subjectType, subjectId, municipality,
                json(before), json(after)));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailedLogin(String username, String remoteAddress, String channel) {
        trail.append(new AuditEvent(clock.instant(), safe(username), "LOGIN_FAILED", "user", safe(username), null,
                null, json(Map.of("from", String.valueOf(remoteAddress), "channel", channel))));
    }

    /** A username as typed, made safe to store and show: at most 64 plain characters. */
    private static String safe(String username) {
        String cleaned = username == null || username.isBlank() ? "(empty)" : username.replaceAll("[^\\p{Alnum}._@-]", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
    }

    /** A flat JSON object of the values, for the before and after states. */
    public static String json(Map<String, ?> values) {
        if (values == null) {
            return null;
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        values.forEach((key, value) -> {
            if (value == null) {
                json.addNull(key);
            } else if (value instanceof Number n) {
                json.add(key, new java.math.BigDecimal(n.toString()));
            } else if (value instanceof Boolean b) {
                json.add(key, b);
            } else {
                json.add(key, value.toString());
            }
        });
        return json.build().toString();
    }
}

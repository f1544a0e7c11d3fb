package no.ipt.application.audit;

import java.io.Serializable;
import java.time.Instant;
import no.ipt.domain.audit.AuditEvent;

/** An audit event as admins see it. */
public record AuditEventView(long id, Instant occurredAt, String actor, String action, String subjectType,
                             String subjectId, String municipalityNumber, String before, String after) implements Serializable {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id(), e.occurredAt(), e.actor(), e.action(), e.subjectType(), e.subjectId(),
                e.municipalityNumber(), e.before(), e.after());
    }
}

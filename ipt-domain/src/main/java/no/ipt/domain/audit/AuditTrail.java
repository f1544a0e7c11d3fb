package no.ipt.domain.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Appends to and searches the audit trail. There is no update and no delete. */
public interface AuditTrail {

    void append(AuditEvent event);

    /**
     * Events newest first, filtered by any of: actor, action, subject id, municipalities (null = all),
     * time window; at most {@code limit}.
     */
    List<AuditEvent> search(String actor, String action, String subjectId, Collection<String> municipalities,
                            Instant from, Instant to, int limit);
}

package no.ipt.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import no.ipt.application.access.Caller;
import no.ipt.domain.access.Role;
import no.ipt.domain.audit.AuditTrail;

/** Admins search the audit trail: a platform admin all of it, a municipality's admin its own part. */
@ApplicationScoped
@Transactional
public class AuditApplicationService {

    @Inject
    AuditTrail trail;

    public List<AuditEventView> search(Caller caller, String actor, String action, String subjectId,
                                       Instant from, Instant to, int limit) {
        caller.requireAnyRole(Role.ADMIN);
        return trail.search(actor, action, subjectId,
                        caller.scope().isAll() ? null : caller.scope().municipalityNumbers(), from, to, limit)
                .stream().map(AuditEventView::of).toList();
    }
}

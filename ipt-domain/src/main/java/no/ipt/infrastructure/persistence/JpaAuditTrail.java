package no.ipt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ipt.domain.audit.AuditEvent;
import no.ipt.domain.audit.AuditTrail;

@ApplicationScoped
public class JpaAuditTrail extends JpaRepositorySupport implements AuditTrail {

    JpaAuditTrail() {
        // for CDI
    }

    JpaAuditTrail(EntityManager em) {
        super(em);
    }

    @Override
    public void append(AuditEvent event) {
        // persisted in the caller's transaction: the change and its record commit or roll back together
        em.persist(event);
    }

    @Override
    public List<AuditEvent> search(String actor, String action, String subjectId, Collection<String> municipalities,
                                   Instant from, Instant to, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (actor != null && !actor.isBlank()) {
            where.add("e.actor = :actor");
            parameters.put("actor", actor);
        }
        if (action != null && !action.isBlank()) {
            where.add("e.action = :action");
            parameters.put("action", action);
        }
        if (subjectId != null && !subjectId.isBlank()) {
            where.add("e.subjectId = :subjectId");
            parameters.put("subjectId", subjectId);
        }
        if (municipalities != null) {
            if (municipalities.isEmpty()) {
                return List.of();
            }
            where.add("e.municipalityNumber IN :municipalities");
            parameters.put("municipalities", municipalities);
        }
        if (from != null) {
            where.add("e.occurredAt >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            where.add("e.occurredAt < :to");
            parameters.put("to", to);
        }
        String jpql = "SELECT e FROM AuditEvent e" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY e.occurredAt DESC, e.id DESC";
        TypedQuery<AuditEvent> query = em.createQuery(jpql, AuditEvent.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList();
    }
}

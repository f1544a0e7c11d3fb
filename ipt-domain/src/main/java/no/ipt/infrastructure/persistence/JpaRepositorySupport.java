package no.ipt.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * What the JPA repositories share: the {@code ipt} persistence context, injected by the container
 * or handed in by a test that runs outside one.
 */
abstract class JpaRepositorySupport {

    @PersistenceContext(unitName = "ipt")
    EntityManager em;

    JpaRepositorySupport() {
        // for CDI
    }

    JpaRepositorySupport(EntityManager em) {
        this.em = em;
    }

    /**
     * Persists a new aggregate (a managed one is written at commit anyway), then flushes so that
     * constraint and version conflicts surface inside the caller's transaction.
     */
    void save(Object aggregate, boolean isNew) {
        if (isNew) {
            em.persist(aggregate);
        }
        em.flush();
    }

    /** The aggregate whose business key {@code attribute} equals {@code value}; the key is unique. */
    <T> Optional<T> findByKey(Class<T> type, String attribute, Object value) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e." + attribute + " = :value", type)
                .setParameter("value", value)
                .getResultStream()
                .findFirst();
    }

    <T> List<T> findAllOrderedBy(Class<T> type, String attribute) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e ORDER BY e." + attribute, type)
                .getResultList();
    }
}

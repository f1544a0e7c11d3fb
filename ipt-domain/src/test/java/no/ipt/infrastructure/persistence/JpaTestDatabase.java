package no.ipt.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import no.ipt.testsupport.EmbeddedPostgresSession;

/**
 * The production persistence unit on the embedded PostgreSQL, migrated by Flyway and switched to
 * resource-local transactions so that tests outside a container can store and reload aggregates.
 */
final class JpaTestDatabase {

    private static EntityManagerFactory emf;

    private JpaTestDatabase() {
    }

    static synchronized EntityManagerFactory emf() {
        if (emf == null) {
            DatabaseMigrations.migrate(EmbeddedPostgresSession.dataSource(), "test");
            Map<String, Object> properties = new HashMap<>();
            properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
            properties.put("jakarta.persistence.jtaDataSource", "");
            properties.put("jakarta.persistence.nonJtaDataSource", EmbeddedPostgresSession.dataSource());
            emf = Persistence.createEntityManagerFactory("ipt", properties);
        }
        return emf;
    }

    /**
     * Runs {@code work} in one transaction with a fresh entity manager: committed when it returns,
     * rolled back when it throws.
     */
    static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}

package no.ipt.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.function.Consumer;
import no.ipt.testsupport.EmbeddedPostgresSession;

/**
 * The production persistence unit {@code ipt} switched to resource-local transactions on the
 * embedded PostgreSQL, migrated by Flyway first, for round-trip tests that run outside a container.
 */
final class ResourceLocalPersistence implements AutoCloseable {

    private final EntityManagerFactory emf;

    private ResourceLocalPersistence(EntityManagerFactory emf) {
        this.emf = emf;
    }

    static ResourceLocalPersistence open() {
        DatabaseMigrations.migrate(EmbeddedPostgresSession.dataSource(), "test");
        return new ResourceLocalPersistence(Persistence.createEntityManagerFactory("ipt", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", EmbeddedPostgresSession.dataSource())));
    }

    /** Runs {@code work} in one transaction, committed when it returns and rolled back when it throws. */
    void run(Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        emf.close();
    }
}

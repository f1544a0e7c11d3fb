package no.ipt.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.followup.FollowUp;
import no.ipt.domain.followup.FollowUpRepository;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderRepository;

/**
 * The production JPA repositories of the framework-agreement and follow-up stages on the embedded
 * PostgreSQL (migrated by Flyway), on one resource-local {@link EntityManager} per caller: a store
 * runs in its own committed transaction unless one is open, so that the named beans the process
 * tests register read exactly what the tests and forms stored.
 */
public final class AgreementFollowUpTestRepositories {

    private AgreementFollowUpTestRepositories() {
    }

    /** A fresh entity manager on the migrated test database (ipt-domain's {@link JpaTestDatabase}). */
    public static EntityManager entityManager() {
        return JpaTestDatabase.emf().createEntityManager();
    }

    public static FrameworkAgreementRepository frameworkAgreements(EntityManager em) {
        return new JpaFrameworkAgreementRepository(em) {
            @Override
            public void store(FrameworkAgreement agreement) {
                inTransaction(em, () -> super.store(agreement));
            }
        };
    }

    public static FollowUpRepository followUps(EntityManager em) {
        return new JpaFollowUpRepository(em) {
            @Override
            public void store(FollowUp followUp) {
                inTransaction(em, () -> super.store(followUp));
            }
        };
    }

    public static TenderRepository tenders(EntityManager em) {
        return new JpaTenderRepository(em) {
            @Override
            public void store(Tender tender) {
                inTransaction(em, () -> super.store(tender));
            }
        };
    }

    private static void inTransaction(EntityManager em, Runnable work) {
        if (em.getTransaction().isActive()) {
            work.run();
            return;
        }
        em.getTransaction().begin();
        try {
            work.run();
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }
}

package no.ipt.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.FarmApprovalRepository;
import no.ipt.domain.farm.Farm;
import no.ipt.domain.farm.FarmRepository;
import no.ipt.domain.followup.FollowUp;
import no.ipt.domain.followup.FollowUpRepository;
import no.ipt.domain.mobilisation.MarketDialogue;
import no.ipt.domain.mobilisation.MarketDialogueRepository;
import no.ipt.domain.needs.NeedsAssessment;
import no.ipt.domain.needs.NeedsAssessmentRepository;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.ProcurementCaseRepository;
import no.ipt.domain.pilot.Pilot;
import no.ipt.domain.pilot.PilotRepository;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderRepository;

/**
 * The production JPA repositories on the embedded PostgreSQL (migrated by Flyway), on one
 * resource-local {@link EntityManager} per caller: a store runs in its own committed transaction
 * unless one is open, so that the named beans the process tests register read exactly what the
 * tests and forms stored. A test that checks what was stored clears the entity manager first, so
 * that the aggregate is read back from the database rather than from the persistence context.
 */
public final class JpaTestRepositories {

    private JpaTestRepositories() {
    }

    /** A fresh entity manager on the migrated test database (ipt-domain's {@link JpaTestDatabase}). */
    public static EntityManager entityManager() {
        return JpaTestDatabase.emf().createEntityManager();
    }

    /** Empties {@code tables} (schema-qualified, e.g. {@code ipt.tender}) and what refers to them. */
    public static void truncate(String... tables) {
        JpaTestDatabase.inTransaction(em -> em.createNativeQuery("TRUNCATE " + String.join(", ", tables) + " CASCADE")
                .executeUpdate());
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

    public static FarmApprovalRepository farmApprovals(EntityManager em) {
        return new JpaFarmApprovalRepository(em) {
            @Override
            public void store(FarmApproval approval) {
                inTransaction(em, () -> super.store(approval));
            }
        };
    }

    public static FarmRepository farms(EntityManager em) {
        return new JpaFarmRepository(em) {
            @Override
            public void store(Farm farm) {
                inTransaction(em, () -> super.store(farm));
            }
        };
    }

    public static MarketDialogueRepository marketDialogues(EntityManager em) {
        return new JpaMarketDialogueRepository(em) {
            @Override
            public void store(MarketDialogue dialogue) {
                inTransaction(em, () -> super.store(dialogue));
            }
        };
    }

    public static ProcurementCaseRepository procurementCases(EntityManager em) {
        JpaProcurementCaseRepository repository = new JpaProcurementCaseRepository() {
            @Override
            public void store(ProcurementCase procurementCase) {
                inTransaction(em, () -> super.store(procurementCase));
            }
        };
        repository.em = em;
        return repository;
    }

    public static NeedsAssessmentRepository needsAssessments(EntityManager em) {
        return new JpaNeedsAssessmentRepository(em) {
            @Override
            public void store(NeedsAssessment assessment) {
                inTransaction(em, () -> super.store(assessment));
            }
        };
    }

    public static PilotRepository pilots(EntityManager em) {
        return new JpaPilotRepository(em) {
            @Override
            public void store(Pilot pilot) {
                inTransaction(em, () -> super.store(pilot));
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

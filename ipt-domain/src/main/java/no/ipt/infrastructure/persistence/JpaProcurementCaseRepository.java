package no.ipt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.ProcurementCaseRepository;

@ApplicationScoped
public class JpaProcurementCaseRepository implements ProcurementCaseRepository {

    @PersistenceContext(unitName = "ipt")
    EntityManager em;

    @Override
    public CaseNumber nextCaseNumber(int year) {
        // A database sequence: unique across every node sharing the database, never reused.
        Number next = (Number) em.createNativeQuery("SELECT nextval('ipt.case_number_seq')").getSingleResult();
        return CaseNumber.of(year, next.longValue());
    }

    @Override
    public Optional<ProcurementCase> find(CaseNumber caseNumber) {
        return em.createQuery("SELECT c FROM ProcurementCase c WHERE c.caseNumber = :caseNumber", ProcurementCase.class)
                .setParameter("caseNumber", caseNumber)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ProcurementCase> findAll() {
        return em.createQuery("SELECT c FROM ProcurementCase c ORDER BY c.openedAt DESC", ProcurementCase.class)
                .getResultList();
    }

    @Override
    public List<ProcurementCase> findByMunicipalities(java.util.Set<String> municipalityNumbers) {
        if (municipalityNumbers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM ProcurementCase c WHERE c.municipality.value IN :municipalities"
                        + " ORDER BY c.openedAt DESC", ProcurementCase.class)
                .setParameter("municipalities", municipalityNumbers)
                .getResultList();
    }

    @Override
    public void store(ProcurementCase procurementCase) {
        if (procurementCase.id() == null) {
            em.persist(procurementCase);
        }
        // A managed case is written at commit; flush now so constraint and version conflicts
        // surface inside the caller's transaction, before it reports success.
        em.flush();
    }
}

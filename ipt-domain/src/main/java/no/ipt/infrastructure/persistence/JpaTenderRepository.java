package no.ipt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.tender.Tender;
import no.ipt.domain.tender.TenderReference;
import no.ipt.domain.tender.TenderRepository;

@ApplicationScoped
public class JpaTenderRepository extends JpaRepositorySupport implements TenderRepository {

    protected JpaTenderRepository() {
        // for CDI
    }

    JpaTenderRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Tender> findByReference(TenderReference reference) {
        return findByKey(Tender.class, "reference", reference);
    }

    @Override
    public List<Tender> findByCaseNumber(CaseNumber caseNumber) {
        return em.createQuery("SELECT t FROM Tender t WHERE t.caseNumber = :caseNumber ORDER BY t.id", Tender.class)
                .setParameter("caseNumber", caseNumber)
                .getResultList();
    }

    @Override
    public TenderReference nextReference(CaseNumber caseNumber) {
        // Two officers racing for the same number collide on the unique reference at flush.
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM ipt.tender WHERE case_number = ?1")
                .setParameter(1, caseNumber.value())
                .getSingleResult();
        return TenderReference.of(caseNumber, count.intValue() + 1);
    }

    @Override
    public void store(Tender tender) {
        save(tender, tender.id() == null);
    }
}

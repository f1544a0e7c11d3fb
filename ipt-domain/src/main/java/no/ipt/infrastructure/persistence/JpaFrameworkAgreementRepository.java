package no.ipt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import no.ipt.domain.agreement.AgreementNumber;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.FrameworkAgreementRepository;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.MunicipalityNumber;

@ApplicationScoped
public class JpaFrameworkAgreementRepository extends JpaRepositorySupport implements FrameworkAgreementRepository {

    protected JpaFrameworkAgreementRepository() {
        // for CDI
    }

    JpaFrameworkAgreementRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<FrameworkAgreement> find(AgreementNumber agreementNumber) {
        return findByKey(FrameworkAgreement.class, "agreementNumber", agreementNumber);
    }

    @Override
    public List<FrameworkAgreement> findByCase(CaseNumber caseNumber) {
        return findWhere("caseNumber", caseNumber);
    }

    @Override
    public List<FrameworkAgreement> findByBuyer(MunicipalityNumber buyer) {
        return findWhere("buyer", buyer);
    }

    private List<FrameworkAgreement> findWhere(String attribute, Object value) {
        return em.createQuery("SELECT a FROM FrameworkAgreement a WHERE a." + attribute + " = :value"
                        + " ORDER BY a.agreementNumber.value", FrameworkAgreement.class)
                .setParameter("value", value)
                .getResultList();
    }

    @Override
    public AgreementNumber nextAgreementNumber(CaseNumber caseNumber) {
        long existing = em.createQuery("SELECT COUNT(a) FROM FrameworkAgreement a WHERE a.caseNumber = :caseNumber",
                        Long.class)
                .setParameter("caseNumber", caseNumber)
                .getSingleResult();
        return AgreementNumber.of(caseNumber, Math.toIntExact(existing) + 1);
    }

    @Override
    public void store(FrameworkAgreement agreement) {
        save(agreement, agreement.id() == null);
    }
}

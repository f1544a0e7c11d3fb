package no.ipt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import no.ipt.domain.decision.DecisionPoint;
import no.ipt.domain.decision.DecisionPointRepository;
import no.ipt.domain.decision.DecisionPointStatus;
import no.ipt.domain.procurement.CaseNumber;

@ApplicationScoped
public class JpaDecisionPointRepository extends JpaRepositorySupport implements DecisionPointRepository {

    protected JpaDecisionPointRepository() {
        // for CDI
    }

    JpaDecisionPointRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<DecisionPoint> find(long id) {
        return Optional.ofNullable(em.find(DecisionPoint.class, id));
    }

    @Override
    public Optional<DecisionPoint> findOpenByCase(CaseNumber caseNumber) {
        return em.createQuery("SELECT d FROM DecisionPoint d WHERE d.caseNumber = :caseNumber"
                        + " AND d.status = :open", DecisionPoint.class)
                .setParameter("caseNumber", caseNumber)
                .setParameter("open", DecisionPointStatus.OPEN)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<DecisionPoint> findByCase(CaseNumber caseNumber) {
        return em.createQuery("SELECT d FROM DecisionPoint d WHERE d.caseNumber = :caseNumber"
                        + " ORDER BY d.openedOn, d.id", DecisionPoint.class)
                .setParameter("caseNumber", caseNumber)
                .getResultList();
    }

    @Override
    public void store(DecisionPoint decisionPoint) {
        save(decisionPoint, decisionPoint.id() == null);
    }
}

package no.ipt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import no.ipt.domain.needs.NeedsAssessment;
import no.ipt.domain.needs.NeedsAssessmentRepository;
import no.ipt.domain.procurement.CaseNumber;

@ApplicationScoped
public class JpaNeedsAssessmentRepository extends JpaRepositorySupport implements NeedsAssessmentRepository {

    protected JpaNeedsAssessmentRepository() {
        // for CDI
    }

    JpaNeedsAssessmentRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<NeedsAssessment> findByCase(CaseNumber caseNumber) {
        return findByKey(NeedsAssessment.class, "caseNumber", caseNumber);
    }

    @Override
    public void store(NeedsAssessment assessment) {
        save(assessment, assessment.id() == null);
    }
}

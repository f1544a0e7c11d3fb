package no.ipt.domain.needs;

import java.util.Optional;
import no.ipt.domain.procurement.CaseNumber;

/** Stores and finds needs assessments. The JPA implementation lives in the infrastructure package. */
public interface NeedsAssessmentRepository {

    /** The assessment of the case; a case has at most one. */
    Optional<NeedsAssessment> findByCase(CaseNumber caseNumber);

    void store(NeedsAssessment assessment);
}

package no.ipt.domain.decision;

import java.util.List;
import java.util.Optional;
import no.ipt.domain.procurement.CaseNumber;

/** Stores and finds decision points. The JPA implementation lives in the infrastructure package. */
public interface DecisionPointRepository {

    Optional<DecisionPoint> find(long id);

    /** The point of the case that is open for votes; a case has at most one. */
    Optional<DecisionPoint> findOpenByCase(CaseNumber caseNumber);

    /** Every decision point of the case, oldest first. */
    List<DecisionPoint> findByCase(CaseNumber caseNumber);

    void store(DecisionPoint decisionPoint);
}

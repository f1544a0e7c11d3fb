package no.ipt.domain.tender;

import java.util.List;
import java.util.Optional;
import no.ipt.domain.procurement.CaseNumber;

/** Stores and finds tenders. The JPA implementation lives in the infrastructure package. */
public interface TenderRepository {

    Optional<Tender> findByReference(TenderReference reference);

    /** The case's tenders, first to last (a case is tendered again after a cancellation). */
    List<Tender> findByCaseNumber(CaseNumber caseNumber);

    /** The reference for the case's next tender: T1 for the first, then T2 … */
    TenderReference nextReference(CaseNumber caseNumber);

    void store(Tender tender);
}

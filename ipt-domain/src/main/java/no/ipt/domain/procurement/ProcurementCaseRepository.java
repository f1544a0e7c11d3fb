package no.ipt.domain.procurement;

import java.util.List;
import java.util.Optional;

/** Stores and finds procurement cases. The JPA implementation lives in the infrastructure package. */
public interface ProcurementCaseRepository {

    /** A new, never used case number for a case opened in {@code year}. */
    CaseNumber nextCaseNumber(int year);

    Optional<ProcurementCase> find(CaseNumber caseNumber);

    List<ProcurementCase> findAll();

    /** The cases of the given municipalities (by municipality number), newest first. */
    List<ProcurementCase> findByMunicipalities(java.util.Set<String> municipalityNumbers);

    void store(ProcurementCase procurementCase);
}

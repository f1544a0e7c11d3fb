package no.ipt.domain.agreement;

import java.util.List;
import java.util.Optional;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.MunicipalityNumber;

/** Stores and finds framework agreements. The JPA implementation lives in the infrastructure package. */
public interface FrameworkAgreementRepository {

    Optional<FrameworkAgreement> find(AgreementNumber agreementNumber);

    /** The agreements that came from a procurement case, by agreement number. */
    List<FrameworkAgreement> findByCase(CaseNumber caseNumber);

    /** A municipality's agreements, by agreement number. */
    List<FrameworkAgreement> findByBuyer(MunicipalityNumber buyer);

    /**
     * The number the next agreement from {@code caseNumber} gets. Two callers racing for the same
     * number are stopped by the unique agreement number when the second stores.
     */
    AgreementNumber nextAgreementNumber(CaseNumber caseNumber);

    void store(FrameworkAgreement agreement);
}

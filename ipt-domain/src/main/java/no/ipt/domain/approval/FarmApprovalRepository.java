package no.ipt.domain.approval;

import java.util.List;
import java.util.Optional;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;

/** Stores and finds farm approvals. The JPA implementation lives in the infrastructure package. */
public interface FarmApprovalRepository {

    Optional<FarmApproval> find(MunicipalityNumber municipality, OrganisationNumber farm, CaseNumber caseNumber);

    /** The municipality's approvals of the farm, one per case, by case number. */
    List<FarmApproval> findByMunicipalityAndFarm(MunicipalityNumber municipality, OrganisationNumber farm);

    /**
     * Every municipality's approvals of the farm, by municipality and case: whom to warn when the
     * farm's national approval is suspended.
     */
    List<FarmApproval> findByFarm(OrganisationNumber farm);

    /** The municipality's approvals of every farm, by farm and case: for its overview of approved farms. */
    List<FarmApproval> findByMunicipality(MunicipalityNumber municipality);

    void store(FarmApproval approval);
}

package no.ipt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.FarmApprovalRepository;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;

@ApplicationScoped
public class JpaFarmApprovalRepository extends JpaRepositorySupport implements FarmApprovalRepository {

    protected JpaFarmApprovalRepository() {
        // for CDI
    }

    JpaFarmApprovalRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<FarmApproval> find(MunicipalityNumber municipality, OrganisationNumber farm,
                                       CaseNumber caseNumber) {
        return em.createQuery("SELECT a FROM FarmApproval a WHERE a.municipality = :municipality"
                        + " AND a.farm = :farm AND a.caseNumber = :caseNumber", FarmApproval.class)
                .setParameter("municipality", municipality)
                .setParameter("farm", farm)
                .setParameter("caseNumber", caseNumber)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<FarmApproval> findByMunicipalityAndFarm(MunicipalityNumber municipality, OrganisationNumber farm) {
        return em.createQuery("SELECT a FROM FarmApproval a WHERE a.municipality = :municipality"
                        + " AND a.farm = :farm ORDER BY a.caseNumber.value", FarmApproval.class)
                .setParameter("municipality", municipality)
                .setParameter("farm", farm)
                .getResultList();
    }

    @Override
    public List<FarmApproval> findByFarm(OrganisationNumber farm) {
        return em.createQuery("SELECT a FROM FarmApproval a WHERE a.farm = :farm"
                        + " ORDER BY a.municipality.value, a.caseNumber.value", FarmApproval.class)
                .setParameter("farm", farm)
                .getResultList();
    }

    @Override
    public List<FarmApproval> findByMunicipality(MunicipalityNumber municipality) {
        return em.createQuery("SELECT a FROM FarmApproval a WHERE a.municipality = :municipality"
                        + " ORDER BY a.farm.value, a.caseNumber.value", FarmApproval.class)
                .setParameter("municipality", municipality)
                .getResultList();
    }

    @Override
    public void store(FarmApproval approval) {
        save(approval, approval.id() == null);
    }
}

package no.ipt.workflow.approval;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.FarmApprovalRepository;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;

/**
 * The repository contract kept in memory, for process and form tests that run without a database
 * (ipt-workflow has no JPA provider on its test class path); the aggregates are the real ones.
 */
public class InMemoryFarmApprovals implements FarmApprovalRepository {

    private static final Comparator<FarmApproval> ORDER = Comparator.comparing((FarmApproval a) -> a.municipality().value())
            .thenComparing(a -> a.caseNumber().value());

    private final List<FarmApproval> approvals = new CopyOnWriteArrayList<>();

    @Override
    public Optional<FarmApproval> find(MunicipalityNumber municipality, OrganisationNumber farm, CaseNumber caseNumber) {
        return approvals.stream().filter(a -> a.municipality().equals(municipality) && a.farm().equals(farm)
                && a.caseNumber().equals(caseNumber)).findFirst();
    }

    @Override
    public List<FarmApproval> findByMunicipalityAndFarm(MunicipalityNumber municipality, OrganisationNumber farm) {
        return approvals.stream().filter(a -> a.municipality().equals(municipality) && a.farm().equals(farm))
                .sorted(ORDER).toList();
    }

    @Override
    public List<FarmApproval> findByFarm(OrganisationNumber farm) {
        return approvals.stream().filter(a -> a.farm().equals(farm)).sorted(ORDER).toList();
    }

    @Override
    public void store(FarmApproval approval) {
        approvals.remove(approval);
        approvals.add(approval);
    }
}

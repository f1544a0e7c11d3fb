package no.ipt.workflow.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import no.ipt.domain.approval.FarmApprovalRepository;
import org.camunda.bpm.engine.RuntimeService;

/** "Varsle kommunen om suspensjonen (one task per municipality with an approval of the farm, in the suspending municipality's tenant)". */
@ApplicationScoped
public class WarnMunicipalityForm extends AcknowledgeSuspensionForm {

    @Inject
    public WarnMunicipalityForm(FarmApprovalRepository approvals, FarmApprovalSettings settings, RuntimeService runtimeService) {
        this(approvals, settings, runtimeService, Clock.systemUTC());
    }

    public WarnMunicipalityForm(FarmApprovalRepository approvals, FarmApprovalSettings settings, RuntimeService runtimeService,
                      Clock clock) {
        super(approvals, settings, runtimeService, clock);
    }

    protected WarnMunicipalityForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:farm-approval/warn-municipality";
    }
}

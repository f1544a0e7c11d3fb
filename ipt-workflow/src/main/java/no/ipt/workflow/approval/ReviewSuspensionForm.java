package no.ipt.workflow.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import no.ipt.domain.approval.FarmApprovalRepository;
import org.camunda.bpm.engine.RuntimeService;

/** "Vurder suspensjonen (raised in another municipality's ipt-approval-keeping instance by the message FarmSuspendedElsewhere)". */
@ApplicationScoped
public class ReviewSuspensionForm extends AcknowledgeSuspensionForm {

    @Inject
    public ReviewSuspensionForm(FarmApprovalRepository approvals, FarmApprovalSettings settings, RuntimeService runtimeService) {
        this(approvals, settings, runtimeService, Clock.systemUTC());
    }

    public ReviewSuspensionForm(FarmApprovalRepository approvals, FarmApprovalSettings settings, RuntimeService runtimeService,
                      Clock clock) {
        super(approvals, settings, runtimeService, clock);
    }

    protected ReviewSuspensionForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:farm-approval/review-suspension";
    }
}

package no.ipt.workflow.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.FarmApprovalRepository;
import org.camunda.bpm.engine.RuntimeService;

/** "Registrer sjølvrevisjon": the date of the farm's self audit. */
@ApplicationScoped
public class RecordSelfAuditForm extends RecordAuditForm {

    @Inject
    public RecordSelfAuditForm(FarmApprovalRepository approvals, FarmApprovalSettings settings,
                               RuntimeService runtimeService) {
        this(approvals, settings, runtimeService, Clock.systemUTC());
    }

    public RecordSelfAuditForm(FarmApprovalRepository approvals, FarmApprovalSettings settings,
                               RuntimeService runtimeService, Clock clock) {
        super(approvals, settings, runtimeService, clock);
    }

    protected RecordSelfAuditForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:farm-approval/record-self-audit";
    }

    @Override
    protected void record(FarmApproval approval, LocalDate auditedOn) {
        approval.recordSelfAudit(auditedOn);
    }
}

package no.ipt.workflow.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.FarmApprovalRepository;
import org.camunda.bpm.engine.RuntimeService;

/** "Registrer ekstern revisjon": the date of the farm's external audit. */
@ApplicationScoped
public class RecordExternalAuditForm extends RecordAuditForm {

    @Inject
    public RecordExternalAuditForm(FarmApprovalRepository approvals, FarmApprovalSettings settings,
                               RuntimeService runtimeService) {
        this(approvals, settings, runtimeService, Clock.systemUTC());
    }

    public RecordExternalAuditForm(FarmApprovalRepository approvals, FarmApprovalSettings settings,
                               RuntimeService runtimeService, Clock clock) {
        super(approvals, settings, runtimeService, clock);
    }

    protected RecordExternalAuditForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:farm-approval/record-external-audit";
    }

    @Override
    protected void record(FarmApproval approval, LocalDate auditedOn) {
        approval.recordExternalAudit(auditedOn);
    }
}

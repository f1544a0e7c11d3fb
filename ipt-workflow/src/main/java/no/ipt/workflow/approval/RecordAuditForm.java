package no.ipt.workflow.approval;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.FarmApprovalRepository;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.mobilisation.FieldReaders;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The two audit tasks of {@code ipt-approval-keeping}: the date of the farm's self-audit or external
 * audit. Recording the missed audit lifts a suspension when nothing else is overdue (the aggregate's rule).
 */
public abstract class RecordAuditForm extends FarmApprovalForm {

    static final Set<String> FIELDS = Set.of(FARM, "auditedOn");

    protected RecordAuditForm(FarmApprovalRepository approvals, FarmApprovalSettings settings,
                              RuntimeService runtimeService, Clock clock) {
        super(approvals, settings, runtimeService, clock);
    }

    protected RecordAuditForm() {
        // for CDI proxies
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        farm(values);
        FieldReaders.requiredDate(values, "auditedOn");
        return Map.of();
    }

    @Override
    protected void change(FarmApproval approval, FormValues values, LocalDate today) {
        record(approval, FieldReaders.requiredDate(values, "auditedOn"));
    }

    protected abstract void record(FarmApproval approval, LocalDate auditedOn);
}

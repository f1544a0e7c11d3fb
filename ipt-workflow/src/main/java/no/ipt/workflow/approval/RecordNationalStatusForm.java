package no.ipt.workflow.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.FarmApprovalRepository;
import no.ipt.domain.approval.NationalApprovalStatus;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.mobilisation.FieldReaders;
import org.camunda.bpm.engine.RuntimeService;

/**
 * "Registrer nasjonal godkjenningsstatus": the dates of the national scheme's steps the farm has done
 * (IPT school, registration, self-audit, external audit, approval). Steps already recorded are left
 * alone; the aggregate refuses steps out of order or dated before the previous one.
 */
@ApplicationScoped
public class RecordNationalStatusForm extends FarmApprovalForm {

    static final Map<String, NationalApprovalStatus> STEP_FIELDS = new LinkedHashMap<>();

    static {
        STEP_FIELDS.put("iptSchoolDoneOn", NationalApprovalStatus.IPT_SCHOOL_DONE);
        STEP_FIELDS.put("registeredOn", NationalApprovalStatus.REGISTERED);
        STEP_FIELDS.put("selfAuditDoneOn", NationalApprovalStatus.SELF_AUDIT_DONE);
        STEP_FIELDS.put("externalAuditDoneOn", NationalApprovalStatus.EXTERNAL_AUDIT_DONE);
        STEP_FIELDS.put("approvedOn", NationalApprovalStatus.APPROVED);
    }

    static final Set<String> FIELDS = Set.of(FARM, "iptSchoolDoneOn", "registeredOn", "selfAuditDoneOn",
            "externalAuditDoneOn", "approvedOn");

    @Inject
    public RecordNationalStatusForm(FarmApprovalRepository approvals, FarmApprovalSettings settings,
                                    RuntimeService runtimeService) {
        this(approvals, settings, runtimeService, Clock.systemUTC());
    }

    public RecordNationalStatusForm(FarmApprovalRepository approvals, FarmApprovalSettings settings,
                                    RuntimeService runtimeService, Clock clock) {
        super(approvals, settings, runtimeService, clock);
    }

    protected RecordNationalStatusForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:farm-approval/record-national-status";
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        farm(values);
        STEP_FIELDS.keySet().forEach(field -> FieldReaders.optionalDate(values, field));
        return Map.of();
    }

    @Override
    protected void change(FarmApproval approval, FormValues values, LocalDate today) {
        STEP_FIELDS.forEach((field, step) -> {
            LocalDate on = FieldReaders.optionalDate(values, field);
            if (on != null && !approval.nationalSteps().containsKey(step)) {
                approval.recordNationalStep(step, on);
            }
        });
    }
}

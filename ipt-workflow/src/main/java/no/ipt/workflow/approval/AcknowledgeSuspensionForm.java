package no.ipt.workflow.approval;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.FarmApprovalRepository;
import no.ipt.workflow.forms.FormValues;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The tasks that tell an officer a farm's approval is suspended: the officer confirms with an
 * optional note ({@code suspensionNote}) what they did about it. The approval itself does not change.
 */
public abstract class AcknowledgeSuspensionForm extends FarmApprovalForm {

    static final Set<String> FIELDS = Set.of(FARM, "note");
    static final int MAX_NOTE = 2000;

    protected AcknowledgeSuspensionForm(FarmApprovalRepository approvals, FarmApprovalSettings settings,
                                        RuntimeService runtimeService, Clock clock) {
        super(approvals, settings, runtimeService, clock);
    }

    protected AcknowledgeSuspensionForm() {
        // for CDI proxies
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        farm(values);
        String note = values.optionalString("note", MAX_NOTE);
        return note == null ? Map.of() : Map.of("suspensionNote", note);
    }

    @Override
    protected void change(FarmApproval approval, FormValues values, LocalDate today) {
        // only acknowledged
    }
}

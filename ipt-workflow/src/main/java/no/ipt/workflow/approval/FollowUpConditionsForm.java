package no.ipt.workflow.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.approval.ApprovalCondition;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.FarmApprovalRepository;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.mobilisation.FieldReaders;
import org.camunda.bpm.engine.RuntimeService;

/**
 * "Følg opp vilkåra": records that condition number {@code conditionNumber} (from 1, in decision
 * order) was fulfilled. The model loops until {@code conditionsFulfilled}, read from the aggregate.
 */
@ApplicationScoped
public class FollowUpConditionsForm extends FarmApprovalForm {

    static final Set<String> FIELDS = Set.of(FARM, "conditionNumber", "fulfilledOn");
    public static final String FULFILLED = "conditionsFulfilled";

    @Inject
    public FollowUpConditionsForm(FarmApprovalRepository approvals, FarmApprovalSettings settings,
                                  RuntimeService runtimeService) {
        this(approvals, settings, runtimeService, Clock.systemUTC());
    }

    public FollowUpConditionsForm(FarmApprovalRepository approvals, FarmApprovalSettings settings,
                                  RuntimeService runtimeService, Clock clock) {
        super(approvals, settings, runtimeService, clock);
    }

    protected FollowUpConditionsForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:farm-approval/follow-up-conditions";
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        farm(values);
        values.requiredInt("conditionNumber");
        FieldReaders.requiredDate(values, "fulfilledOn");
        return Map.of();
    }

    @Override
    protected void change(FarmApproval approval, FormValues values, LocalDate today) {
        approval.fulfilCondition(values.requiredInt("conditionNumber"), FieldReaders.requiredDate(values, "fulfilledOn"));
    }

    @Override
    protected Map<String, Object> variablesOf(FarmApproval approval) {
        return Map.of(FULFILLED, approval.conditions().stream().allMatch(ApprovalCondition::isFulfilled));
    }
}

package no.ipt.workflow.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ipt.domain.approval.ApprovalCondition;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.FarmApprovalRepository;
import no.ipt.domain.approval.MunicipalDecision;
import no.ipt.domain.farm.Farm;
import no.ipt.domain.farm.FarmRepository;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.workflow.forms.FormValues;
import no.ipt.workflow.mobilisation.FieldReaders;
import org.camunda.bpm.engine.RuntimeService;

/**
 * "Vedtak om godkjenning": APPROVED, APPROVED_WITH_CONDITIONS (with up to {@value #MAX_CONDITIONS}
 * conditions, {@code condition1Text}/{@code condition1Deadline} …) or REJECTED (with a reason). The
 * aggregate decides whether the farm may be approved – the kind of premises from the {@link Farm},
 * verified documents, the site visit; a refusal rolls the task completion back. The model routes on
 * {@code approvalDecision}, the process's output.
 */
@ApplicationScoped
public class DecideApprovalForm extends FarmApprovalForm {

    public static final int MAX_CONDITIONS = 5;
    public static final String DECISION = "approvalDecision";
    static final Set<String> FIELDS;

    static {
        Set<String> fields = new HashSet<>(Set.of(FARM, "decision", "decidedOn", "rejectionReason"));
        for (int i = 1; i <= MAX_CONDITIONS; i++) {
            fields.add("condition" + i + "Text");
            fields.add("condition" + i + "Deadline");
        }
        FIELDS = Set.copyOf(fields);
    }

    private FarmRepository farms;

    @Inject
    public DecideApprovalForm(FarmApprovalRepository approvals, FarmApprovalSettings settings,
                              RuntimeService runtimeService, FarmRepository farms) {
        this(approvals, settings, runtimeService, farms, Clock.systemUTC());
    }

    public DecideApprovalForm(FarmApprovalRepository approvals, FarmApprovalSettings settings,
                              RuntimeService runtimeService, FarmRepository farms, Clock clock) {
        super(approvals, settings, runtimeService, clock);
        this.farms = farms;
    }

    protected DecideApprovalForm() {
        // for CDI proxies
    }

    @Override
    public String formKey() {
        return "ipt:farm-approval/decide";
    }

    @Override
    public Map<String, Object> validate(FormValues values) {
        values.onlyFields(FIELDS);
        farm(values);
        MunicipalDecision decision = values.requiredEnum("decision", MunicipalDecision.class);
        FieldReaders.optionalDate(values, "decidedOn");
        List<ApprovalCondition> conditions = conditions(values);
        if (decision == MunicipalDecision.APPROVED_WITH_CONDITIONS && conditions.isEmpty()) {
            throw new DomainRuleViolation("missing-conditions", "condition1Text",
                    "An approval with conditions needs at least one condition");
        }
        if (decision != MunicipalDecision.APPROVED_WITH_CONDITIONS && !conditions.isEmpty()) {
            throw new DomainRuleViolation("unexpected-conditions", "condition1Text",
                    "Only an approval with conditions has conditions");
        }
        String reason = values.optionalString("rejectionReason", FarmApproval.MAX_REASON_LENGTH);
        if (decision == MunicipalDecision.REJECTED && (reason == null || reason.isBlank())) {
            throw new DomainRuleViolation("required", "rejectionReason", "Give the reason for the rejection");
        }
        return Map.of(DECISION, decision.name());
    }

    /** The numbered conditions filled in, in order; a text needs its deadline and the other way round. */
    static List<ApprovalCondition> conditions(FormValues values) {
        List<ApprovalCondition> conditions = new ArrayList<>();
        for (int i = 1; i <= MAX_CONDITIONS; i++) {
            String text = values.optionalString("condition" + i + "Text", ApprovalCondition.MAX_TEXT_LENGTH);
            LocalDate deadline = FieldReaders.optionalDate(values, "condition" + i + "Deadline");
            boolean hasText = text != null && !text.isBlank();
            if (hasText != (deadline != null)) {
                throw new DomainRuleViolation("required", "condition" + i + (hasText ? "Deadline" : "Text"),
                        "Condition " + i + " needs both a text and a deadline");
            }
            if (hasText) {
                conditions.add(new ApprovalCondition(text, deadline));
            }
        }
        return conditions;
    }

    @Override
    protected void change(FarmApproval approval, FormValues values, LocalDate today) {
        LocalDate decidedOn = FieldReaders.optionalDate(values, "decidedOn");
        LocalDate on = decidedOn == null ? today : decidedOn;
        switch (values.requiredEnum("decision", MunicipalDecision.class)) {
            case APPROVED -> approval.approve(farm(approval).kind(), on);
            case APPROVED_WITH_CONDITIONS -> approval.approveWithConditions(farm(approval).kind(), on, conditions(values));
            case REJECTED -> approval.reject(on, values.requiredString("rejectionReason", FarmApproval.MAX_REASON_LENGTH));
        }
    }

    private Farm farm(FarmApproval approval) {
        return farms.find(approval.farm()).orElseThrow(() -> new DomainRuleViolation("unknown-farm", FARM,
                "Farm " + approval.farm() + " is not registered"));
    }
}

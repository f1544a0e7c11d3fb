package no.ipt.workflow.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import no.ipt.domain.approval.ApprovalCondition;
import no.ipt.domain.approval.FarmApproval;
import no.ipt.domain.approval.FarmApprovalRepository;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.workflow.tasks.OverdueTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What the farm-approval models ask of the municipality's {@link FarmApproval} of the execution's
 * farm (variables {@code caseNumber}, {@code municipalityNumber}, {@code farm}): timer dates read from
 * the aggregate, the escalation of an overdue condition, and the suspension for a missed audit with the warnings it sends. Called from BPMN as
 * {@code ${farmApprovals.xxx(execution, …)}}; dates are days in Norway.
 */
@Named("farmApprovals")
@ApplicationScoped
public class FarmApprovals {

    /** The message another municipality's {@code ipt-approval-keeping} instance of the farm receives. */
    public static final String SUSPENDED_ELSEWHERE = "FarmSuspendedElsewhere";
    public static final String MUNICIPALITIES_TO_WARN = "municipalitiesToWarn";
    public static final String SELF = "SELF";
    public static final String EXTERNAL = "EXTERNAL";
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private FarmApprovalRepository approvals;
    private FarmApprovalSettings settings;
    private OverdueTasks overdueTasks;
    private Clock clock;

    @Inject
    public FarmApprovals(FarmApprovalRepository approvals, FarmApprovalSettings settings, OverdueTasks overdueTasks) {
        this(approvals, settings, overdueTasks, Clock.systemUTC());
    }

    public FarmApprovals(FarmApprovalRepository approvals, FarmApprovalSettings settings, OverdueTasks overdueTasks,
                         Clock clock) {
        this.approvals = approvals;
        this.settings = settings;
        this.overdueTasks = overdueTasks;
        this.clock = clock;
    }

    protected FarmApprovals() {
        // for CDI proxies
    }

    // --- conditions

    /**
     * When the earliest open condition becomes overdue: the start of the day after its deadline
     * ({@link ApprovalCondition#isOverdueOn}). The due date of the follow-up task and its timer.
     */
    public Date conditionOverdueAt(DelegateExecution execution) {
        LocalDate deadline = approvalOf(execution).conditions().stream().filter(c -> !c.isFulfilled())
                .map(ApprovalCondition::deadline).min(LocalDate::compareTo)
                .orElseThrow(() -> new IllegalStateException("No open condition for " + approvalOf(execution)));
        return startOf(deadline.plusDays(1));
    }

    /** Offers the follow-up task to the project lead when the aggregate says a condition is overdue today. */
    public int escalateOverdueConditions(DelegateExecution execution) {
        if (approvalOf(execution).overdueConditions(today()).isEmpty()) {
            return 0;
        }
        return overdueTasks.escalate(execution, "FollowUpConditions");
    }

    // --- keeping the approval

    /** When the next audit of the kind (SELF or EXTERNAL) is due: the start of its due day. */
    public Date auditDueAt(DelegateExecution execution, String kind) {
        return startOf(auditDue(approvalOf(execution), kind));
    }

    /** When the audit task is raised: the configured lead time before the due date. */
    public Date auditReminderAt(DelegateExecution execution, String kind) {
        return Date.from(auditDueAt(execution, kind).toInstant().minus(settings.auditLeadTime()));
    }

    /** When a missing audit makes the approval overdue: the start of the day after the due date. */
    public Date auditOverdueAt(DelegateExecution execution, String kind) {
        return startOf(auditDue(approvalOf(execution), kind).plusDays(1));
    }

    /**
     * The next due date from the aggregate; before the first audit of that kind (the farm is not
     * nationally approved yet) it is counted from the municipality's decision on the same schedule.
     */
    private static LocalDate auditDue(FarmApproval approval, String kind) {
        Optional<LocalDate> due = switch (kind) {
            case SELF -> approval.nextSelfAuditDue();
            case EXTERNAL -> approval.nextExternalAuditDue();
            default -> throw new IllegalArgumentException("An audit is SELF or EXTERNAL, not " + kind);
        };
        return due.orElseGet(() -> {
            LocalDate decided = approval.decidedOn().orElseThrow(() -> new IllegalStateException(approval + " is undecided"));
            return SELF.equals(kind) ? approval.auditSchedule().nextSelfAuditAfter(decided)
                    : approval.auditSchedule().nextExternalAuditAfter(decided);
        });
    }

    /**
     * Suspends the approval when the aggregate says an audit is overdue today. When it did, sets
     * {@code municipalitiesToWarn} to every municipality with an approval of the farm
     * ({@link FarmApprovalRepository#findByFarm}) – the model raises one warning task per municipality in
     * this tenant – and sends the message {@value #SUSPENDED_ELSEWHERE} to the farm's
     * {@code ipt-approval-keeping} instances of every other approval (other municipalities, other
     * cases), which raise a review task in their own tenant. Otherwise the list is empty.
     */
    public List<String> suspendForMissedAudit(DelegateExecution execution) {
        FarmApproval approval = approvalOf(execution);
        List<String> toWarn = new ArrayList<>();
        if (approval.suspendForMissedAudit(today())) {
            approvals.store(approval);
            List<FarmApproval> all = approvals.findByFarm(approval.farm());
            all.stream().map(a -> a.municipality().value()).distinct().sorted().forEach(toWarn::add);
            if (!toWarn.contains(approval.municipality().value())) {
                toWarn.add(0, approval.municipality().value());
            }
            for (FarmApproval other : all) {
                if (!other.equals(approval)) {
                    execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(SUSPENDED_ELSEWHERE)
                            .tenantId(other.municipality().value())
                            .processInstanceBusinessKey(other.caseNumber().value())
                            .processInstanceVariableEquals(FarmApprovalForm.FARM, other.farm().value())
                            .setVariable("suspendedBy", approval.municipality().value())
                            .correlateAll();
                }
            }
        }
        execution.setVariable(MUNICIPALITIES_TO_WARN, toWarn);
        return toWarn;
    }

    private FarmApproval approvalOf(DelegateExecution execution) {
        MunicipalityNumber municipality = MunicipalityNumber.of((String) execution.getVariable("municipalityNumber"));
        OrganisationNumber farm = OrganisationNumber.of((String) execution.getVariable(FarmApprovalForm.FARM));
        CaseNumber caseNumber = new CaseNumber((String) execution.getVariable("caseNumber"));
        return approvals.find(municipality, farm, caseNumber).orElseThrow(() -> new IllegalStateException(
                "No approval of " + farm + " by " + municipality + " for " + caseNumber));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(OSLO));
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(OSLO).toInstant());
    }
}

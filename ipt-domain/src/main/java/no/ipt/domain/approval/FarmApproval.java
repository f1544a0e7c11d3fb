package no.ipt.domain.approval;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import no.ipt.domain.farm.FarmKind;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Require;

/**
 * One municipality's verification of one farm for the use a case needs (the aggregate root). The
 * municipality follows the farm through the national approval scheme, checks the KSL chapter 11
 * documents for the farm and each activity, visits the farm, and decides. It then watches that the
 * audits keeping the national approval are done in time and suspends the approval when one is not.
 */
@Entity
@Table(name = "farm_approval", schema = "ipt")
public class FarmApproval {

    public static final int MAX_REASON_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "value", column = @Column(name = "municipality_number", length = 4, nullable = false,
            updatable = false))
    private MunicipalityNumber municipality;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "value", column = @Column(name = "farm_organisation_number", length = 9,
            nullable = false, updatable = false))
    private OrganisationNumber farm;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "value", column = @Column(name = "case_number", length = 32, nullable = false,
            updatable = false))
    private CaseNumber caseNumber;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "national_status", nullable = false, length = 30)
    private NationalApprovalStatus nationalStatus;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "farm_approval_national_step", schema = "ipt",
            joinColumns = @JoinColumn(name = "farm_approval_id"))
    @MapKeyColumn(name = "step", length = 30)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "done_on", nullable = false)
    private Map<NationalApprovalStatus, LocalDate> nationalSteps = new EnumMap<>(NationalApprovalStatus.class);

    @Column(name = "last_self_audit_on")
    private LocalDate lastSelfAuditOn;

    @Column(name = "last_external_audit_on")
    private LocalDate lastExternalAuditOn;

    @Column(name = "suspended_on")
    private LocalDate suspendedOn;

    @Embedded
    @Valid
    @NotNull
    private AuditSchedule auditSchedule;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "farm_approval_checklist_item", schema = "ipt",
            joinColumns = @JoinColumn(name = "farm_approval_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<ChecklistItem> checklist = new ArrayList<>();

    @Embedded
    @Valid
    private SiteVisit siteVisit;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 30)
    private MunicipalDecision decision;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Size(max = MAX_REASON_LENGTH)
    @Column(name = "rejection_reason", length = MAX_REASON_LENGTH)
    private String rejectionReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "farm_approval_condition", schema = "ipt",
            joinColumns = @JoinColumn(name = "farm_approval_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<ApprovalCondition> conditions = new ArrayList<>();

    @Version
    @Column(nullable = false)
    private long version;

    protected FarmApproval() {
        // for JPA
    }

    /** Starts a verification with the farm checklist in place and no activities yet. */
    public FarmApproval(MunicipalityNumber municipality, OrganisationNumber farm, CaseNumber caseNumber,
                        AuditSchedule auditSchedule) {
        this.municipality = Require.present(municipality, "municipalityNumber");
        this.farm = Require.present(farm, "organisationNumber");
        this.caseNumber = Require.present(caseNumber, "caseNumber");
        this.auditSchedule = Require.present(auditSchedule, "auditSchedule");
        this.nationalStatus = NationalApprovalStatus.NOT_STARTED;
        for (ChecklistTopic topic : ChecklistTopic.values()) {
            checklist.add(ChecklistItem.forFarm(topic));
        }
    }

    // --- the national approval scheme, as recorded by the municipality

    /** Records the farm's next step in the national scheme; steps come in order, none on an earlier date. */
    public void recordNationalStep(NationalApprovalStatus step, LocalDate on) {
        Require.present(step, "step");
        Require.present(on, "doneOn");
        if (nationalStatus == NationalApprovalStatus.APPROVED || nationalStatus == NationalApprovalStatus.SUSPENDED) {
            throw new DomainRuleViolation("already-nationally-approved", "step",
                    "The farm was approved on " + nationalSteps.get(NationalApprovalStatus.APPROVED)
                            + "; record audits instead");
        }
        NationalApprovalStatus expected = nationalStatus.nextStep();
        if (step != expected) {
            throw new DomainRuleViolation("national-step-out-of-order", "step",
                    "After " + nationalStatus + " the next step is " + expected + ", not " + step);
        }
        LocalDate previous = nationalSteps.get(nationalStatus);
        if (previous != null && on.isBefore(previous)) {
            throw new DomainRuleViolation("national-step-before-previous", "doneOn",
                    step + " cannot be done on " + on + ", before " + nationalStatus + " on " + previous);
        }
        nationalSteps.put(step, on);
        nationalStatus = step;
        if (step == NationalApprovalStatus.SELF_AUDIT_DONE) {
            lastSelfAuditOn = on;
        } else if (step == NationalApprovalStatus.EXTERNAL_AUDIT_DONE) {
            lastExternalAuditOn = on;
        }
    }

    /** A yearly self-audit after approval. Doing the missed audit lifts a suspension when nothing else is due. */
    public void recordSelfAudit(LocalDate on) {
        lastSelfAuditOn = laterAudit(lastSelfAuditOn, on, "self-audit");
        reinstateIfUpToDate(on);
    }

    /** An external audit by a KSL auditor after approval. */
    public void recordExternalAudit(LocalDate on) {
        lastExternalAuditOn = laterAudit(lastExternalAuditOn, on, "external audit");
        reinstateIfUpToDate(on);
    }

    private LocalDate laterAudit(LocalDate last, LocalDate on, String what) {
        Require.present(on, "auditedOn");
        if (nationalApprovedOn().isEmpty()) {
            throw new DomainRuleViolation("not-nationally-approved", "auditedOn",
                    "A " + what + " to keep the approval is recorded after the farm is approved; before, record the"
                            + " national step");
        }
        if (on.isBefore(last)) {
            throw new DomainRuleViolation("audit-before-last", "auditedOn",
                    "The last " + what + " was on " + last + "; a new one cannot be dated " + on);
        }
        return on;
    }

    private void reinstateIfUpToDate(LocalDate on) {
        if (nationalStatus == NationalApprovalStatus.SUSPENDED && !isAuditOverdueOn(on)) {
            nationalStatus = NationalApprovalStatus.APPROVED;
            suspendedOn = null;
        }
    }

    /** When the next yearly self-audit is due; empty before the first self-audit. */
    public Optional<LocalDate> nextSelfAuditDue() {
        return Optional.ofNullable(lastSelfAuditOn).map(auditSchedule::nextSelfAuditAfter);
    }

    /** When the next external audit (every second year) is due; empty before the first one. */
    public Optional<LocalDate> nextExternalAuditDue() {
        return Optional.ofNullable(lastExternalAuditOn).map(auditSchedule::nextExternalAuditAfter);
    }

    /** Whether an audit is past its due date on {@code day}; on the due date itself it is still in time. */
    public boolean isAuditOverdueOn(LocalDate day) {
        Require.present(day, "day");
        return Stream.of(nextSelfAuditDue(), nextExternalAuditDue())
                .flatMap(Optional::stream)
                .anyMatch(day::isAfter);
    }

    /**
     * Suspends an approved farm whose self-audit or external audit is overdue {@code today}.
     * Returns whether it suspended; a farm not (or no longer) approved is left as it is, so a daily
     * timer may call this for every approval.
     */
    public boolean suspendForMissedAudit(LocalDate today) {
        if (nationalStatus != NationalApprovalStatus.APPROVED || !isAuditOverdueOn(today)) {
            return false;
        }
        nationalStatus = NationalApprovalStatus.SUSPENDED;
        suspendedOn = today;
        return true;
    }

    /** Whether the national approval held on {@code day}: approved by then, audits in time, not suspended. */
    public boolean isValidOn(LocalDate day) {
        Require.present(day, "day");
        Optional<LocalDate> approvedOn = nationalApprovedOn();
        return approvedOn.isPresent() && !day.isBefore(approvedOn.get()) && !isAuditOverdueOn(day)
                && (suspendedOn == null || day.isBefore(suspendedOn));
    }

    public Optional<LocalDate> nationalApprovedOn() {
        return Optional.ofNullable(nationalSteps.get(NationalApprovalStatus.APPROVED));
    }

    // --- the KSL chapter 11 checklists

    /** Adds the activity checklist for a service the farm is to deliver. */
    public void addActivity(ServiceArea activity) {
        requireUndecided();
        Require.present(activity, "activity");
        if (activities().contains(activity)) {
            throw new DomainRuleViolation("duplicate-activity", "activity",
                    "There is already a checklist for " + activity);
        }
        for (ChecklistTopic topic : ChecklistTopic.values()) {
            checklist.add(ChecklistItem.forActivity(activity, topic));
        }
    }

    public void receiveFarmDocument(ChecklistTopic topic, LocalDate on) {
        changeItem(null, topic, item -> item.received(on));
    }

    public void verifyFarmDocument(ChecklistTopic topic, LocalDate on) {
        changeItem(null, topic, item -> item.verified(on));
    }

    public void receiveActivityDocument(ServiceArea activity, ChecklistTopic topic, LocalDate on) {
        changeItem(Require.present(activity, "activity"), topic, item -> item.received(on));
    }

    public void verifyActivityDocument(ServiceArea activity, ChecklistTopic topic, LocalDate on) {
        changeItem(Require.present(activity, "activity"), topic, item -> item.verified(on));
    }

    private void changeItem(ServiceArea activity, ChecklistTopic topic, UnaryOperator<ChecklistItem> change) {
        requireUndecided();
        Require.present(topic, "topic");
        for (int i = 0; i < checklist.size(); i++) {
            if (checklist.get(i).concerns(activity, topic)) {
                checklist.set(i, change.apply(checklist.get(i)));
                return;
            }
        }
        throw new DomainRuleViolation("no-activity-checklist", "activity",
                "There is no checklist for " + activity + "; add the activity first");
    }

    public List<ChecklistItem> farmChecklist() {
        return checklist.stream().filter(item -> item.activity().isEmpty()).toList();
    }

    public List<ChecklistItem> activityChecklist(ServiceArea activity) {
        return checklist.stream().filter(item -> item.activity().filter(activity::equals).isPresent()).toList();
    }

    /** The activities with a checklist, in the order they were added. */
    public List<ServiceArea> activities() {
        return checklist.stream().flatMap(item -> item.activity().stream()).distinct().toList();
    }

    public List<ChecklistItem> unverifiedItems() {
        return checklist.stream().filter(item -> !item.isVerified()).toList();
    }

    // --- site visit and the municipality's decision

    public void recordSiteVisit(SiteVisit visit) {
        requireUndecided();
        this.siteVisit = Require.present(visit, "siteVisit");
    }

    /** Approves the farm for the municipality's use. */
    public void approve(FarmKind farmKind, LocalDate on) {
        decideApproval(farmKind, on, MunicipalDecision.APPROVED);
    }

    /** Approves on conditions, each with a deadline on or after the decision. */
    public void approveWithConditions(FarmKind farmKind, LocalDate on, List<ApprovalCondition> conditions) {
        if (conditions == null || conditions.isEmpty()) {
            throw new DomainRuleViolation("missing-conditions", "conditions",
                    "An approval with conditions needs at least one condition");
        }
        for (ApprovalCondition condition : conditions) {
            Require.present(condition, "conditions");
            if (on != null && condition.deadline().isBefore(on)) {
                throw new DomainRuleViolation("deadline-before-decision", "deadline",
                        "The deadline of '" + condition.text() + "' (" + condition.deadline()
                                + ") is before the decision on " + on);
            }
        }
        decideApproval(farmKind, on, MunicipalDecision.APPROVED_WITH_CONDITIONS);
        this.conditions.addAll(conditions);
    }

    /**
     * Rejects the farm. Unlike an approval this needs neither verified documents nor a visit: missing
     * documents or premises the scheme excludes are reasons to reject.
     */
    public void reject(LocalDate on, String reason) {
        requireUndecided();
        Require.present(on, "decidedOn");
        this.rejectionReason = Require.text(reason, "rejectionReason", MAX_REASON_LENGTH);
        this.decision = MunicipalDecision.REJECTED;
        this.decidedOn = on;
    }

    private void decideApproval(FarmKind farmKind, LocalDate on, MunicipalDecision approval) {
        requireUndecided();
        Require.present(farmKind, "kind");
        Require.present(on, "decidedOn");
        if (!farmKind.isApprovable()) {
            throw new DomainRuleViolation("farm-not-approvable", "kind", "A farm of kind " + farmKind
                    + " cannot be approved; the IPT approval scheme approves working farms only");
        }
        if (activities().isEmpty()) {
            throw new DomainRuleViolation("missing-activity", "activity",
                    "Approve the farm for at least one activity with its checklist");
        }
        List<ChecklistItem> unverified = unverifiedItems();
        if (!unverified.isEmpty()) {
            throw new DomainRuleViolation("unverified-documents", "checklist",
                    unverified.size() + " checklist documents are not verified, e.g. " + unverified.get(0));
        }
        if (siteVisit == null) {
            throw new DomainRuleViolation("missing-site-visit", "siteVisit", "Visit the farm before approving it");
        }
        if (on.isBefore(siteVisit.visitedOn())) {
            throw new DomainRuleViolation("decided-before-visit", "decidedOn",
                    "The decision cannot be dated " + on + ", before the site visit on " + siteVisit.visitedOn());
        }
        this.decision = approval;
        this.decidedOn = on;
    }

    private void requireUndecided() {
        if (decision != null) {
            throw new DomainRuleViolation("already-decided", "decision",
                    "The municipality decided " + decision + " on " + decidedOn);
        }
    }

    /** Records that condition number {@code number} (from 1, in decision order) was fulfilled. */
    public void fulfilCondition(int number, LocalDate on) {
        if (number < 1 || number > conditions.size()) {
            throw new DomainRuleViolation("unknown-condition", "conditionNumber",
                    "There is no condition number " + number + " (there are " + conditions.size() + ")");
        }
        Require.present(on, "fulfilledOn");
        if (on.isBefore(decidedOn)) {
            throw new DomainRuleViolation("fulfilled-before-decision", "fulfilledOn",
                    "A condition cannot be fulfilled on " + on + ", before the decision on " + decidedOn);
        }
        conditions.set(number - 1, conditions.get(number - 1).fulfilled(on));
    }

    /** Conditions not fulfilled by their deadline; a condition is overdue from the day after. */
    public List<ApprovalCondition> overdueConditions(LocalDate today) {
        Require.present(today, "today");
        return conditions.stream().filter(condition -> condition.isOverdueOn(today)).toList();
    }

    public Long id() {
        return id;
    }

    public MunicipalityNumber municipality() {
        return municipality;
    }

    public OrganisationNumber farm() {
        return farm;
    }

    public CaseNumber caseNumber() {
        return caseNumber;
    }

    public NationalApprovalStatus nationalStatus() {
        return nationalStatus;
    }

    /** The date of each national step done so far, in the scheme's order. */
    public Map<NationalApprovalStatus, LocalDate> nationalSteps() {
        Map<NationalApprovalStatus, LocalDate> steps = new EnumMap<>(NationalApprovalStatus.class);
        steps.putAll(nationalSteps);
        return Collections.unmodifiableMap(steps);
    }

    public Optional<LocalDate> lastSelfAuditOn() {
        return Optional.ofNullable(lastSelfAuditOn);
    }

    public Optional<LocalDate> lastExternalAuditOn() {
        return Optional.ofNullable(lastExternalAuditOn);
    }

    public Optional<LocalDate> suspendedOn() {
        return Optional.ofNullable(suspendedOn);
    }

    public AuditSchedule auditSchedule() {
        return auditSchedule;
    }

    public Optional<SiteVisit> siteVisit() {
        return Optional.ofNullable(siteVisit);
    }

    public Optional<MunicipalDecision> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<LocalDate> decidedOn() {
        return Optional.ofNullable(decidedOn);
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    public List<ApprovalCondition> conditions() {
        return List.copyOf(conditions);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FarmApproval other && municipality.equals(other.municipality) && farm.equals(other.farm)
                && caseNumber.equals(other.caseNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(municipality, farm, caseNumber);
    }

    @Override
    public String toString() {
        return "Approval of " + farm + " by " + municipality + " for " + caseNumber;
    }
}

package no.ipt.domain.needs;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.tender.BuyerType;
import no.ipt.domain.tender.ServiceCategory;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.Period;
import no.ipt.domain.shared.Require;

/**
 * The needs assessment of one procurement case (the aggregate root). It is filled in bit by bit as
 * a draft; {@link #submit} checks that everything the steering group needs is there and freezes it,
 * and {@link #reopen} thaws it when the group sends it back.
 */
@Entity
@Table(name = "needs_assessment", schema = "ipt")
public class NeedsAssessment {

    public static final int MAX_TARGET_GROUP_LENGTH = 1000;
    public static final int MAX_COUNT = 10_000;
    public static final int MAX_OUTCOME_LENGTH = 500;
    public static final int MAX_OUTCOMES = 20;
    public static final int MAX_UNIT_NAME_LENGTH = 200;
    public static final int MAX_UNITS = 30;
    public static final int MAX_REASON_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @Valid
    @NotNull
    private CaseNumber caseNumber;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "service_area", nullable = false, length = 40)
    private ServiceArea serviceArea;

    /** Who the service is for, in general words (e.g. "home-dwelling people with early dementia"). */
    @Size(max = MAX_TARGET_GROUP_LENGTH)
    @Column(name = "target_group", length = MAX_TARGET_GROUP_LENGTH)
    private String targetGroup;

    @Min(1)
    @Max(MAX_COUNT)
    @Column(name = "participants")
    private Integer participants;

    @Min(1)
    @Max(MAX_COUNT)
    @Column(name = "places")
    private Integer places;

    @Min(1)
    @Max(7)
    @Column(name = "days_per_week")
    private Integer daysPerWeek;

    @Embedded
    @Valid
    private Period period;

    @Embedded
    @Valid
    private Transport transport;

    @Embedded
    @Valid
    private CurrentService currentService;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "needs_expected_outcome", schema = "ipt",
            joinColumns = @JoinColumn(name = "needs_assessment_id"))
    @OrderColumn(name = "position")
    @Column(name = "outcome", nullable = false, length = MAX_OUTCOME_LENGTH)
    @Size(max = MAX_OUTCOMES)
    private List<String> expectedOutcomes = new ArrayList<>();

    /** Over the whole term including options, excluding VAT: what decides the procurement rules. */
    @Embedded
    @Valid
    @AttributeOverride(name = "amount", column = @Column(name = "estimated_contract_value", precision = 15, scale = 2))
    private Money estimatedContractValue;

    /** Health and social service or other, as the officer reads the service's CPV code. */
    @Enumerated(EnumType.STRING)
    @Column(name = "service_category", length = 20)
    private ServiceCategory serviceCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "buyer_type", length = 20)
    private BuyerType buyerType;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "needs_unit_involved", schema = "ipt",
            joinColumns = @JoinColumn(name = "needs_assessment_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_name", nullable = false, length = MAX_UNIT_NAME_LENGTH)
    @Size(max = MAX_UNITS)
    private List<String> unitsInvolved = new ArrayList<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssessmentStatus status;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Size(max = MAX_REASON_LENGTH)
    @Column(name = "reopen_reason", length = MAX_REASON_LENGTH)
    private String reopenReason;

    @Version
    @Column(nullable = false)
    private long version;

    protected NeedsAssessment() {
        // for JPA
    }

    public NeedsAssessment(CaseNumber caseNumber, ServiceArea serviceArea) {
        this.caseNumber = Require.present(caseNumber, "caseNumber");
        this.serviceArea = Require.present(serviceArea, "serviceArea");
        this.status = AssessmentStatus.DRAFT;
    }

    public void changeServiceArea(ServiceArea serviceArea) {
        requireDraft();
        this.serviceArea = Require.present(serviceArea, "serviceArea");
    }

    /** The target group in general words: no names, diagnoses of individuals or other personal data. */
    public void describeTargetGroup(String targetGroup) {
        requireDraft();
        this.targetGroup = Require.text(targetGroup, "targetGroup", MAX_TARGET_GROUP_LENGTH);
    }

    /** How many participants in all, how many places, and on how many days a week (1–7). */
    public void size(int participants, int places, int daysPerWeek) {
        requireDraft();
        this.participants = requireCount(participants, "participants");
        this.places = requireCount(places, "places");
        if (daysPerWeek < 1 || daysPerWeek > 7) {
            throw new DomainRuleViolation("invalid-days-per-week", "daysPerWeek",
                    "A service runs on 1 to 7 days a week (got " + daysPerWeek + ")");
        }
        this.daysPerWeek = daysPerWeek;
    }

    private static int requireCount(int count, String field) {
        if (count < 1 || count > MAX_COUNT) {
            throw new DomainRuleViolation("invalid-" + field, field,
                    "The number of " + field + " is 1 to " + MAX_COUNT + " (got " + count + ")");
        }
        return count;
    }

    public void schedule(Period period) {
        requireDraft();
        this.period = Require.present(period, "period");
    }

    public void arrangeTransport(Transport transport) {
        requireDraft();
        this.transport = Require.present(transport, "transport");
    }

    public void compareWithCurrentService(CurrentService currentService) {
        requireDraft();
        this.currentService = Require.present(currentService, "currentService");
    }

    /** For a need the municipality does not meet today. */
    public void noCurrentService() {
        requireDraft();
        this.currentService = null;
    }

    public void estimateContractValue(Money value) {
        requireDraft();
        Require.present(value, "estimatedContractValue");
        if (value.isNegative()) {
            throw new DomainRuleViolation("negative-contract-value", "estimatedContractValue",
                    "An estimated contract value cannot be negative (got " + value + ")");
        }
        this.estimatedContractValue = value;
    }

    /**
     * What kind of purchase this is for the procurement rules: the service category (the officer's
     * reading of the CPV code) and the kind of buyer. With the value, it chooses the tender procedure.
     */
    public void classifyPurchase(ServiceCategory serviceCategory, BuyerType buyerType) {
        requireDraft();
        Require.present(serviceCategory, "serviceCategory");
        this.buyerType = Require.present(buyerType, "buyerType");
        this.serviceCategory = serviceCategory;
    }

    /** Replaces the expected outcomes with these, in this order. */
    public void expectOutcomes(List<String> outcomes) {
        requireDraft();
        List<String> previous = List.copyOf(expectedOutcomes);
        expectedOutcomes.clear();
        try {
            Require.present(outcomes, "expectedOutcomes").forEach(this::addExpectedOutcome);
        } catch (RuntimeException e) {
            expectedOutcomes.clear();
            expectedOutcomes.addAll(previous);
            throw e;
        }
    }

    /** Replaces the units of the cross-disciplinary team with these, in this order. */
    public void involveUnits(List<String> unitNames) {
        requireDraft();
        List<String> previous = List.copyOf(unitsInvolved);
        unitsInvolved.clear();
        try {
            Require.present(unitNames, "unitsInvolved").forEach(this::involveUnit);
        } catch (RuntimeException e) {
            unitsInvolved.clear();
            unitsInvolved.addAll(previous);
            throw e;
        }
    }

    public void addExpectedOutcome(String outcome) {
        requireDraft();
        addDistinct(expectedOutcomes, Require.text(outcome, "expectedOutcome", MAX_OUTCOME_LENGTH),
                MAX_OUTCOMES, "expectedOutcome");
    }

    public void removeExpectedOutcome(String outcome) {
        requireDraft();
        expectedOutcomes.removeIf(existing -> existing.equalsIgnoreCase(outcome == null ? "" : outcome.strip()));
    }

    /** Adds a unit of the cross-disciplinary team, e.g. "Helse og omsorg" or "NAV". */
    public void involveUnit(String unitName) {
        requireDraft();
        addDistinct(unitsInvolved, Require.text(unitName, "unitName", MAX_UNIT_NAME_LENGTH), MAX_UNITS, "unitName");
    }

    public void removeUnit(String unitName) {
        requireDraft();
        unitsInvolved.removeIf(existing -> existing.equalsIgnoreCase(unitName == null ? "" : unitName.strip()));
    }

    private static void addDistinct(List<String> list, String value, int max, String field) {
        if (list.stream().anyMatch(value::equalsIgnoreCase)) {
            throw new DomainRuleViolation("duplicate-" + field.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(),
                    field, "'" + value + "' is already listed");
        }
        if (list.size() >= max) {
            throw new DomainRuleViolation("too-many-entries", field, "At most " + max + " entries");
        }
        list.add(value);
    }

    /** The mandatory fields not yet filled in, in form order; empty when the assessment can be submitted. */
    public List<String> missingFields() {
        List<String> missing = new ArrayList<>();
        addIf(missing, targetGroup == null, "targetGroup");
        addIf(missing, participants == null, "participants");
        addIf(missing, places == null, "places");
        addIf(missing, daysPerWeek == null, "daysPerWeek");
        addIf(missing, period == null, "period");
        addIf(missing, transport == null, "transport");
        addIf(missing, expectedOutcomes.isEmpty(), "expectedOutcomes");
        addIf(missing, estimatedContractValue == null, "estimatedContractValue");
        addIf(missing, serviceCategory == null, "serviceCategory");
        addIf(missing, buyerType == null, "buyerType");
        addIf(missing, unitsInvolved.isEmpty(), "unitsInvolved");
        return missing;
    }

    private static void addIf(List<String> missing, boolean condition, String field) {
        if (condition) {
            missing.add(field);
        }
    }

    /** Submits the assessment for the decision point; from now on it cannot change until reopened. */
    public void submit(Instant at) {
        requireDraft();
        Require.present(at, "submittedAt");
        List<String> missing = missingFields();
        if (!missing.isEmpty()) {
            throw new DomainRuleViolation("incomplete-needs-assessment", missing.get(0),
                    "Fill in before submitting: " + String.join(", ", missing));
        }
        this.status = AssessmentStatus.SUBMITTED;
        this.submittedAt = at;
    }

    /** Makes a submitted assessment a draft again, e.g. after the steering group sent it back. */
    public void reopen(String reason) {
        if (status != AssessmentStatus.SUBMITTED) {
            throw new DomainRuleViolation("not-submitted", "status", "Only a submitted needs assessment can be reopened");
        }
        this.reopenReason = Require.text(reason, "reopenReason", MAX_REASON_LENGTH);
        this.status = AssessmentStatus.DRAFT;
        this.submittedAt = null;
    }

    private void requireDraft() {
        if (status != AssessmentStatus.DRAFT) {
            throw new DomainRuleViolation("needs-assessment-submitted", "status",
                    "The needs assessment of " + caseNumber + " was submitted and is frozen; reopen it to change it");
        }
    }

    public Long id() {
        return id;
    }

    public CaseNumber caseNumber() {
        return caseNumber;
    }

    public ServiceArea serviceArea() {
        return serviceArea;
    }

    public Optional<String> targetGroup() {
        return Optional.ofNullable(targetGroup);
    }

    public Optional<Integer> participants() {
        return Optional.ofNullable(participants);
    }

    public Optional<Integer> places() {
        return Optional.ofNullable(places);
    }

    public Optional<Integer> daysPerWeek() {
        return Optional.ofNullable(daysPerWeek);
    }

    public Optional<Period> period() {
        return Optional.ofNullable(period);
    }

    public Optional<Transport> transport() {
        return Optional.ofNullable(transport);
    }

    public Optional<CurrentService> currentService() {
        return Optional.ofNullable(currentService);
    }

    public List<String> expectedOutcomes() {
        return List.copyOf(expectedOutcomes);
    }

    public Optional<Money> estimatedContractValue() {
        return Optional.ofNullable(estimatedContractValue);
    }

    public Optional<ServiceCategory> serviceCategory() {
        return Optional.ofNullable(serviceCategory);
    }

    public Optional<BuyerType> buyerType() {
        return Optional.ofNullable(buyerType);
    }

    public List<String> unitsInvolved() {
        return List.copyOf(unitsInvolved);
    }

    public AssessmentStatus status() {
        return status;
    }

    public boolean isSubmitted() {
        return status == AssessmentStatus.SUBMITTED;
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    /** Why it was last reopened, if ever. */
    public Optional<String> reopenReason() {
        return Optional.ofNullable(reopenReason);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NeedsAssessment other && caseNumber.equals(other.caseNumber);
    }

    @Override
    public int hashCode() {
        return caseNumber.hashCode();
    }

    @Override
    public String toString() {
        return "Needs assessment of " + caseNumber + " (" + status + ")";
    }
}

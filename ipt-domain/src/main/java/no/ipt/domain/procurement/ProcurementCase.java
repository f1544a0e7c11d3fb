package no.ipt.domain.procurement;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import no.ipt.domain.decision.QuorumRule;
import no.ipt.domain.decision.QuorumRuleConverter;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Require;
import no.ipt.domain.shared.MunicipalityNumber;

/**
 * A municipality's procurement of one IPT service, from needs assessment to follow-up (the aggregate
 * root). The BPMN processes decide what happens next; this entity keeps what was decided and
 * guards the rules that hold whatever process version runs.
 */
@Entity
@Table(name = "procurement_case", schema = "ipt")
public class ProcurementCase {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_NEED_LENGTH = 4000;
    public static final int MAX_PARTICIPANTS = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @Valid
    @NotNull
    private CaseNumber caseNumber;

    @NotBlank
    @Size(max = MAX_TITLE_LENGTH)
    @Column(nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "value", column = @Column(name = "municipality_number", length = 4, nullable = false))
    private MunicipalityNumber municipality;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "service_area", nullable = false, length = 40)
    private ServiceArea serviceArea;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Stage stage;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Size(max = MAX_NEED_LENGTH)
    @Column(name = "need_description", length = MAX_NEED_LENGTH)
    private String needDescription;

    @Min(1)
    @Max(MAX_PARTICIPANTS)
    @Column(name = "participants")
    private Integer participants;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    /** How the steering group's votes decide this case's decision points. */
    @NotNull
    @Convert(converter = QuorumRuleConverter.class)
    @Column(name = "quorum_rule", nullable = false, length = 60)
    private QuorumRule quorumRule = QuorumRule.majorityOfMembers();

    @NotNull
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected ProcurementCase() {
        // for JPA
    }

    public ProcurementCase(CaseNumber caseNumber, String title, MunicipalityNumber municipality,
                           ServiceArea serviceArea, Instant openedAt) {
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.title = requireTitle(title);
        this.municipality = Objects.requireNonNull(municipality, "municipality");
        if (serviceArea == null) {
            throw new DomainRuleViolation("missing-service-area", "serviceArea", "Choose the service area of the need");
        }
        this.serviceArea = serviceArea;
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.stage = Stage.NEEDS_ASSESSMENT;
        this.status = CaseStatus.OPEN;
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new DomainRuleViolation("missing-title", "title", "Give the case a title");
        }
        if (title.strip().length() > MAX_TITLE_LENGTH) {
            throw new DomainRuleViolation("title-too-long", "title",
                    "A title has at most " + MAX_TITLE_LENGTH + " characters");
        }
        return title.strip();
    }

    /** Links the case to the process instance that drives it; done once, when the case is opened. */
    public void attachProcess(String processInstanceId) {
        if (this.processInstanceId != null && !this.processInstanceId.equals(processInstanceId)) {
            throw new IllegalStateException("Case " + caseNumber + " already runs in process " + this.processInstanceId);
        }
        this.processInstanceId = Objects.requireNonNull(processInstanceId);
    }

    /**
     * Refuses to go on when the caller edited an older version than the stored one, so that a
     * concurrent edit is never silently overwritten.
     */
    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleCaseException(caseNumber, expectedVersion, version);
        }
    }

    /** Records what is needed and for how many participants (counts only, never who they are). */
    public void describeNeed(String needDescription, int participants) {
        requireOpen();
        if (needDescription == null || needDescription.isBlank()) {
            throw new DomainRuleViolation("missing-need-description", "needDescription", "Describe the need");
        }
        if (needDescription.length() > MAX_NEED_LENGTH) {
            throw new DomainRuleViolation("need-description-too-long", "needDescription",
                    "A need description has at most " + MAX_NEED_LENGTH + " characters");
        }
        if (participants < 1 || participants > MAX_PARTICIPANTS) {
            throw new DomainRuleViolation("invalid-participants", "participants",
                    "The number of participants is between 1 and " + MAX_PARTICIPANTS);
        }
        this.needDescription = needDescription.strip();
        this.participants = participants;
    }

    /**
     * Chooses the quorum rule for the case's coming decision points (a point already open keeps the
     * rule it opened with). The rule must be one a group of {@code members} can meet.
     */
    public void chooseQuorumRule(QuorumRule rule, int members) {
        requireOpen();
        Require.present(rule, "quorumRule").requireMeetableBy(members);
        this.quorumRule = rule;
    }

    public QuorumRule quorumRule() {
        return quorumRule;
    }

    public void enterStage(Stage next) {
        requireOpen();
        this.stage = Objects.requireNonNull(next);
    }

    /** Ends the case; {@code status} says how. */
    public void close(CaseStatus outcome, Instant at) {
        requireOpen();
        if (outcome == CaseStatus.OPEN) {
            throw new IllegalArgumentException("A case is closed as completed or rejected");
        }
        this.status = outcome;
        this.closedAt = Objects.requireNonNull(at);
    }

    private void requireOpen() {
        if (status != CaseStatus.OPEN) {
            throw new DomainRuleViolation("case-closed", "Case " + caseNumber + " is closed (" + status + ")");
        }
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }

    public Long id() {
        return id;
    }

    public CaseNumber caseNumber() {
        return caseNumber;
    }

    public String title() {
        return title;
    }

    public MunicipalityNumber municipality() {
        return municipality;
    }

    public ServiceArea serviceArea() {
        return serviceArea;
    }

    public Stage stage() {
        return stage;
    }

    public CaseStatus status() {
        return status;
    }

    public String needDescription() {
        return needDescription;
    }

    public Integer participants() {
        return participants;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcurementCase other && caseNumber.equals(other.caseNumber);
    }

    @Override
    public int hashCode() {
        return caseNumber.hashCode();
    }
}

package no.ipt.domain.decision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.Stage;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Require;

/**
 * A steering-group decision point (beslutningspunkt) that concludes one stage of a case (the
 * aggregate root). Members vote while it is open and may change their minds; the quorum rule says
 * when the votes decide. It is closed once decided, and concluded once its minutes are recorded.
 */
@Entity
@Table(name = "decision_point", schema = "ipt")
public class DecisionPoint {

    public static final int MAX_MEMBERS = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @Valid
    @NotNull
    private CaseNumber caseNumber;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "concludes_stage", nullable = false, length = 40)
    private Stage concludesStage;

    @NotNull
    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "decision_member", schema = "ipt", joinColumns = @JoinColumn(name = "decision_point_id"))
    @OrderColumn(name = "position")
    @Valid
    @Size(min = 1, max = MAX_MEMBERS)
    private List<Member> members = new ArrayList<>();

    @NotNull
    @Convert(converter = QuorumRuleConverter.class)
    @Column(name = "quorum_rule", nullable = false, length = 40)
    private QuorumRule quorumRule;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "decision_vote", schema = "ipt", joinColumns = @JoinColumn(name = "decision_point_id"))
    @Valid
    private List<Vote> votes = new ArrayList<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionPointStatus status;

    /** Kept when the point closes, so the decision can be queried and never recomputed differently. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private DecisionOutcome outcome;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Embedded
    @Valid
    private Minutes minutes;

    @Version
    @Column(nullable = false)
    private long version;

    protected DecisionPoint() {
        // for JPA
    }

    /** Opens a point decided by a simple majority of all members. */
    public DecisionPoint(CaseNumber caseNumber, Stage concludesStage, LocalDate openedOn, List<Member> members) {
        this(caseNumber, concludesStage, openedOn, members, QuorumRule.majorityOfMembers());
    }

    public DecisionPoint(CaseNumber caseNumber, Stage concludesStage, LocalDate openedOn, List<Member> members,
                         QuorumRule quorumRule) {
        this.caseNumber = Require.present(caseNumber, "caseNumber");
        this.concludesStage = Require.present(concludesStage, "concludesStage");
        this.openedOn = Require.present(openedOn, "openedOn");
        this.members = requireMembers(members);
        this.quorumRule = requireRule(quorumRule, this.members.size());
        this.status = DecisionPointStatus.OPEN;
    }

    private static List<Member> requireMembers(List<Member> members) {
        if (members == null || members.isEmpty()) {
            throw new DomainRuleViolation("missing-members", "members", "A decision point needs at least one member");
        }
        if (members.size() > MAX_MEMBERS) {
            throw new DomainRuleViolation("too-many-members", "members",
                    "A steering group has at most " + MAX_MEMBERS + " members");
        }
        Set<String> userIds = new HashSet<>();
        for (Member member : members) {
            Require.present(member, "members");
            if (!userIds.add(member.userId())) {
                throw new DomainRuleViolation("duplicate-member", "members",
                        member.userId() + " is listed as a member more than once");
            }
        }
        return new ArrayList<>(members);
    }

    private static QuorumRule requireRule(QuorumRule rule, int members) {
        Require.present(rule, "quorumRule").requireMeetableBy(members);
        return rule;
    }

    /** A case may choose another rule, but only before anyone has voted under the first one. */
    public void changeQuorumRule(QuorumRule rule) {
        requireOpen();
        if (!votes.isEmpty()) {
            throw new DomainRuleViolation("votes-already-cast", "quorumRule",
                    "The quorum rule cannot change once members have voted");
        }
        this.quorumRule = requireRule(rule, members.size());
    }

    /** Records or replaces the vote of member {@code userId}. */
    public void vote(String userId, DecisionOutcome choice, String comment, Instant at) {
        requireOpen();
        Vote vote = new Vote(userId, choice, comment, at);
        if (member(vote.userId()).isEmpty()) {
            throw new DomainRuleViolation("not-a-member", "userId",
                    vote.userId() + " is not a member entitled to vote at this decision point");
        }
        votes.removeIf(earlier -> earlier.userId().equals(vote.userId()));
        votes.add(vote);
    }

    public VoteTally tally() {
        return VoteTally.of(votes);
    }

    /** The decided outcome: computed by the quorum rule while open, as closed afterwards. */
    public Optional<DecisionOutcome> outcome() {
        if (status != DecisionPointStatus.OPEN) {
            return Optional.of(outcome);
        }
        return quorumRule.evaluate(members.size(), tally());
    }

    public boolean isDecided() {
        return outcome().isPresent();
    }

    /** Closes voting once the votes decide; from now on the outcome stands. */
    public void close(LocalDate on) {
        requireOpen();
        Require.present(on, "closedOn");
        if (on.isBefore(openedOn)) {
            throw new DomainRuleViolation("closed-before-opened", "closedOn",
                    "A decision point opened on " + openedOn + " cannot close on " + on);
        }
        this.outcome = outcome().orElseThrow(() -> new DomainRuleViolation("not-decided", "votes",
                "The votes " + tally() + " do not meet the quorum rule " + quorumRule.code() + " yet"));
        this.closedOn = on;
        this.status = DecisionPointStatus.CLOSED;
    }

    /** Concludes a closed point with its minutes. */
    public void recordMinutes(String text, String recordedBy, LocalDate on) {
        if (status != DecisionPointStatus.CLOSED) {
            throw new DomainRuleViolation(status == DecisionPointStatus.OPEN ? "decision-point-open"
                    : "decision-point-concluded", "minutes",
                    "Minutes are recorded once, after the decision point has closed");
        }
        Minutes recorded = new Minutes(text, recordedBy, on);
        if (on.isBefore(closedOn)) {
            throw new DomainRuleViolation("minutes-before-closing", "recordedOn",
                    "Minutes cannot be dated " + on + ", before the point closed on " + closedOn);
        }
        this.minutes = recorded;
        this.status = DecisionPointStatus.CONCLUDED;
    }

    private void requireOpen() {
        if (status != DecisionPointStatus.OPEN) {
            throw new DomainRuleViolation("decision-point-closed", "votes",
                    "The decision point for " + caseNumber + " closed on " + closedOn);
        }
    }

    public Optional<Member> member(String userId) {
        return members.stream().filter(m -> m.userId().equals(userId)).findFirst();
    }

    public Optional<Vote> voteOf(String userId) {
        return votes.stream().filter(v -> v.userId().equals(userId)).findFirst();
    }

    public Long id() {
        return id;
    }

    public CaseNumber caseNumber() {
        return caseNumber;
    }

    public Stage concludesStage() {
        return concludesStage;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    public QuorumRule quorumRule() {
        return quorumRule;
    }

    public List<Vote> votes() {
        return List.copyOf(votes);
    }

    public DecisionPointStatus status() {
        return status;
    }

    public boolean isOpen() {
        return status == DecisionPointStatus.OPEN;
    }

    public boolean isConcluded() {
        return status == DecisionPointStatus.CONCLUDED;
    }

    public Optional<LocalDate> closedOn() {
        return Optional.ofNullable(closedOn);
    }

    public Optional<Minutes> minutes() {
        return Optional.ofNullable(minutes);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecisionPoint other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return DecisionPoint.class.hashCode();
    }

    @Override
    public String toString() {
        return "Decision point " + id + " for " + caseNumber + " (" + concludesStage + ", " + status + ")";
    }
}

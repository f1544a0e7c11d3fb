package no.ipt.domain.followup;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ipt.domain.agreement.AgreementNumber;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.Period;
import no.ipt.domain.shared.Require;

/**
 * The follow-up of one framework agreement (the aggregate root), identified by the agreement's
 * number: meetings on a regular cycle, deviations and their corrective actions, utilisation and
 * satisfaction per period, the evaluation against the current service and the decisions taken on
 * it. Only counts and aggregates about users are kept.
 */
@Entity
@Table(name = "follow_up", schema = "ipt")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @Valid
    @NotNull
    private AgreementNumber agreementNumber;

    /** How often the parties meet, e.g. quarterly ({@code P3M}); the caller decides. */
    @NotNull
    @Column(name = "meeting_cycle", nullable = false, length = 20)
    private java.time.Period meetingCycle;

    @OneToMany(mappedBy = "followUp", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("date")
    @Valid
    private List<Meeting> meetings = new ArrayList<>();

    @OneToMany(mappedBy = "followUp", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("number")
    @Valid
    private List<Deviation> deviations = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "follow_up_utilisation", schema = "ipt", joinColumns = @JoinColumn(name = "follow_up_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<UtilisationRecord> utilisation = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "follow_up_satisfaction", schema = "ipt", joinColumns = @JoinColumn(name = "follow_up_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<SatisfactionScore> satisfaction = new ArrayList<>();

    @Embedded
    @Valid
    private Evaluation evaluation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "follow_up_decision", schema = "ipt", joinColumns = @JoinColumn(name = "follow_up_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<Decision> decisions = new ArrayList<>();

    @Version
    @Column(nullable = false)
    private long version;

    protected FollowUp() {
        // for JPA
    }

    public FollowUp(AgreementNumber agreementNumber, java.time.Period meetingCycle) {
        this.agreementNumber = Require.present(agreementNumber, "agreementNumber");
        this.meetingCycle = requireCycle(meetingCycle);
    }

    private static java.time.Period requireCycle(java.time.Period cycle) {
        if (Require.present(cycle, "meetingCycle").isNegative() || cycle.isZero()) {
            throw new DomainRuleViolation("invalid-meeting-cycle", "meetingCycle",
                    "Meetings recur after a positive period, e.g. P3M for quarterly (got " + cycle + ")");
        }
        return cycle;
    }

    public void changeMeetingCycle(java.time.Period cycle) {
        this.meetingCycle = requireCycle(cycle);
    }

    // --- meetings -----------------------------------------------------------------------------

    /** Records a meeting; the next is due one meeting cycle later. */
    public Meeting recordMeeting(LocalDate date, Set<AttendeeRole> attendees, String notes) {
        return recordMeeting(date, attendees, notes, Require.present(date, "date").plus(meetingCycle));
    }

    /** Records a meeting that agreed on its own next date. */
    public Meeting recordMeeting(LocalDate date, Set<AttendeeRole> attendees, String notes, LocalDate nextMeetingDate) {
        if (meetings.stream().anyMatch(m -> m.date().equals(date))) {
            throw new DomainRuleViolation("duplicate-meeting", "date", "A meeting on " + date + " is already recorded");
        }
        Meeting meeting = new Meeting(this, date, attendees, notes, nextMeetingDate);
        meetings.add(meeting);
        meetings.sort(Comparator.comparing(Meeting::date));
        return meeting;
    }

    /** When the latest meeting said the next one is due. */
    public Optional<LocalDate> nextMeetingDate() {
        return meetings.isEmpty() ? Optional.empty()
                : Optional.of(meetings.get(meetings.size() - 1).nextMeetingDate());
    }

    // --- deviations ---------------------------------------------------------------------------

    public Deviation reportDeviation(LocalDate reportedOn, DeviationCategory category, String description,
                                     Severity severity) {
        Deviation deviation = new Deviation(this, deviations.size() + 1, reportedOn, category, description, severity);
        deviations.add(deviation);
        return deviation;
    }

    public CorrectiveAction addCorrectiveAction(int deviationNumber, String description, LocalDate deadline) {
        return deviation(deviationNumber).addAction(description, deadline);
    }

    public void completeCorrectiveAction(int deviationNumber, int actionNumber, LocalDate doneOn) {
        deviation(deviationNumber).completeAction(actionNumber, doneOn);
    }

    /** Closes a deviation; refused while it has no actions or any action is not done. */
    public void closeDeviation(int deviationNumber, LocalDate closedOn) {
        deviation(deviationNumber).close(closedOn);
    }

    public Deviation deviation(int number) {
        return deviations.stream().filter(d -> d.number() == number).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("unknown-deviation", "deviationNumber",
                        "The follow-up of " + agreementNumber + " has no deviation " + number));
    }

    public List<Deviation> openDeviations() {
        return deviations.stream().filter(d -> !d.isClosed()).toList();
    }

    // --- utilisation and satisfaction ---------------------------------------------------------

    /** Records utilisation for a period that no earlier record covers. */
    public UtilisationRecord recordUtilisation(Period period, int placesCalledOff, int placesUsed) {
        UtilisationRecord record = new UtilisationRecord(period, placesCalledOff, placesUsed);
        utilisation.stream().filter(r -> r.overlaps(period)).findFirst().ifPresent(r -> {
            throw new DomainRuleViolation("overlapping-utilisation", "period",
                    "Utilisation for " + r.period() + " already covers part of " + period);
        });
        utilisation.add(record);
        return record;
    }

    /** Used over called off across all records, as a percentage with one decimal; empty without records. */
    public Optional<BigDecimal> overallUtilisationPercentage() {
        if (utilisation.isEmpty()) {
            return Optional.empty();
        }
        int calledOff = utilisation.stream().mapToInt(UtilisationRecord::placesCalledOff).sum();
        int used = utilisation.stream().mapToInt(UtilisationRecord::placesUsed).sum();
        return Optional.of(UtilisationRecord.percentage(used, calledOff));
    }

    /** Records a survey result; refused below {@value SatisfactionScore#MIN_RESPONDENTS} respondents. */
    public SatisfactionScore recordSatisfaction(Period period, int respondents, BigDecimal meanScore) {
        SatisfactionScore score = new SatisfactionScore(period, respondents, meanScore);
        if (satisfaction.stream().anyMatch(s -> s.period().equals(period))) {
            throw new DomainRuleViolation("duplicate-satisfaction", "period",
                    "Satisfaction for " + period + " is already recorded");
        }
        satisfaction.add(score);
        return score;
    }

    // --- evaluation and decisions -------------------------------------------------------------

    /** Records the evaluation against the current service; a newer evaluation replaces the older one. */
    public Evaluation evaluate(LocalDate on, Money currentServiceCostPerPlacePerDay,
                               Money agreementCostPerPlacePerDay, String outcomeNotes) {
        requireOpen();
        Evaluation next = new Evaluation(on, currentServiceCostPerPlacePerDay, agreementCostPerPlacePerDay,
                outcomeNotes);
        if (evaluation != null && on.isBefore(evaluation.evaluatedOn())) {
            throw new DomainRuleViolation("evaluation-out-of-order", "evaluatedOn",
                    "The evaluation of " + evaluation.evaluatedOn() + " is newer than " + on);
        }
        this.evaluation = next;
        return next;
    }

    /**
     * Decides what happens to the agreement. A decision rests on an evaluation made on or before
     * it; decisions come in date order, and after RETENDER or END no further decision is taken.
     */
    public Decision decide(Outcome outcome, LocalDate on, String reason) {
        requireOpen();
        Decision decision = new Decision(outcome, on, reason);
        if (evaluation == null || evaluation.evaluatedOn().isAfter(on)) {
            throw new DomainRuleViolation("missing-evaluation", "evaluation",
                    "Evaluate the agreement against the current service before deciding on " + on);
        }
        latestDecision().filter(d -> d.decidedOn().isAfter(on)).ifPresent(d -> {
            throw new DomainRuleViolation("decision-out-of-order", "decidedOn",
                    "The decision of " + d.decidedOn() + " is newer than " + on);
        });
        decisions.add(decision);
        return decision;
    }

    /**
     * Whether a RETENDER or END decision has concluded the follow-up: no further evaluation or
     * decision, though meetings and deviations are still recorded while the agreement runs out.
     */
    public boolean isConcluded() {
        return latestDecision().map(d -> d.outcome().isFinal()).orElse(false);
    }

    private void requireOpen() {
        if (isConcluded()) {
            throw new DomainRuleViolation("follow-up-concluded", "decisions", "The follow-up of " + agreementNumber
                    + " was concluded: " + latestDecision().orElseThrow());
        }
    }

    public Optional<Decision> latestDecision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }

    // --- accessors ----------------------------------------------------------------------------

    public Long id() {
        return id;
    }

    public AgreementNumber agreementNumber() {
        return agreementNumber;
    }

    public java.time.Period meetingCycle() {
        return meetingCycle;
    }

    /** By date. */
    public List<Meeting> meetings() {
        return List.copyOf(meetings);
    }

    public List<Deviation> deviations() {
        return List.copyOf(deviations);
    }

    public List<UtilisationRecord> utilisation() {
        return List.copyOf(utilisation);
    }

    public List<SatisfactionScore> satisfaction() {
        return List.copyOf(satisfaction);
    }

    public Optional<Evaluation> evaluation() {
        return Optional.ofNullable(evaluation);
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FollowUp other && agreementNumber.equals(other.agreementNumber);
    }

    @Override
    public int hashCode() {
        return agreementNumber.hashCode();
    }

    @Override
    public String toString() {
        return "follow-up of " + agreementNumber;
    }
}

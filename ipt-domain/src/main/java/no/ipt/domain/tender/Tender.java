package no.ipt.domain.tender;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Require;

/**
 * A competition for an IPT service (konkurranse), the aggregate root of the tender stage, identified
 * by its {@link TenderReference}. It records the procedure the DMN decision chose (it does not run
 * the decision itself), and guards the rules of the competition: criteria weights that sum to 100,
 * deadlines in order, offers before the deadline, one offer per farm, scores 0–10 from every
 * evaluator, an award that follows the ranking, the standstill period and complaints that block
 * signing. The order DRAFT → ANNOUNCED → OFFERS_CLOSED → EVALUATED → AWARDED → STANDSTILL →
 * CONCLUDED (or CANCELLED) is enforced by the methods.
 */
@Entity
@Table(name = "tender", schema = "ipt")
public class Tender {

    /** Deadlines are calendar days in Norway; an offer deadline's day is taken in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");
    public static final int MAX_REQUIREMENT_LENGTH = 1000;
    public static final int MAX_REASON_LENGTH = 1000;
    /** Per-criterion mean scores are kept to this many decimals before weighting. */
    public static final int MEAN_SCALE = 10;
    /** Weighted scores are rounded half up to this many decimals; the ranking compares the rounded values. */
    public static final int SCORE_SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @Valid
    @NotNull
    private TenderReference reference;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "value", column = @Column(name = "case_number", length = 32, nullable = false,
            updatable = false))
    private CaseNumber caseNumber;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "value", column = @Column(name = "municipality_number", length = 4, nullable = false))
    private MunicipalityNumber buyer;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "buyer_type", nullable = false, length = 20)
    private BuyerType buyerType;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "service_category", nullable = false, length = 20)
    private ServiceCategory serviceCategory;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "amount", column = @Column(name = "estimated_value", precision = 15, scale = 2,
            nullable = false))
    private Money estimatedValue;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TenderStatus status;

    @Embedded
    @Valid
    private ProcedureChoice procedureChoice;

    @Column(name = "reserved_for_non_profit", nullable = false)
    private boolean reservedForNonProfit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_qualification_requirement", schema = "ipt",
            joinColumns = @JoinColumn(name = "tender_id"))
    @OrderColumn(name = "position")
    @Column(name = "requirement", nullable = false, length = MAX_REQUIREMENT_LENGTH)
    private List<@NotNull @Size(max = MAX_REQUIREMENT_LENGTH) String> qualificationRequirements = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_award_criterion", schema = "ipt", joinColumns = @JoinColumn(name = "tender_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<AwardCriterion> awardCriteria = new ArrayList<>();

    @Column(name = "question_period_end")
    private LocalDate questionPeriodEnd;

    @Column(name = "offer_deadline")
    private Instant offerDeadline;

    @Embedded
    @Valid
    private Announcement announcement;

    @OneToMany(mappedBy = "tender", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("receivedAt")
    @Valid
    private List<Offer> offers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_score", schema = "ipt", joinColumns = @JoinColumn(name = "tender_id"))
    @Valid
    private Set<Score> scores = new HashSet<>();

    @Column(name = "award_decided_on")
    private LocalDate awardDecidedOn;

    @Column(name = "bidders_notified_on")
    private LocalDate biddersNotifiedOn;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Size(max = MAX_REASON_LENGTH)
    @Column(name = "cancellation_reason", length = MAX_REASON_LENGTH)
    private String cancellationReason;

    @OneToMany(mappedBy = "tender", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("number")
    @Valid
    private List<Complaint> complaints = new ArrayList<>();

    @Version
    @Column(nullable = false)
    private long version;

    protected Tender() {
        // for JPA
    }

    /**
     * Opens a tender in DRAFT; its case is the one the reference names. {@code estimatedValue} is NOK
     * excluding VAT over the whole term including options, as the procedure decision needs it.
     */
    public Tender(TenderReference reference, MunicipalityNumber buyer, BuyerType buyerType,
                  ServiceCategory serviceCategory, Money estimatedValue) {
        this.reference = Require.present(reference, "tenderReference");
        this.caseNumber = reference.caseNumber();
        this.buyer = Require.present(buyer, "municipalityNumber");
        this.buyerType = Require.present(buyerType, "buyerType");
        this.serviceCategory = Require.present(serviceCategory, "serviceCategory");
        this.estimatedValue = requireEstimate(estimatedValue);
        this.status = TenderStatus.DRAFT;
    }

    private static Money requireEstimate(Money value) {
        Require.present(value, "estimatedValue");
        if (value.isNegative()) {
            throw new DomainRuleViolation("negative-estimated-value", "estimatedValue",
                    "An estimated value cannot be negative (got " + value + ")");
        }
        return value;
    }

    // --- DRAFT: procedure, requirements, criteria and deadlines ---------------------------------

    /** A new estimate may call for another procedure, so the procedure must be decided again. */
    public void reestimate(Money estimatedValue) {
        requireStatus(TenderStatus.DRAFT);
        this.estimatedValue = requireEstimate(estimatedValue);
        this.procedureChoice = null;
        this.reservedForNonProfit = false;
    }

    /** Records what the procurement-procedure decision chose for this tender's value, category and buyer. */
    public void chooseProcedure(ProcedureChoice choice) {
        requireStatus(TenderStatus.DRAFT);
        Require.present(choice, "procedure");
        if (choice.procedure() == Procedure.CHAPTER_30_HEALTH_AND_SOCIAL
                && serviceCategory != ServiceCategory.HEALTH_AND_SOCIAL) {
            throw new DomainRuleViolation("procedure-not-for-category", "procedure",
                    "FOA chapter 30 is only for health and social services; this tender is " + serviceCategory);
        }
        this.procedureChoice = choice;
        this.reservedForNonProfit = false;
    }

    /** Reserves the competition for non-profit (ideelle) providers, where the chosen procedure allows it. */
    public void reserveForNonProfit(boolean reserved) {
        requireStatus(TenderStatus.DRAFT);
        if (reserved && (procedureChoice == null || !procedureChoice.mayReserveForNonProfit())) {
            throw new DomainRuleViolation("reservation-not-allowed", "reservedForNonProfit",
                    "Only health and social service competitions may be reserved for non-profit providers");
        }
        this.reservedForNonProfit = reserved;
    }

    public void addQualificationRequirement(String requirement) {
        requireStatus(TenderStatus.DRAFT);
        String text = Require.text(requirement, "qualificationRequirement", MAX_REQUIREMENT_LENGTH);
        if (qualificationRequirements.stream().anyMatch(text::equalsIgnoreCase)) {
            throw new DomainRuleViolation("duplicate-qualification-requirement", "qualificationRequirement",
                    "The tender already requires '" + text + "'");
        }
        qualificationRequirements.add(text);
    }

    public void removeQualificationRequirement(String requirement) {
        requireStatus(TenderStatus.DRAFT);
        if (requirement == null || !qualificationRequirements.removeIf(r -> r.equalsIgnoreCase(requirement.strip()))) {
            throw new DomainRuleViolation("unknown-qualification-requirement", "qualificationRequirement",
                    "The tender has no requirement '" + requirement + "'");
        }
    }

    /** Adds a criterion; the weights may not pass 100 and must reach exactly 100 before announcement. */
    public AwardCriterion addAwardCriterion(String name, int weightPercent) {
        requireStatus(TenderStatus.DRAFT);
        AwardCriterion criterion = new AwardCriterion(name, weightPercent);
        if (findCriterion(criterion.name()).isPresent()) {
            throw new DomainRuleViolation("duplicate-award-criterion", "criterionName",
                    "The tender already has the award criterion '" + criterion.name() + "'");
        }
        if (totalWeightPercent() + weightPercent > 100) {
            throw new DomainRuleViolation("weights-exceed-100", "weightPercent", "The weights would sum to "
                    + (totalWeightPercent() + weightPercent) + " %; they must sum to exactly 100 %");
        }
        awardCriteria.add(criterion);
        return criterion;
    }

    public void removeAwardCriterion(String name) {
        requireStatus(TenderStatus.DRAFT);
        awardCriteria.remove(criterion(name));
    }

    /**
     * Sets the last day for questions and the offer deadline. The deadline falls on that day or a later
     * one (Norwegian time); on the same day the question period closes with the offers, at the deadline.
     */
    public void setDeadlines(LocalDate questionPeriodEnd, Instant offerDeadline) {
        requireStatus(TenderStatus.DRAFT);
        Require.present(questionPeriodEnd, "questionPeriodEnd");
        Require.present(offerDeadline, "offerDeadline");
        if (offerDeadline.atZone(ZONE).toLocalDate().isBefore(questionPeriodEnd)) {
            throw new DomainRuleViolation("deadline-before-question-period-end", "offerDeadline",
                    "The offer deadline (" + offerDeadline + ") cannot fall before the question period's last day ("
                            + questionPeriodEnd + ")");
        }
        this.questionPeriodEnd = questionPeriodEnd;
        this.offerDeadline = offerDeadline;
    }

    // --- ANNOUNCED: offers ----------------------------------------------------------------------

    /**
     * Opens the competition. A notice reference is required when the procedure must be announced on
     * Doffin (and TED); a Part I competition may be opened by invitation without one.
     */
    public void announce(Announcement announcement) {
        requireStatus(TenderStatus.DRAFT);
        Require.present(announcement, "announcement");
        if (procedureChoice == null) {
            throw new DomainRuleViolation("missing-procedure", "procedure", "Choose the procedure before announcing");
        }
        if (awardCriteria.isEmpty() || totalWeightPercent() != 100) {
            throw new DomainRuleViolation("weights-not-100", "awardCriteria", "The award criteria's weights sum to "
                    + totalWeightPercent() + " %; they must sum to exactly 100 % before announcement");
        }
        if (questionPeriodEnd == null) {
            throw new DomainRuleViolation("missing-deadlines", "offerDeadline",
                    "Set the question period and the offer deadline before announcing");
        }
        if (procedureChoice.noticeRequirement().requiresNotice() && announcement.noticeReference().isEmpty()) {
            throw new DomainRuleViolation("missing-notice-reference", "noticeReference", procedureChoice.procedure()
                    + " must be announced on " + procedureChoice.noticeRequirement() + "; give the notice reference");
        }
        if (announcement.announcedOn().isAfter(questionPeriodEnd)) {
            throw new DomainRuleViolation("announced-after-question-period", "announcedOn", "The announcement ("
                    + announcement.announcedOn() + ") must come before the question period ends (" + questionPeriodEnd + ")");
        }
        if (announcement.announcedOn().isBefore(procedureChoice.decisionDate())) {
            throw new DomainRuleViolation("announced-before-procedure", "announcedOn",
                    "The announcement cannot come before the procedure was chosen (" + procedureChoice.decisionDate() + ")");
        }
        this.announcement = announcement;
        this.status = TenderStatus.ANNOUNCED;
    }

    /** Receives a farm's offer; only before the deadline, and one (not withdrawn) offer per farm. */
    public Offer receiveOffer(OrganisationNumber bidder, Instant receivedAt) {
        requireStatus(TenderStatus.ANNOUNCED);
        Require.present(bidder, "organisationNumber");
        requireBeforeDeadline(Require.present(receivedAt, "receivedAt"), "receivedAt");
        if (activeOffer(bidder).isPresent()) {
            throw new DomainRuleViolation("duplicate-offer", "organisationNumber",
                    bidder + " has already made an offer; withdraw it before making another");
        }
        Offer offer = new Offer(this, bidder, receivedAt);
        offers.add(offer);
        return offer;
    }

    /** A bidder may withdraw its offer until the deadline; the offer stays on record. */
    public void withdrawOffer(OrganisationNumber bidder, Instant at) {
        requireStatus(TenderStatus.ANNOUNCED);
        requireBeforeDeadline(Require.present(at, "withdrawnAt"), "withdrawnAt");
        offerFrom(bidder).withdraw(at);
    }

    private void requireBeforeDeadline(Instant at, String field) {
        if (!at.isBefore(offerDeadline)) {
            throw new DomainRuleViolation("offer-deadline-passed", field,
                    "The offer deadline " + offerDeadline + " has passed (" + at + ")");
        }
    }

    /** Ends the offer period; only once the deadline has passed. */
    public void closeOffers(Instant now) {
        requireStatus(TenderStatus.ANNOUNCED);
        if (Require.present(now, "now").isBefore(offerDeadline)) {
            throw new DomainRuleViolation("offer-deadline-not-passed", "offerDeadline",
                    "Offers can be opened only after the deadline " + offerDeadline);
        }
        this.status = TenderStatus.OFFERS_CLOSED;
    }

    // --- OFFERS_CLOSED: qualification and scoring ------------------------------------------------

    public void qualify(OrganisationNumber bidder) {
        requireStatus(TenderStatus.OFFERS_CLOSED);
        offerFrom(bidder).qualify();
    }

    /** Rejects an offer with the reason the bidder will be told; its scores are discarded. */
    public void reject(OrganisationNumber bidder, String reason) {
        requireStatus(TenderStatus.OFFERS_CLOSED);
        offerFrom(bidder).reject(reason);
        scores.removeIf(s -> s.bidder().equals(bidder));
    }

    /** Records (or corrects) an evaluator's score 0–10 of a qualified offer on one criterion. */
    public Score score(String evaluator, OrganisationNumber bidder, String criterionName, int points) {
        requireStatus(TenderStatus.OFFERS_CLOSED);
        AwardCriterion criterion = criterion(criterionName);
        if (!offerFrom(bidder).isQualified()) {
            throw new DomainRuleViolation("offer-not-qualified", "organisationNumber",
                    "Only qualified offers are scored; " + bidder + " is " + offerFrom(bidder).qualification());
        }
        Score score = new Score(evaluator, bidder, criterion.name(), points);
        scores.removeIf(score::sameCellAs);
        scores.add(score);
        return score;
    }

    /**
     * Ends the evaluation: every offer qualified or rejected, at least one qualified, and every
     * evaluator has scored every qualified offer on every criterion.
     */
    public void completeEvaluation() {
        requireStatus(TenderStatus.OFFERS_CLOSED);
        requireCompleteEvaluation();
        this.status = TenderStatus.EVALUATED;
    }

    private void requireCompleteEvaluation() {
        List<Offer> pending = activeOffers().stream().filter(o -> o.qualification() == Qualification.PENDING).toList();
        if (!pending.isEmpty()) {
            throw new DomainRuleViolation("offers-not-qualified", "qualification", "Qualify or reject every offer first: "
                    + pending.stream().map(o -> o.bidder().value()).collect(Collectors.joining(", ")));
        }
        List<Offer> qualified = qualifiedOffers();
        if (qualified.isEmpty()) {
            throw new DomainRuleViolation("no-qualified-offers", "qualification",
                    "No offer is qualified; cancel the tender instead");
        }
        SortedSet<String> evaluators = evaluators();
        if (evaluators.isEmpty()) {
            throw new DomainRuleViolation("no-scores", "scores", "No evaluator has scored the offers");
        }
        for (String evaluator : evaluators) {
            for (Offer offer : qualified) {
                for (AwardCriterion criterion : awardCriteria) {
                    if (scoreOf(evaluator, offer.bidder(), criterion).isEmpty()) {
                        throw new DomainRuleViolation("missing-score", "scores", evaluator + " has not scored "
                                + offer.bidder() + " on '" + criterion.name() + "'");
                    }
                }
            }
        }
    }

    /**
     * The qualified offers best first. An offer's weighted score is the sum over the criteria of the
     * criterion's weight (percent) times the mean of the evaluators' scores on it; each mean is kept to
     * {@value #MEAN_SCALE} decimals and the sum is rounded half up to {@value #SCORE_SCALE} decimals.
     * Equal rounded scores are broken by the earlier offer. Requires a complete evaluation.
     */
    public List<RankedOffer> ranking() {
        requireCompleteEvaluation();
        record Weighted(Offer offer, BigDecimal score) {
        }
        List<Weighted> ordered = qualifiedOffers().stream()
                .map(o -> new Weighted(o, weightedScore(o)))
                .sorted(Comparator.comparing(Weighted::score).reversed()
                        .thenComparing(w -> w.offer().receivedAt()))
                .toList();
        List<RankedOffer> ranking = new ArrayList<>();
        for (Weighted w : ordered) {
            ranking.add(new RankedOffer(ranking.size() + 1, w.offer().bidder(), w.score(), w.offer().receivedAt()));
        }
        return List.copyOf(ranking);
    }

    private BigDecimal weightedScore(Offer offer) {
        BigDecimal total = BigDecimal.ZERO;
        for (AwardCriterion criterion : awardCriteria) {
            List<Score> given = scores.stream()
                    .filter(s -> s.bidder().equals(offer.bidder()) && s.criterion().equals(criterion.name()))
                    .toList();
            BigDecimal sum = BigDecimal.valueOf(given.stream().mapToInt(Score::points).sum());
            BigDecimal mean = sum.divide(BigDecimal.valueOf(given.size()), MEAN_SCALE, RoundingMode.HALF_UP);
            total = total.add(mean.multiply(BigDecimal.valueOf(criterion.weightPercent())));
        }
        return total.divide(HUNDRED, SCORE_SCALE, RoundingMode.HALF_UP);
    }

    // --- EVALUATED → AWARDED → STANDSTILL → CONCLUDED -------------------------------------------

    /**
     * Awards the contract to the best {@code suppliers} offers in rank order: one for a single
     * contract, several for a framework agreement with parallel suppliers.
     */
    public List<RankedOffer> award(int suppliers, LocalDate decidedOn) {
        requireStatus(TenderStatus.EVALUATED);
        Require.present(decidedOn, "awardDecidedOn");
        List<RankedOffer> ranking = ranking();
        if (suppliers < 1 || suppliers > ranking.size()) {
            throw new DomainRuleViolation("invalid-number-of-suppliers", "suppliers",
                    "Award to between 1 and " + ranking.size() + " qualified offers (got " + suppliers + ")");
        }
        if (decidedOn.isBefore(announcement.announcedOn())) {
            throw new DomainRuleViolation("award-before-announcement", "awardDecidedOn",
                    "The award (" + decidedOn + ") cannot come before the announcement (" + announcement.announcedOn() + ")");
        }
        List<RankedOffer> awarded = ranking.subList(0, suppliers);
        awarded.forEach(r -> offerFrom(r.bidder()).award(r.rank()));
        this.awardDecidedOn = decidedOn;
        this.status = TenderStatus.AWARDED;
        return List.copyOf(awarded);
    }

    /** Records that every bidder was told of the award decision and its reasons; the standstill starts. */
    public void notifyBidders(LocalDate notifiedOn) {
        requireStatus(TenderStatus.AWARDED);
        if (Require.present(notifiedOn, "biddersNotifiedOn").isBefore(awardDecidedOn)) {
            throw new DomainRuleViolation("notified-before-award", "biddersNotifiedOn",
                    "Bidders cannot be notified (" + notifiedOn + ") before the award decision (" + awardDecidedOn + ")");
        }
        this.biddersNotifiedOn = notifiedOn;
        this.status = TenderStatus.STANDSTILL;
    }

    /**
     * The last day of the standstill period: the notification date plus the standstill days. Empty
     * before the bidders are notified.
     */
    public Optional<LocalDate> standstillEndDate() {
        if (biddersNotifiedOn == null) {
            return Optional.empty();
        }
        return Optional.of(biddersNotifiedOn.plusDays(procedureChoice.standstillDays()));
    }

    /** The first day the contract may be signed: the day after the standstill, or the notification day without one. */
    public Optional<LocalDate> firstSigningDate() {
        return standstillEndDate().map(end -> procedureChoice.hasStandstill() ? end.plusDays(1) : end);
    }

    /** Records a complaint from a bidder; possible from announcement on, also after signing. */
    public Complaint receiveComplaint(LocalDate receivedOn, String text) {
        if (status == TenderStatus.DRAFT || status == TenderStatus.CANCELLED) {
            throw new DomainRuleViolation("no-complaint-possible", "status",
                    "Tender " + reference + " is " + status + "; complaints are received from announcement on");
        }
        if (Require.present(receivedOn, "receivedOn").isBefore(announcement.announcedOn())) {
            throw new DomainRuleViolation("complaint-before-announcement", "receivedOn",
                    "A complaint cannot be received before the announcement (" + announcement.announcedOn() + ")");
        }
        Complaint complaint = new Complaint(this, complaints.size() + 1, receivedOn, text);
        complaints.add(complaint);
        return complaint;
    }

    /**
     * Handles a complaint. Upholding one while the award stands sets the award aside: the tender goes
     * back to evaluation, and a new award needs a new notification and standstill.
     */
    public void handleComplaint(int number, ComplaintOutcome outcome, LocalDate handledOn) {
        Complaint complaint = complaints.stream().filter(c -> c.number() == number).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("unknown-complaint", "complaintNumber",
                        "Tender " + reference + " has no complaint number " + number));
        Require.present(outcome, "outcome");
        if (complaint.isHandled()) {
            throw new DomainRuleViolation("complaint-already-handled", "complaintNumber",
                    "Complaint " + number + " was already " + complaint.outcome().orElseThrow());
        }
        if (Require.present(handledOn, "handledOn").isBefore(complaint.receivedOn())) {
            throw new DomainRuleViolation("handled-before-received", "handledOn",
                    "A complaint cannot be handled before it was received (" + complaint.receivedOn() + ")");
        }
        complaint.handle(outcome, handledOn);
        if (outcome == ComplaintOutcome.UPHELD
                && (status == TenderStatus.AWARDED || status == TenderStatus.STANDSTILL)) {
            offers.forEach(Offer::setAwardAside);
            this.awardDecidedOn = null;
            this.biddersNotifiedOn = null;
            this.status = TenderStatus.OFFERS_CLOSED;
        }
    }

    /**
     * Unhandled complaints received before signing was allowed, i.e. on or before the standstill's
     * last day (before the notification day when there is no standstill). They block signing until
     * handled; a complaint received later does not.
     */
    public List<Complaint> blockingComplaints() {
        LocalDate firstSigning = firstSigningDate().orElse(LocalDate.MAX);
        return complaints.stream().filter(c -> !c.isHandled() && c.receivedOn().isBefore(firstSigning)).toList();
    }

    /** Whether the contract may be signed on {@code today}: standstill over and no blocking complaint. */
    public boolean mayBeSigned(LocalDate today) {
        return signingRefusal(Require.present(today, "today")).isEmpty();
    }

    private Optional<String> signingRefusal(LocalDate today) {
        if (status != TenderStatus.STANDSTILL) {
            return Optional.of("Tender " + reference + " is " + status + "; the bidders must be notified of the award first");
        }
        if (today.isBefore(firstSigningDate().orElseThrow())) {
            return Optional.of("The standstill period ends " + standstillEndDate().orElseThrow()
                    + "; the contract may be signed from " + firstSigningDate().orElseThrow());
        }
        List<Complaint> blocking = blockingComplaints();
        if (!blocking.isEmpty()) {
            return Optional.of("Handle complaint " + blocking.get(0).number() + " before signing");
        }
        return Optional.empty();
    }

    /** Records that the contract was signed, which ends the tender. */
    public void conclude(LocalDate signedOn) {
        Require.present(signedOn, "signedOn");
        Optional<String> refusal = signingRefusal(signedOn);
        if (refusal.isPresent()) {
            throw new DomainRuleViolation("signing-not-allowed", "signedOn", refusal.get());
        }
        this.signedOn = signedOn;
        this.status = TenderStatus.CONCLUDED;
    }

    /** Cancels the competition (avlysning) before a contract is signed. */
    public void cancel(LocalDate cancelledOn, String reason) {
        if (status == TenderStatus.CONCLUDED || status == TenderStatus.CANCELLED) {
            throw new DomainRuleViolation("tender-closed", "status", "Tender " + reference + " is already " + status);
        }
        this.cancellationReason = Require.text(reason, "cancellationReason", MAX_REASON_LENGTH);
        this.cancelledOn = Require.present(cancelledOn, "cancelledOn");
        this.status = TenderStatus.CANCELLED;
    }

    // --- helpers ----------------------------------------------------------------------------------

    private void requireStatus(TenderStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new DomainRuleViolation("wrong-tender-status", "status", "Tender " + reference + " is " + status
                    + "; this is done when it is " + Arrays.toString(allowed));
        }
    }

    private Optional<AwardCriterion> findCriterion(String name) {
        return awardCriteria.stream().filter(c -> c.isNamed(name)).findFirst();
    }

    private AwardCriterion criterion(String name) {
        return findCriterion(name).orElseThrow(() -> new DomainRuleViolation("unknown-award-criterion",
                "criterionName", "The tender has no award criterion '" + name + "'"));
    }

    private Optional<Offer> activeOffer(OrganisationNumber bidder) {
        return offers.stream().filter(o -> o.isActive() && o.bidder().equals(bidder)).findFirst();
    }

    private Offer offerFrom(OrganisationNumber bidder) {
        return activeOffer(Require.present(bidder, "organisationNumber")).orElseThrow(() -> new DomainRuleViolation(
                "unknown-offer", "organisationNumber", bidder + " has no offer in tender " + reference));
    }

    private Optional<Score> scoreOf(String evaluator, OrganisationNumber bidder, AwardCriterion criterion) {
        return scores.stream().filter(s -> s.evaluator().equals(evaluator) && s.bidder().equals(bidder)
                && s.criterion().equals(criterion.name())).findFirst();
    }

    private List<Offer> activeOffers() {
        return offers.stream().filter(Offer::isActive).toList();
    }

    private List<Offer> qualifiedOffers() {
        return offers.stream().filter(Offer::isQualified).toList();
    }

    // --- accessors --------------------------------------------------------------------------------

    public int totalWeightPercent() {
        return awardCriteria.stream().mapToInt(AwardCriterion::weightPercent).sum();
    }

    /** Everyone who has scored an offer, by user id. */
    public SortedSet<String> evaluators() {
        return scores.stream().map(Score::evaluator).collect(Collectors.toCollection(TreeSet::new));
    }

    public Long id() {
        return id;
    }

    public TenderReference reference() {
        return reference;
    }

    public CaseNumber caseNumber() {
        return caseNumber;
    }

    public MunicipalityNumber buyer() {
        return buyer;
    }

    public BuyerType buyerType() {
        return buyerType;
    }

    public ServiceCategory serviceCategory() {
        return serviceCategory;
    }

    public Money estimatedValue() {
        return estimatedValue;
    }

    public TenderStatus status() {
        return status;
    }

    public Optional<ProcedureChoice> procedureChoice() {
        return Optional.ofNullable(procedureChoice);
    }

    public boolean isReservedForNonProfit() {
        return reservedForNonProfit;
    }

    public List<String> qualificationRequirements() {
        return List.copyOf(qualificationRequirements);
    }

    public List<AwardCriterion> awardCriteria() {
        return List.copyOf(awardCriteria);
    }

    public Optional<LocalDate> questionPeriodEnd() {
        return Optional.ofNullable(questionPeriodEnd);
    }

    public Optional<Instant> offerDeadline() {
        return Optional.ofNullable(offerDeadline);
    }

    public Optional<Announcement> announcement() {
        return Optional.ofNullable(announcement);
    }

    /** Every offer received, withdrawn ones included, in the order received. */
    public List<Offer> offers() {
        return offers.stream().sorted(Comparator.comparing(Offer::receivedAt)).toList();
    }

    public Optional<Offer> offer(OrganisationNumber bidder) {
        return activeOffer(bidder);
    }

    public Set<Score> scores() {
        return Set.copyOf(scores);
    }

    /** The awarded offers in rank order. */
    public List<Offer> awardedOffers() {
        return offers.stream().filter(Offer::isAwarded)
                .sorted(Comparator.comparing(o -> o.awardRank().orElseThrow())).toList();
    }

    public Optional<LocalDate> awardDecidedOn() {
        return Optional.ofNullable(awardDecidedOn);
    }

    public Optional<LocalDate> biddersNotifiedOn() {
        return Optional.ofNullable(biddersNotifiedOn);
    }

    public Optional<LocalDate> signedOn() {
        return Optional.ofNullable(signedOn);
    }

    public Optional<LocalDate> cancelledOn() {
        return Optional.ofNullable(cancelledOn);
    }

    public Optional<String> cancellationReason() {
        return Optional.ofNullable(cancellationReason);
    }

    public List<Complaint> complaints() {
        return List.copyOf(complaints);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tender other && reference.equals(other.reference);
    }

    @Override
    public int hashCode() {
        return reference.hashCode();
    }

    @Override
    public String toString() {
        return reference + " (" + status + ")";
    }
}

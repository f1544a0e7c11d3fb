package no.ipt.domain.mobilisation;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Require;

/**
 * The market dialogue of one procurement case (the aggregate root), identified by the case's
 * number: the events held with farms, the invitations, who attended which event, which farms
 * registered interest, and the development support they got. It decides whether there is enough
 * interest to go to tender: an agreement needs competition, so by default at least two farms.
 */
@Entity
@Table(name = "market_dialogue", schema = "ipt")
public class MarketDialogue {

    /** Two interested farms give competition; a case may set another target. */
    public static final int DEFAULT_TARGET_INTERESTED_FARMS = 2;
    public static final int MAX_TARGET_INTERESTED_FARMS = 100;

    private static final Comparator<OrganisationNumber> BY_NUMBER = Comparator.comparing(OrganisationNumber::value);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @Valid
    @NotNull
    private CaseNumber caseNumber;

    @Min(1)
    @Max(MAX_TARGET_INTERESTED_FARMS)
    @Column(name = "target_interested_farms", nullable = false)
    private int targetInterestedFarms;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "market_dialogue_event", schema = "ipt", joinColumns = @JoinColumn(name = "market_dialogue_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<DialogueEvent> events = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "market_dialogue_invitation", schema = "ipt", joinColumns = @JoinColumn(name = "market_dialogue_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<Invitation> invitations = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "market_dialogue_attendance", schema = "ipt", joinColumns = @JoinColumn(name = "market_dialogue_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<Attendance> attendances = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "market_dialogue_interest", schema = "ipt", joinColumns = @JoinColumn(name = "market_dialogue_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<RegisteredInterest> interests = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "market_dialogue_support", schema = "ipt", joinColumns = @JoinColumn(name = "market_dialogue_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<DevelopmentSupport> developmentSupport = new ArrayList<>();

    @Version
    @Column(nullable = false)
    private long version;

    protected MarketDialogue() {
        // for JPA
    }

    public MarketDialogue(CaseNumber caseNumber) {
        this(caseNumber, DEFAULT_TARGET_INTERESTED_FARMS);
    }

    public MarketDialogue(CaseNumber caseNumber, int targetInterestedFarms) {
        this.caseNumber = Require.present(caseNumber, "caseNumber");
        this.targetInterestedFarms = requireTarget(targetInterestedFarms);
    }

    private static int requireTarget(int target) {
        if (target < 1 || target > MAX_TARGET_INTERESTED_FARMS) {
            throw new DomainRuleViolation("invalid-target-interested-farms", "targetInterestedFarms",
                    "The target is 1 to " + MAX_TARGET_INTERESTED_FARMS + " interested farms (got " + target + ")");
        }
        return target;
    }

    /** E.g. 1 for a purchase that needs no competition, or more for a framework agreement with several farms. */
    public void changeTargetInterestedFarms(int target) {
        this.targetInterestedFarms = requireTarget(target);
    }

    /** Plans an information meeting or dialogue conference; it gets the next number. */
    public DialogueEvent planEvent(EventKind kind, LocalDate date, String place, String agenda) {
        DialogueEvent event = new DialogueEvent(events.size() + 1, kind, date, place, agenda);
        if (events.stream().anyMatch(e -> e.sameMeetingAs(kind, date, place))) {
            throw new DomainRuleViolation("duplicate-event", "date", "There is already a " + kind + " in "
                    + event.place() + " on " + date);
        }
        events.add(event);
        return event;
    }

    /** Invites a farm into the dialogue; each farm is invited once. */
    public Invitation invite(OrganisationNumber farm, LocalDate invitedOn) {
        Invitation invitation = new Invitation(farm, invitedOn);
        if (isInvited(farm)) {
            throw new DomainRuleViolation("already-invited", "organisationNumber",
                    "Farm " + farm + " is already invited to the market dialogue of " + caseNumber);
        }
        invitations.add(invitation);
        return invitation;
    }

    /**
     * Records that an invited farm came to an event. The farm must have been invited no later than
     * the event day: attendance is how the dialogue reached the farms it invited.
     */
    public void recordAttendance(int eventNumber, OrganisationNumber farm) {
        DialogueEvent event = event(eventNumber).orElseThrow(() -> new DomainRuleViolation("unknown-event",
                "eventNumber", "The market dialogue of " + caseNumber + " has no event #" + eventNumber));
        Invitation invitation = invitation(Require.present(farm, "organisationNumber"))
                .orElseThrow(() -> new DomainRuleViolation("farm-not-invited", "organisationNumber",
                        "Farm " + farm + " was not invited to the market dialogue of " + caseNumber));
        if (invitation.invitedOn().isAfter(event.date())) {
            throw new DomainRuleViolation("invited-after-event", "organisationNumber", "Farm " + farm
                    + " was invited on " + invitation.invitedOn() + ", after event #" + eventNumber + " on "
                    + event.date());
        }
        Attendance attendance = new Attendance(eventNumber, farm);
        if (!attendances.contains(attendance)) {
            attendances.add(attendance);
        }
    }

    /**
     * Registers a farm's interest in a service area with the places it could offer there. A farm
     * need not have been invited: interest may come from elsewhere. Registering the same area again
     * replaces the earlier figure.
     */
    public RegisteredInterest registerInterest(OrganisationNumber farm, ServiceArea serviceArea, int places,
                                               LocalDate registeredOn) {
        RegisteredInterest interest = new RegisteredInterest(farm, serviceArea, places, registeredOn);
        for (int i = 0; i < interests.size(); i++) {
            if (interests.get(i).sameFarmAndArea(interest)) {
                interests.set(i, interest);
                return interest;
            }
        }
        interests.add(interest);
        return interest;
    }

    /** The farm is no longer interested in any service area. */
    public void withdrawInterest(OrganisationNumber farm) {
        Require.present(farm, "organisationNumber");
        interests.removeIf(interest -> interest.farm().equals(farm));
    }

    /** Records support given to a farm that takes part in the dialogue (invited or interested). */
    public DevelopmentSupport recordSupport(OrganisationNumber farm, SupportKind kind, LocalDate date, String notes) {
        DevelopmentSupport support = new DevelopmentSupport(farm, kind, date, notes);
        if (!isInvited(farm) && !isInterested(farm)) {
            throw new DomainRuleViolation("farm-not-in-dialogue", "organisationNumber", "Farm " + farm
                    + " is neither invited to nor interested in the market dialogue of " + caseNumber);
        }
        developmentSupport.add(support);
        return support;
    }

    /** The farms that registered interest in at least one service area, by organisation number. */
    public List<OrganisationNumber> interestedFarms() {
        return interests.stream().map(RegisteredInterest::farm).distinct().sorted(BY_NUMBER).toList();
    }

    public boolean isInterested(OrganisationNumber farm) {
        return interests.stream().anyMatch(interest -> interest.farm().equals(farm));
    }

    /** Whether enough farms are interested for the case to go to tender with competition. */
    public boolean hasEnoughInterest() {
        return interestedFarms().size() >= targetInterestedFarms;
    }

    /** How many more interested farms the target needs; zero when there are enough. */
    public int interestedFarmsMissing() {
        return Math.max(0, targetInterestedFarms - interestedFarms().size());
    }

    /** The service areas a farm registered interest in. */
    public Set<ServiceArea> serviceAreasOf(OrganisationNumber farm) {
        Set<ServiceArea> areas = new TreeSet<>();
        interests.stream().filter(i -> i.farm().equals(farm)).forEach(i -> areas.add(i.serviceArea()));
        return areas;
    }

    /** The places all interested farms together could offer in a service area. */
    public int placesOffered(ServiceArea serviceArea) {
        return interests.stream().filter(i -> i.serviceArea() == serviceArea).mapToInt(RegisteredInterest::places)
                .sum();
    }

    /** The places one farm could offer, over all its service areas. */
    public int placesOfferedBy(OrganisationNumber farm) {
        return interests.stream().filter(i -> i.farm().equals(farm)).mapToInt(RegisteredInterest::places).sum();
    }

    public boolean isInvited(OrganisationNumber farm) {
        return invitation(farm).isPresent();
    }

    private Optional<Invitation> invitation(OrganisationNumber farm) {
        return invitations.stream().filter(i -> i.farm().equals(farm)).findFirst();
    }

    public Optional<DialogueEvent> event(int number) {
        return events.stream().filter(e -> e.number() == number).findFirst();
    }

    /** The farms that came to an event, by organisation number. */
    public List<OrganisationNumber> attendeesOf(int eventNumber) {
        return attendances.stream().filter(a -> a.eventNumber() == eventNumber).map(Attendance::farm)
                .sorted(BY_NUMBER).toList();
    }

    /** The support one farm got, in date order. */
    public List<DevelopmentSupport> supportFor(OrganisationNumber farm) {
        return developmentSupport.stream().filter(s -> s.farm().equals(farm))
                .sorted(Comparator.comparing(DevelopmentSupport::date)).toList();
    }

    public Long id() {
        return id;
    }

    public CaseNumber caseNumber() {
        return caseNumber;
    }

    public int targetInterestedFarms() {
        return targetInterestedFarms;
    }

    /** The events in date order. */
    public List<DialogueEvent> events() {
        return events.stream().sorted(Comparator.comparing(DialogueEvent::date)
                .thenComparing(DialogueEvent::number)).toList();
    }

    public List<Invitation> invitations() {
        return List.copyOf(invitations);
    }

    public List<Attendance> attendances() {
        return List.copyOf(attendances);
    }

    public List<RegisteredInterest> interests() {
        return List.copyOf(interests);
    }

    public List<DevelopmentSupport> developmentSupport() {
        return List.copyOf(developmentSupport);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MarketDialogue other && caseNumber.equals(other.caseNumber);
    }

    @Override
    public int hashCode() {
        return caseNumber.hashCode();
    }

    @Override
    public String toString() {
        return "Market dialogue " + caseNumber;
    }
}

package no.ipt.domain.capacity;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.Require;
import no.ipt.domain.shared.StaleVersionException;

/**
 * The capacity of one service in one municipality (the aggregate root), identified by
 * municipality, service area and service name, e.g. Steinkjer's "Dagaktivitetstilbud demens".
 * Counts only: the waiting list is a number, never a list of names. No count is ever negative,
 * places in use never exceed places available, and every change is kept with its date, in date
 * order.
 */
@Entity
@Table(name = "service_capacity", schema = "ipt")
public class ServiceCapacity {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_COUNT = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "value", column = @Column(name = "municipality_number", length = 4, nullable = false,
            updatable = false))
    private MunicipalityNumber municipality;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "service_area", nullable = false, length = 40, updatable = false)
    private ServiceArea serviceArea;

    @NotBlank
    @Size(max = MAX_NAME_LENGTH)
    @Column(name = "service_name", nullable = false, length = MAX_NAME_LENGTH, updatable = false)
    private String serviceName;

    @Min(0)
    @Max(MAX_COUNT)
    @Column(name = "places_available", nullable = false)
    private int placesAvailable;

    @Min(0)
    @Max(MAX_COUNT)
    @Column(name = "places_in_use", nullable = false)
    private int placesInUse;

    @Min(0)
    @Max(MAX_COUNT)
    @Column(name = "waiting_list", nullable = false)
    private int waitingList;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_capacity_change", schema = "ipt",
            joinColumns = @JoinColumn(name = "service_capacity_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<CapacityChange> history = new ArrayList<>();

    @Version
    @Column(nullable = false)
    private long version;

    protected ServiceCapacity() {
        // for JPA
    }

    public ServiceCapacity(MunicipalityNumber municipality, ServiceArea serviceArea, String serviceName,
                           int placesAvailable, LocalDate on) {
        this.municipality = Require.present(municipality, "municipality");
        this.serviceArea = Require.present(serviceArea, "serviceArea");
        this.serviceName = Require.text(serviceName, "serviceName", MAX_NAME_LENGTH);
        this.placesAvailable = requireCount(placesAvailable, "placesAvailable", 0);
        record(on, ChangeKind.ESTABLISHED, placesAvailable);
    }

    private static int requireCount(int count, String field, int min) {
        if (count < min || count > MAX_COUNT) {
            throw new DomainRuleViolation("invalid-count", field,
                    "The " + field + " count is " + min + " to " + MAX_COUNT + " (got " + count + ")");
        }
        return count;
    }

    /** Refuses a change made on an older version than the stored one (409 at the interface). */
    public void requireVersion(long expectedVersion) {
        StaleVersionException.require("The capacity of " + serviceName, expectedVersion, version);
    }

    /** Sets the number of places available; never below the places in use. */
    public void changeAvailablePlaces(int places, LocalDate on) {
        requireCount(places, "placesAvailable", 0);
        if (places < placesInUse) {
            throw new DomainRuleViolation("places-in-use", "placesAvailable", placesInUse + " places of "
                    + serviceName + " are in use; the service cannot shrink to " + places);
        }
        requireInOrder(on);
        this.placesAvailable = places;
        record(on, ChangeKind.PLACES_CHANGED, places);
    }

    public void joinWaitingList(int count, LocalDate on) {
        requireCount(count, "count", 1);
        requireCount(waitingList + count, "waitingList", 0);
        requireInOrder(on);
        this.waitingList += count;
        record(on, ChangeKind.JOINED_WAITING_LIST, count);
    }

    /** People leave the waiting list without getting a place. */
    public void leaveWaitingList(int count, LocalDate on) {
        requireCount(count, "count", 1);
        requireWaiting(count);
        requireInOrder(on);
        this.waitingList -= count;
        record(on, ChangeKind.LEFT_WAITING_LIST, count);
    }

    /** Moves {@code count} people from the waiting list into free places; refused if either is short. */
    public void admitFromWaitingList(int count, LocalDate on) {
        requireCount(count, "count", 1);
        requireWaiting(count);
        if (count > freePlaces()) {
            throw new DomainRuleViolation("no-free-places", "count", serviceName + " has " + freePlaces()
                    + " free places; " + count + " cannot be admitted");
        }
        requireInOrder(on);
        this.waitingList -= count;
        this.placesInUse += count;
        record(on, ChangeKind.ADMITTED, count);
    }

    /** Admits as many from the waiting list as there are free places; returns how many. */
    public int admitFromWaitingList(LocalDate on) {
        int count = Math.min(waitingList, freePlaces());
        if (count > 0) {
            admitFromWaitingList(count, on);
        }
        return count;
    }

    /** People give up their places, which become free. */
    public void release(int count, LocalDate on) {
        requireCount(count, "count", 1);
        if (count > placesInUse) {
            throw new DomainRuleViolation("too-many-released", "count", "Only " + placesInUse + " places of "
                    + serviceName + " are in use; " + count + " cannot be released");
        }
        requireInOrder(on);
        this.placesInUse -= count;
        record(on, ChangeKind.RELEASED, count);
    }

    private void requireWaiting(int count) {
        if (count > waitingList) {
            throw new DomainRuleViolation("too-few-waiting", "count", "Only " + waitingList + " are waiting for "
                    + serviceName + "; " + count + " cannot leave the list");
        }
    }

    private void requireInOrder(LocalDate on) {
        LocalDate last = history.get(history.size() - 1).changedOn();
        if (Require.present(on, "on").isBefore(last)) {
            throw new DomainRuleViolation("change-out-of-order", "on",
                    "The capacity of " + serviceName + " last changed on " + last + "; a change cannot be dated " + on);
        }
    }

    private void record(LocalDate on, ChangeKind kind, int count) {
        history.add(new CapacityChange(Require.present(on, "on"), kind, count, placesAvailable, placesInUse,
                waitingList));
    }

    public int freePlaces() {
        return placesAvailable - placesInUse;
    }

    public Long id() {
        return id;
    }

    public MunicipalityNumber municipality() {
        return municipality;
    }

    public ServiceArea serviceArea() {
        return serviceArea;
    }

    public String serviceName() {
        return serviceName;
    }

    public int placesAvailable() {
        return placesAvailable;
    }

    public int placesInUse() {
        return placesInUse;
    }

    public int waitingList() {
        return waitingList;
    }

    /** Every change, oldest first. */
    public List<CapacityChange> history() {
        return List.copyOf(history);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceCapacity other && municipality.equals(other.municipality)
                && serviceArea == other.serviceArea && serviceName.equals(other.serviceName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(municipality, serviceArea, serviceName);
    }

    @Override
    public String toString() {
        return serviceName + " (" + municipality + ")";
    }
}

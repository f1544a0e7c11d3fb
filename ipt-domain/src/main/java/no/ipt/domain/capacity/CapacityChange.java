package no.ipt.domain.capacity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated change of a service's capacity: what happened, to how many (a count, never who), and
 * the three counts after it, so the history reads as a table without replaying it.
 */
@Embeddable
public class CapacityChange implements Serializable {

    @NotNull
    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ChangeKind kind;

    @Min(0)
    @Column(name = "change_count", nullable = false)
    private int count;

    @Min(0)
    @Column(name = "places_available", nullable = false)
    private int placesAvailable;

    @Min(0)
    @Column(name = "places_in_use", nullable = false)
    private int placesInUse;

    @Min(0)
    @Column(name = "waiting_list", nullable = false)
    private int waitingList;

    protected CapacityChange() {
        // for JPA
    }

    CapacityChange(LocalDate changedOn, ChangeKind kind, int count, int placesAvailable, int placesInUse,
                   int waitingList) {
        this.changedOn = changedOn;
        this.kind = kind;
        this.count = count;
        this.placesAvailable = placesAvailable;
        this.placesInUse = placesInUse;
        this.waitingList = waitingList;
    }

    public LocalDate changedOn() {
        return changedOn;
    }

    public ChangeKind kind() {
        return kind;
    }

    /** How many people or places the change concerned; for PLACES_CHANGED and ESTABLISHED the new number of places. */
    public int count() {
        return count;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof CapacityChange other && changedOn.equals(other.changedOn) && kind == other.kind
                && count == other.count && placesAvailable == other.placesAvailable
                && placesInUse == other.placesInUse && waitingList == other.waitingList;
    }

    @Override
    public int hashCode() {
        return Objects.hash(changedOn, kind, count, placesAvailable, placesInUse, waitingList);
    }

    @Override
    public String toString() {
        return changedOn + " " + kind + " " + count + " → " + placesInUse + "/" + placesAvailable + " in use, "
                + waitingList + " waiting";
    }
}

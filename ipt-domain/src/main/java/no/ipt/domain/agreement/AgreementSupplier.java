package no.ipt.domain.agreement;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Objects;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Require;

/**
 * A farm that is party to a framework agreement: its rank from the tender (1 is the best), its
 * price per place per day, and how many places it can deliver at the same time.
 */
@Embeddable
public class AgreementSupplier implements Serializable {

    public static final int MAX_PLACES = 1_000;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "value", column = @Column(name = "organisation_number", length = 9, nullable = false))
    private OrganisationNumber farm;

    @Min(1)
    @Column(name = "supplier_rank", nullable = false)
    private int rank;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "amount", column = @Column(name = "price_per_place_per_day", precision = 15, scale = 2,
            nullable = false))
    private Money pricePerPlacePerDay;

    @Min(1)
    @Max(MAX_PLACES)
    @Column(name = "capacity_places", nullable = false)
    private int capacity;

    protected AgreementSupplier() {
        // for JPA
    }

    public AgreementSupplier(OrganisationNumber farm, int rank, Money pricePerPlacePerDay, int capacity) {
        this.farm = Require.present(farm, "farm");
        if (rank < 1) {
            throw new DomainRuleViolation("invalid-rank", "rank", "Ranks start at 1 (got " + rank + ")");
        }
        this.rank = rank;
        Require.present(pricePerPlacePerDay, "pricePerPlacePerDay");
        if (pricePerPlacePerDay.isNegative() || pricePerPlacePerDay.isZero()) {
            throw new DomainRuleViolation("invalid-price", "pricePerPlacePerDay",
                    "A price per place per day is more than nothing (got " + pricePerPlacePerDay + ")");
        }
        this.pricePerPlacePerDay = pricePerPlacePerDay;
        if (capacity < 1 || capacity > MAX_PLACES) {
            throw new DomainRuleViolation("invalid-capacity", "capacity",
                    "A supplier's capacity is 1 to " + MAX_PLACES + " places (got " + capacity + ")");
        }
        this.capacity = capacity;
    }

    public OrganisationNumber farm() {
        return farm;
    }

    public int rank() {
        return rank;
    }

    public Money pricePerPlacePerDay() {
        return pricePerPlacePerDay;
    }

    /** Places the farm can deliver at the same time. */
    public int capacity() {
        return capacity;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgreementSupplier other && farm.equals(other.farm) && rank == other.rank
                && pricePerPlacePerDay.equals(other.pricePerPlacePerDay) && capacity == other.capacity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(farm, rank, pricePerPlacePerDay, capacity);
    }

    @Override
    public String toString() {
        return "#" + rank + " " + farm + " (" + capacity + " places at " + pricePerPlacePerDay + ")";
    }
}

package no.ipt.domain.agreement;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Period;
import no.ipt.domain.shared.Require;

/**
 * A call-off (avrop): places ordered from one supplier of a framework agreement for a period,
 * on a number of days a week, at the supplier's price when it was placed. Counts only: who uses
 * the places is never recorded here.
 *
 * <p>Delivery days are weekdays: IPT day services run Monday to Friday. In each calendar week
 * (Monday–Sunday) the period touches, the delivery days are the weekdays of the period in that
 * week, but at most {@code daysPerWeek}. So 2–27 March 2026 (four whole weeks) at 3 days a week is
 * 12 delivery days, and a period starting on a Thursday has at most 2 in its first week. Public
 * holidays are not subtracted: a farm keeps the place for the municipality on those days too.
 */
@Embeddable
public class CallOff implements Serializable {

    public static final int MAX_DAYS_PER_WEEK = 5;
    public static final int MAX_REASON_LENGTH = 1000;

    @Min(1)
    @Column(name = "call_off_number", nullable = false)
    private int number;

    @NotNull
    @Column(name = "placed_on", nullable = false)
    private LocalDate placedOn;

    @Embedded
    @Valid
    @NotNull
    private Period period;

    @Min(1)
    @Max(AgreementSupplier.MAX_PLACES)
    @Column(name = "places", nullable = false)
    private int places;

    @Min(1)
    @Max(MAX_DAYS_PER_WEEK)
    @Column(name = "days_per_week", nullable = false)
    private int daysPerWeek;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "value", column = @Column(name = "organisation_number", length = 9, nullable = false))
    private OrganisationNumber supplier;

    @Embedded
    @Valid
    @NotNull
    @AttributeOverride(name = "amount", column = @Column(name = "price_per_place_per_day", precision = 15, scale = 2,
            nullable = false))
    private Money pricePerPlacePerDay;

    @Size(max = MAX_REASON_LENGTH)
    @Column(name = "reason", length = MAX_REASON_LENGTH)
    private String reason;

    protected CallOff() {
        // for JPA
    }

    CallOff(int number, LocalDate placedOn, Period period, int places, int daysPerWeek, AgreementSupplier supplier,
            String reason) {
        this.number = number;
        this.placedOn = Require.present(placedOn, "placedOn");
        this.period = Require.present(period, "period");
        if (places < 1 || places > AgreementSupplier.MAX_PLACES) {
            throw new DomainRuleViolation("invalid-places", "places",
                    "A call-off orders 1 to " + AgreementSupplier.MAX_PLACES + " places (got " + places + ")");
        }
        this.places = places;
        this.daysPerWeek = requireDaysPerWeek(daysPerWeek);
        this.supplier = supplier.farm();
        this.pricePerPlacePerDay = supplier.pricePerPlacePerDay();
        this.reason = Require.optionalText(reason, "reason", MAX_REASON_LENGTH);
        if (deliveryDays() == 0) {
            throw new DomainRuleViolation("no-delivery-days", "period",
                    "A call-off for " + period + " has no weekday to deliver on");
        }
    }

    static int requireDaysPerWeek(int daysPerWeek) {
        if (daysPerWeek < 1 || daysPerWeek > MAX_DAYS_PER_WEEK) {
            throw new DomainRuleViolation("invalid-days-per-week", "daysPerWeek",
                    "Places are delivered on 1 to " + MAX_DAYS_PER_WEEK + " weekdays a week (got " + daysPerWeek + ")");
        }
        return daysPerWeek;
    }

    /** The delivery days in {@code period} at {@code daysPerWeek}: see the class comment. */
    public static int deliveryDays(Period period, int daysPerWeek) {
        requireDaysPerWeek(daysPerWeek);
        int total = 0;
        LocalDate weekStart = period.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!weekStart.isAfter(period.end())) {
            LocalDate from = weekStart.isBefore(period.start()) ? period.start() : weekStart;
            LocalDate friday = weekStart.plusDays(4);
            LocalDate to = friday.isAfter(period.end()) ? period.end() : friday;
            int weekdays = to.isBefore(from) ? 0 : (int) (to.toEpochDay() - from.toEpochDay()) + 1;
            total += Math.min(weekdays, daysPerWeek);
            weekStart = weekStart.plusWeeks(1);
        }
        return total;
    }

    /** Places × delivery days × price per place per day. */
    public Money cost() {
        return pricePerPlacePerDay.multiply(BigDecimal.valueOf((long) places * deliveryDays()));
    }

    public int deliveryDays() {
        return deliveryDays(period, daysPerWeek);
    }

    /** Whether the call-off holds places of {@code farm} on {@code day}. */
    boolean holds(OrganisationNumber farm, LocalDate day) {
        return supplier.equals(farm) && period.contains(day);
    }

    public int number() {
        return number;
    }

    public LocalDate placedOn() {
        return placedOn;
    }

    public Period period() {
        return period;
    }

    public int places() {
        return places;
    }

    public int daysPerWeek() {
        return daysPerWeek;
    }

    public OrganisationNumber supplier() {
        return supplier;
    }

    public Money pricePerPlacePerDay() {
        return pricePerPlacePerDay;
    }

    /** Why this supplier was chosen; always there for a mini-competition. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CallOff other && number == other.number && placedOn.equals(other.placedOn)
                && period.equals(other.period) && places == other.places && daysPerWeek == other.daysPerWeek
                && supplier.equals(other.supplier) && pricePerPlacePerDay.equals(other.pricePerPlacePerDay)
                && Objects.equals(reason, other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, placedOn, period, places, daysPerWeek, supplier, pricePerPlacePerDay, reason);
    }

    @Override
    public String toString() {
        return "call-off " + number + ": " + places + " places × " + daysPerWeek + " days/week " + period + " from "
                + supplier;
    }
}

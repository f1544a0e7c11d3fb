package no.ipt.web.api.capacity;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * JSON body of a change to a service's capacity: the capacity's version it was made on (a stale one
 * answers 409), how many ({@code places} for the places, {@code count} for people; an admission
 * without a count admits as many as there are free places) and the day ({@code on}, default today).
 */
public class CapacityChangeRequest {

    @NotNull
    public Long version;

    /** A whole number; JSON-B would silently truncate 2.5 into an Integer, so the resource checks it. */
    public BigDecimal places;

    public BigDecimal count;

    public LocalDate on;
}

package no.ipt.web.api.capacity;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * JSON body of a change to a service's capacity: the capacity's version it was made on (a stale one
 * answers 409), how many ({@code places} for the places, {@code count} for people; an admission
 * without a count admits as many as there are free places) and the day ({@code on}, default today).
 */
public class CapacityChangeRequest {

    @NotNull
    public Long version;

    public Integer places;

    public Integer count;

    public LocalDate on;
}

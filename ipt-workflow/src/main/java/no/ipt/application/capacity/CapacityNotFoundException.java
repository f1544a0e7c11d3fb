package no.ipt.application.capacity;

/** No service capacity with that id exists (or the caller may not see it). Interfaces answer 404. */
public class CapacityNotFoundException extends RuntimeException {

    public CapacityNotFoundException(long id) {
        super("No service capacity " + id);
    }
}

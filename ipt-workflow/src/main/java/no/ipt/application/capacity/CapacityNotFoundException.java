package no.ipt.application.capacity;

import no.ipt.application.shared.NotFoundException;

/** No service capacity with that id exists (or the caller may not see it). Interfaces answer 404. */
public class CapacityNotFoundException extends NotFoundException {

    public CapacityNotFoundException(long id) {
        super("No service capacity " + id);
    }
}

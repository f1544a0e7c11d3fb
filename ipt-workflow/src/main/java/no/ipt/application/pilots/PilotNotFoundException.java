package no.ipt.application.pilots;

import no.ipt.application.shared.NotFoundException;

/** No such pilot – or one outside the caller's municipalities, which must look the same. */
public class PilotNotFoundException extends NotFoundException {

    public PilotNotFoundException(Object id) {
        super("No pilot " + id);
    }
}

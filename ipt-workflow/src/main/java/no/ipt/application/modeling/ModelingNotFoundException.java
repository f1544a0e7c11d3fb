package no.ipt.application.modeling;

import no.ipt.application.shared.NotFoundException;

/** A process or decision definition, incident or job that does not exist (404). */
public class ModelingNotFoundException extends NotFoundException {

    public ModelingNotFoundException(String message) {
        super(message);
    }
}

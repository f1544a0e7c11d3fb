package no.ipt.application.modeling;

/** A process or decision definition, incident or job that does not exist (404). */
public class ModelingNotFoundException extends RuntimeException {

    public ModelingNotFoundException(String message) {
        super(message);
    }
}

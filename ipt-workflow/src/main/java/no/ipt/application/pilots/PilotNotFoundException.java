package no.ipt.application.pilots;

/** No such pilot – or one outside the caller's municipalities, which must look the same. */
public class PilotNotFoundException extends RuntimeException {

    public PilotNotFoundException(Object id) {
        super("No pilot " + id);
    }
}

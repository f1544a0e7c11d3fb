package no.ipt.application.decisions;

/** The case waits for no steering-group decision now. Interfaces answer 409. */
public class NoOpenDecisionException extends RuntimeException {

    public NoOpenDecisionException(String caseNumber) {
        super("Case " + caseNumber + " is not waiting for a steering-group decision");
    }
}

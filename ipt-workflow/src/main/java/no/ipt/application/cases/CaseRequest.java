package no.ipt.application.cases;

/**
 * What a user may ask of a case's running stage from outside its task list: each kind is a message
 * that the stage's model waits for while it makes sense (a call-off or a termination while the
 * framework agreement is in force, a deviation report or an evaluation while its follow-up runs).
 */
public enum CaseRequest {

    /** Order places under the framework agreement: raises "Gjer eit avrop". */
    CALL_OFF("PlaceCallOff", "a framework agreement in force"),
    /** Report a quality deviation: raises "Meld avvik med tiltak". */
    DEVIATION("ReportDeviation", "a running follow-up"),
    /** Evaluate the service now rather than when the evaluation falls due. */
    EVALUATION("EvaluateFollowUp", "a running follow-up that is not being evaluated"),
    /** Terminate the framework agreement in force: raises "Sei opp avtalen". */
    TERMINATION("TerminateAgreement", "a framework agreement in force");

    private final String message;
    private final String waitingStage;

    CaseRequest(String message, String waitingStage) {
        this.message = message;
        this.waitingStage = waitingStage;
    }

    /** The BPMN message the request is correlated as. */
    public String message() {
        return message;
    }

    /** In words, what the case must have for the request to be accepted. */
    public String waitingStage() {
        return waitingStage;
    }
}

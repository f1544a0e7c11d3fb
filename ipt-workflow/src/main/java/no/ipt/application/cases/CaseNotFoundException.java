package no.ipt.application.cases;

/** No case with that number exists (or the caller may not see it). Interfaces answer 404. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String caseNumber) {
        super("No case " + caseNumber);
    }
}

package no.ipt.application.cases;

import no.ipt.application.shared.NotFoundException;

/** No case with that number exists (or the caller may not see it). Interfaces answer 404. */
public class CaseNotFoundException extends NotFoundException {

    public CaseNotFoundException(String caseNumber) {
        super("No case " + caseNumber);
    }
}

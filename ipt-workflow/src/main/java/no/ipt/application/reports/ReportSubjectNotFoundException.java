package no.ipt.application.reports;

import no.ipt.application.shared.NotFoundException;

/** The thing a report is about does not exist or is not visible to the caller (404, like any other). */
public class ReportSubjectNotFoundException extends NotFoundException {

    public ReportSubjectNotFoundException(String message) {
        super(message);
    }
}

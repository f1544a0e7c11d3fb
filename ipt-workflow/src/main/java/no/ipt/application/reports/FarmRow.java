package no.ipt.application.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * A farm of the register with what the caller's municipalities have on it: their approvals (one per
 * case) and the agreements in which the farm is a supplier.
 */
public record FarmRow(String organisationNumber, String name, String municipalityNumber, String municipalityName,
                      String kind, List<String> serviceAreas, LocalDate approvedOn, List<Approval> approvals,
                      List<String> agreements) {

    /** One municipality's approval of the farm in a case. */
    public record Approval(String municipalityNumber, String caseNumber, String nationalStatus,
                           LocalDate nationalApprovedOn, LocalDate suspendedOn) {
    }
}

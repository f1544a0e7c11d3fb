package no.ipt.application.farms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the caller's municipalities have on a farm: their approvals of it (one per case) with the dates
 * the approval lapses unless the farm is audited, and the framework agreements in which it is a supplier.
 */
public record FarmDealingsView(String organisationNumber, List<ApprovalView> approvals,
                               List<AgreementView> agreements) {

    /**
     * One municipality's approval of the farm in a case. {@code expires} is the earliest audit due date
     * (self-audit yearly, external audit every second year): the approval is suspended when it passes.
     */
    public record ApprovalView(String municipalityNumber, String caseNumber, String nationalStatus, String decision,
                               LocalDate decidedOn, LocalDate nationalApprovedOn, LocalDate nextSelfAuditDue,
                               LocalDate nextExternalAuditDue, LocalDate expires, LocalDate suspendedOn,
                               boolean validToday) {
    }

    /** A framework agreement with the farm as a supplier: its term, current end and the last day with options. */
    public record AgreementView(String agreementNumber, String caseNumber, String buyer, String serviceArea,
                                String status, LocalDate start, LocalDate currentEnd,
                                LocalDate lastDayIncludingOptions, int rank, BigDecimal pricePerPlacePerDay,
                                int capacity) {
    }
}

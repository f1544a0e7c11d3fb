package no.ipt.application.reports;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A framework agreement of one of the caller's municipalities, one row per supplier (one without supplier fields when it has none). */
public record AgreementRow(String agreementNumber, String caseNumber, String buyer, String buyerName,
                           String serviceArea, String status, LocalDate start, LocalDate currentEnd,
                           LocalDate lastDayIncludingOptions, Integer rank, String supplier, String supplierName,
                           BigDecimal pricePerPlacePerDay, Integer capacity) {
}

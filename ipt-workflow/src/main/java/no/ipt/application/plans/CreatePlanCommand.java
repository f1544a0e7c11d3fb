package no.ipt.application.plans;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a new plan needs: title, owner, project lead, period, the full-time-equivalent rate
 * ({@code null}: NOK 750,000) and what it belongs to – a case number or a pilot name, exactly one.
 */
public record CreatePlanCommand(String title, String owner, String projectLead, LocalDate start, LocalDate end,
                                BigDecimal fullTimeEquivalentRate, String caseNumber, String pilot) {
}

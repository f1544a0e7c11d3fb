package no.ipt.application.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dashboard of a caller: for each municipality the caller sees that has something to show, its
 * cases by stage, active agreements, places bought against waiting lists and its plans' spend against
 * budget by year; and the caller's open tasks due within {@link #HORIZON_DAYS} days.
 */
public record Dashboard(LocalDate today, List<MunicipalityFigures> municipalities, List<Deadline> deadlines) {

    public static final int HORIZON_DAYS = 30;

    /** {@code casesByStage}: stage name to count, in the stages' order. */
    public record MunicipalityFigures(String number, String name, Map<String, Long> casesByStage,
                                      long activeAgreements, List<Places> places, List<PlanYear> spendByYear) {
    }

    /** A service's places: bought (available), in use, and people waiting. */
    public record Places(String serviceName, String serviceArea, int placesAvailable, int placesInUse,
                         int waitingList) {
    }

    /** One year of a plan (of the municipality's case or of a pilot it is in): budget against spend. */
    public record PlanYear(long planId, String plan, int year, BigDecimal budget, BigDecimal spent) {
    }

    /** An open task of the caller with a due date, at the latest {@link #HORIZON_DAYS} days ahead (or overdue). */
    public record Deadline(String taskId, String name, String taskDefinitionKey, String caseNumber,
                           String municipalityNumber, LocalDate due, boolean overdue) {
    }
}

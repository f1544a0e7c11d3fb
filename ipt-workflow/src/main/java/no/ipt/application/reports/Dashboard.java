package no.ipt.application.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dashboard of a caller: for each municipality the caller sees that has something to show, and for
 * each pilot the caller sees (the same figures over the pilot's municipalities, with the pilot's own
 * plans), the cases by stage, active agreements, approved farms with the date their approval lapses,
 * places bought against waiting lists and the plans' spend against budget by year; and the caller's
 * open tasks due within {@link #HORIZON_DAYS} days.
 */
public record Dashboard(LocalDate today, List<MunicipalityFigures> municipalities, List<PilotFigures> pilots,
                        List<Deadline> deadlines) {

    public static final int HORIZON_DAYS = 30;

    /** The figures of one municipality or one pilot. */
    public interface Figures {

        Map<String, Long> casesByStage();

        long activeAgreements();

        List<ApprovedFarm> approvedFarms();

        List<Places> places();

        List<PlanYear> spendByYear();
    }

    /** {@code casesByStage}: stage name to count, in the stages' order. */
    public record MunicipalityFigures(String number, String name, Map<String, Long> casesByStage,
                                      long activeAgreements, List<ApprovedFarm> approvedFarms, List<Places> places,
                                      List<PlanYear> spendByYear) implements Figures {

        boolean isEmpty() {
            return casesByStage.isEmpty() && activeAgreements == 0 && approvedFarms.isEmpty() && places.isEmpty()
                    && spendByYear.isEmpty();
        }
    }

    /** A pilot: its municipalities' figures added up, its plans' and its municipalities' spend. */
    public record PilotFigures(long id, String name, String county, List<String> municipalityNames,
                               Map<String, Long> casesByStage, long activeAgreements,
                               List<ApprovedFarm> approvedFarms, List<Places> places,
                               List<PlanYear> spendByYear) implements Figures {
    }

    /**
     * A farm a municipality decided to use, and when its approval lapses: the earlier of the next self-audit
     * and the next external audit the national scheme requires ({@code null} before the first audits).
     * {@code lapsed}: suspended, or an audit is overdue; {@code lapsingSoon}: due within {@link #HORIZON_DAYS} days.
     */
    public record ApprovedFarm(String organisationNumber, String farmName, String municipalityNumber,
                               String caseNumber, String nationalStatus, LocalDate decidedOn, LocalDate lapsesOn,
                               boolean lapsed, boolean lapsingSoon) {
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

package no.ipt.domain.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.Period;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class PilotReportTest {

    private static final Period PERIOD = Period.of(LocalDate.of(2020, 11, 1), LocalDate.of(2022, 11, 30));
    private static final LocalDate FIRST_STATUS = LocalDate.of(2021, 8, 31);
    private static final LocalDate SECOND_STATUS = LocalDate.of(2022, 6, 30);
    private static final LocalDate FINAL = LocalDate.of(2022, 11, 30);

    private static Pilot pilot() {
        return Pilot.running("IPT-løftet 2 Test", "Vestland", ServiceArea.WORK_TRAINING_AND_MENTAL_HEALTH, PERIOD,
                "Ragna Flotve", List.of(MunicipalityNumber.of("4613"), MunicipalityNumber.of("4649")));
    }

    private static Pilot scheduled() {
        Pilot pilot = pilot();
        pilot.scheduleFinalReport(FINAL);
        pilot.scheduleStatusReport(SECOND_STATUS);
        pilot.scheduleStatusReport(FIRST_STATUS);
        return pilot;
    }

    private static String codeOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainRuleViolation.class);
        return ((DomainRuleViolation) thrown).code();
    }

    private static void submit(Pilot pilot, LocalDate due, LocalDate on) {
        pilot.submitReport(due, on, "Status for perioden", "Ragna Flotve");
    }

    @Test
    void theScheduleIsListedByDueDate() {
        Pilot pilot = scheduled();
        assertThat(pilot.reports()).extracting(PilotReport::dueDate).containsExactly(FIRST_STATUS, SECOND_STATUS,
                FINAL);
        assertThat(pilot.reports()).extracting(PilotReport::kind).containsExactly(ReportKind.STATUS,
                ReportKind.STATUS, ReportKind.FINAL);
        assertThat(pilot.finalReport()).map(PilotReport::dueDate).contains(FINAL);
        assertThat(pilot.reports()).noneMatch(PilotReport::isSubmitted);
    }

    @Test
    void aReportIsOverdueFromTheDayAfterItsDueDate() {
        Pilot pilot = scheduled();
        assertThat(pilot.overdueReports(FIRST_STATUS)).isEmpty();
        assertThat(pilot.overdueReports(FIRST_STATUS.plusDays(1))).extracting(PilotReport::dueDate)
                .containsExactly(FIRST_STATUS);
        assertThat(pilot.overdueReports(FINAL.plusDays(1))).hasSize(3);

        submit(pilot, FIRST_STATUS, FIRST_STATUS.plusDays(5));
        assertThat(pilot.overdueReports(FIRST_STATUS.plusDays(6))).isEmpty();
        assertThat(pilot.overdueReports(SECOND_STATUS.plusDays(1))).extracting(PilotReport::dueDate)
                .containsExactly(SECOND_STATUS);
    }

    @Test
    void theNextReportDueIsTheFirstUnsentOneFromToday() {
        Pilot pilot = scheduled();
        assertThat(pilot.nextReportDue(LocalDate.of(2021, 1, 1))).map(PilotReport::dueDate).contains(FIRST_STATUS);
        assertThat(pilot.nextReportDue(FIRST_STATUS)).map(PilotReport::dueDate).contains(FIRST_STATUS);
        assertThat(pilot.nextReportDue(FIRST_STATUS.plusDays(1))).map(PilotReport::dueDate).contains(SECOND_STATUS);

        submit(pilot, FIRST_STATUS, LocalDate.of(2021, 8, 20));
        submit(pilot, SECOND_STATUS, LocalDate.of(2022, 6, 1));
        assertThat(pilot.nextReportDue(LocalDate.of(2021, 1, 1))).map(PilotReport::dueDate).contains(FINAL);
        assertThat(pilot.nextReportDue(FINAL.plusDays(1))).isEmpty();
        assertThat(pilot().nextReportDue(FIRST_STATUS)).isEmpty();
    }

    @Test
    void theFinalReportGoesOnlyAfterEveryStatusReport() {
        Pilot pilot = scheduled();
        assertThat(codeOf(() -> submit(pilot, FINAL, FINAL))).isEqualTo("status-reports-outstanding");
        submit(pilot, FIRST_STATUS, FIRST_STATUS);
        assertThat(codeOf(() -> submit(pilot, FINAL, FINAL))).isEqualTo("status-reports-outstanding");
        submit(pilot, SECOND_STATUS, LocalDate.of(2022, 11, 10));
        assertThat(codeOf(() -> submit(pilot, FINAL, LocalDate.of(2022, 11, 9))))
                .isEqualTo("final-report-before-status-report");

        PilotReport sent = pilot.submitReport(FINAL, LocalDate.of(2022, 11, 10), " Sluttrapport ", "Ragna Flotve");
        assertThat(sent.isSubmitted()).isTrue();
        assertThat(sent.summary()).isEqualTo("Sluttrapport");
        assertThat(pilot.finalReport()).contains(sent);
        assertThat(pilot.overdueReports(FINAL.plusYears(1))).isEmpty();
    }

    @Test
    void aPilotWithoutStatusReportsMaySendItsFinalReport() {
        Pilot pilot = pilot();
        pilot.scheduleFinalReport(FINAL.plusMonths(2));
        submit(pilot, FINAL.plusMonths(2), FINAL);
        assertThat(pilot.finalReport().orElseThrow().submittedOn()).isEqualTo(FINAL);
    }

    @Test
    void statusReportsAreDueWithinThePeriodAndBeforeTheFinalReport() {
        Pilot pilot = pilot();
        pilot.scheduleStatusReport(PERIOD.start());
        assertThat(codeOf(() -> pilot.scheduleStatusReport(PERIOD.start().minusDays(1))))
                .isEqualTo("report-outside-period");
        assertThat(codeOf(() -> pilot.scheduleStatusReport(PERIOD.end().plusDays(1))))
                .isEqualTo("report-outside-period");
        assertThat(codeOf(() -> pilot.scheduleStatusReport(PERIOD.start()))).isEqualTo("duplicate-report-due-date");
        assertThat(codeOf(() -> pilot.scheduleStatusReport(null))).isEqualTo("missing-due-date");

        pilot.scheduleFinalReport(PERIOD.end());
        assertThat(codeOf(() -> pilot.scheduleStatusReport(PERIOD.end()))).isEqualTo("status-report-after-final-report");
        pilot.scheduleStatusReport(PERIOD.end().minusDays(1));
        assertThat(pilot.reports()).hasSize(3);
    }

    @Test
    void thereIsOneFinalReportDueAtTheEndOfThePeriodOrLater() {
        Pilot pilot = pilot();
        pilot.scheduleStatusReport(FIRST_STATUS);
        assertThat(codeOf(() -> pilot.scheduleFinalReport(PERIOD.end().minusDays(1))))
                .isEqualTo("final-report-before-period-end");
        pilot.scheduleFinalReport(PERIOD.end());
        assertThat(codeOf(() -> pilot.scheduleFinalReport(PERIOD.end().plusMonths(1))))
                .isEqualTo("final-report-already-scheduled");
    }

    @Test
    void aReportIsSentOnceWithASummaryAndASender() {
        Pilot pilot = scheduled();
        assertThat(codeOf(() -> submit(pilot, FIRST_STATUS.plusDays(1), FIRST_STATUS))).isEqualTo("unknown-report");
        assertThat(codeOf(() -> pilot.submitReport(FIRST_STATUS, FIRST_STATUS, " ", "Ragna Flotve")))
                .isEqualTo("missing-summary");
        assertThat(codeOf(() -> pilot.submitReport(FIRST_STATUS, FIRST_STATUS, "Status", null)))
                .isEqualTo("missing-submitted-by");
        assertThat(codeOf(() -> pilot.submitReport(FIRST_STATUS, null, "Status", "Ragna Flotve")))
                .isEqualTo("missing-submitted-on");
        assertThat(codeOf(() -> submit(pilot, FIRST_STATUS, PERIOD.start().minusDays(1))))
                .isEqualTo("report-before-period");
        assertThat(pilot.report(FIRST_STATUS).orElseThrow().isSubmitted()).isFalse();

        submit(pilot, FIRST_STATUS, PERIOD.start());
        assertThat(codeOf(() -> submit(pilot, FIRST_STATUS, FIRST_STATUS))).isEqualTo("report-already-submitted");
        assertThat(pilot.report(FIRST_STATUS).orElseThrow().submittedBy()).isEqualTo("Ragna Flotve");
    }

    @Test
    void nothingIsScheduledAfterTheFinalReportIsSent() {
        Pilot pilot = pilot();
        pilot.scheduleFinalReport(FINAL);
        assertThat(pilot.report(FINAL).orElseThrow().isOverdueOn(FINAL)).isFalse();
        submit(pilot, FINAL, FINAL);
        assertThat(codeOf(() -> pilot.scheduleStatusReport(FIRST_STATUS))).isEqualTo("reporting-closed");
        assertThat(codeOf(() -> pilot.scheduleFinalReport(FINAL.plusDays(1)))).isEqualTo("reporting-closed");
    }
}

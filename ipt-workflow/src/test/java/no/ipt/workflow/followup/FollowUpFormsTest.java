package no.ipt.workflow.followup;

import static no.ipt.workflow.agreement.AgreementTestData.form;
import static no.ipt.workflow.agreement.AgreementTestData.refused;
import static no.ipt.workflow.agreement.AgreementTestData.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ipt.domain.agreement.AgreementNumber;
import no.ipt.domain.agreement.AgreementSupplier;
import no.ipt.domain.agreement.CallOffRule;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.TermLimit;
import no.ipt.domain.followup.AttendeeRole;
import no.ipt.domain.followup.Deviation;
import no.ipt.domain.followup.DeviationCategory;
import no.ipt.domain.followup.FollowUp;
import no.ipt.domain.followup.Outcome;
import no.ipt.domain.followup.Severity;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Period;
import no.ipt.workflow.agreement.AgreementDates;
import no.ipt.workflow.agreement.AgreementTestData;
import org.junit.jupiter.api.Test;

/** The follow-up forms: validate() rules and apply() against the real aggregates, without a database. */
class FollowUpFormsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(AgreementDates.ZONE).toInstant(), ZoneId.of("Europe/Oslo"));
    private static final FollowUpSettings SETTINGS = new FollowUpSettings("R/P3M", "P12M", "P14D");

    private final HoldMeetingForm meeting = new HoldMeetingForm(null, null, SETTINGS, CLOCK);
    private final ReportDeviationForm report = new ReportDeviationForm(null, null, SETTINGS, CLOCK);
    private final CorrectiveActionsForm actions = new CorrectiveActionsForm(null, null, SETTINGS, CLOCK);
    private final EvaluateServiceForm evaluate = new EvaluateServiceForm(null, null, SETTINGS, CLOCK);
    private final DecideOutcomeForm decide = new DecideOutcomeForm(null, null, SETTINGS, CLOCK);

    private final FrameworkAgreement agreement = new FrameworkAgreement(AgreementNumber.of(CaseNumber.of(2026, 42), 1),
            AgreementTestData.KONGSBERG, ServiceArea.HEALTH_AND_CARE, Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)),
            List.of(), TermLimit.maximum(4, "FOA § 26-1 (4)"), CallOffRule.RANKING, List.of(
                    new AgreementSupplier(OrganisationNumber.of(AgreementTestData.FIRST), 1, Money.nok(1250), 4),
                    new AgreementSupplier(OrganisationNumber.of(AgreementTestData.SECOND), 2, Money.nok(1000), 6)));
    private final FollowUp followUp = meeting.start(agreement);

    // --- meetings -------------------------------------------------------------------------------------

    private static Map<String, Object> meetingValues() {
        Map<String, Object> values = new HashMap<>(Map.of("meetingDate", "2026-09-15", "attendees", "PROCUREMENT_OFFICER,PROVIDER",
                "periodStart", "2026-06-01", "periodEnd", "2026-08-31", "placesCalledOff", 9, "placesUsed", 7));
        values.put("respondents", 5);
        values.put("meanScore", "4.6");
        return values;
    }

    @Test
    void aMeetingValidatesAttendeesAndTheGroupsOfCounts() {
        assertThat(meeting.validate(form(meetingValues()))).containsEntry("lastMeetingDate", "2026-09-15");
        assertThat(meeting.formKey()).isEqualTo("ipt:follow-up/hold-meeting");
        assertThat(meeting.validate(form("meetingDate", "2026-09-15", "attendees", "PROVIDER"))).hasSize(1);
        refused(() -> meeting.validate(form(with(meetingValues(), "attendees", null))), "attendees");
        refused(() -> meeting.validate(form(with(meetingValues(), "attendees", "PROVIDER,MAYOR"))), "attendees");
        refused(() -> meeting.validate(form(with(meetingValues(), "placesUsed", null))), "placesUsed");
        refused(() -> meeting.validate(form(with(meetingValues(), "respondents", null))), "respondents");
        refused(() -> meeting.validate(form(with(meetingValues(), "meanScore", "good"))), "meanScore");
        refused(() -> meeting.validate(form(with(meetingValues(), "periodStart", null))), "periodStart");
        refused(() -> meeting.validate(form("meetingDate", "2026-09-15", "attendees", "PROVIDER", "periodEnd", "2026-08-31")),
                "periodStart");
        refused(() -> meeting.validate(form(with(meetingValues(), "userName", "Kari"))), "userName");
    }

    @Test
    void aMeetingRecordsUtilisationAndSatisfactionAsCountsOnly() {
        meeting.applyTo(followUp, agreement, form(meetingValues()));
        assertThat(followUp.meetings()).singleElement().satisfies(m -> {
            assertThat(m.attendees()).containsExactlyInAnyOrder(AttendeeRole.PROCUREMENT_OFFICER, AttendeeRole.PROVIDER);
            assertThat(m.nextMeetingDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        });
        assertThat(followUp.overallUtilisationPercentage()).contains(new BigDecimal("77.8"));
        assertThat(followUp.satisfaction()).singleElement().satisfies(s -> assertThat(s.respondents()).isEqualTo(5));

        meeting.applyTo(followUp, agreement, form("meetingDate", "2026-10-01", "attendees", "PROVIDER",
                "nextMeetingDate", "2026-11-01"));
        assertThat(followUp.nextMeetingDate()).contains(LocalDate.of(2026, 11, 1));
        refused(() -> meeting.applyTo(followUp, agreement, form(with(meetingValues(), "meetingDate", "2026-12-01",
                "periodStart", "2026-09-01", "periodEnd", "2026-11-30", "placesCalledOff", null, "placesUsed", null,
                "respondents", 4))), "respondents");
    }

    // --- deviations --------------------------------------------------------------------------------

    private static Map<String, Object> deviationValues() {
        return new HashMap<>(Map.of("reportedOn", "2026-09-01", "category", "TRANSPORT", "severity", "HIGH",
                "description", "Skyssen kom ikkje", "actions.1.description", "Ny skyssavtale",
                "actions.1.deadline", "2026-09-10", "actions.2.description", "Varsle pårørande",
                "actions.2.deadline", "2026-10-01"));
    }

    @Test
    void aDeviationNeedsAtLeastOneActionWithADeadline() {
        assertThat(report.validate(form(deviationValues()))).containsEntry("deviationSeverity", "HIGH");
        assertThat(report.formKey()).isEqualTo("ipt:follow-up/report-deviation");
        refused(() -> report.validate(form(with(deviationValues(), "actions.1.description", null, "actions.1.deadline", null,
                "actions.2.description", null, "actions.2.deadline", null))), "actions.1.description");
        refused(() -> report.validate(form(with(deviationValues(), "actions.2.deadline", null))), "actions.2.deadline");
        refused(() -> report.validate(form(with(deviationValues(), "actions.1.description", null, "actions.1.deadline", null))),
                "actions.1.description");
        refused(() -> report.validate(form(with(deviationValues(), "actions.2.description", "Ny skyssavtale"))),
                "actions.2.description");
        refused(() -> report.validate(form(with(deviationValues(), "category", "WEATHER"))), "category");
        refused(() -> report.validate(form(with(deviationValues(), "severity", null))), "severity");
        refused(() -> report.validate(form(with(deviationValues(), "description", " "))), "description");
    }

    @Test
    void aDeviationIsReportedWithItsActionsFollowedUpAndClosed() {
        report.applyTo(followUp, agreement, form(deviationValues()));
        Deviation deviation = followUp.deviation(1);
        assertThat(deviation.category()).isEqualTo(DeviationCategory.TRANSPORT);
        assertThat(deviation.severity()).isEqualTo(Severity.HIGH);
        assertThat(deviation.actions()).extracting(a -> a.deadline())
                .containsExactly(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 10, 1));
        refused(() -> report.applyTo(followUp, agreement, form(with(deviationValues(), "actions.1.deadline", "2026-08-01"))),
                "deadline");

        assertThat(actions.formKey()).isEqualTo("ipt:follow-up/corrective-actions");
        assertThat(actions.validate(form("deviationNumber", 1, "doneActions", "1", "doneOn", "2026-09-09")))
                .containsEntry("deviationClosed", false);
        refused(() -> actions.validate(form("doneActions", "1", "doneOn", "2026-09-09")), "deviationNumber");
        refused(() -> actions.validate(form("deviationNumber", 1, "doneActions", "first", "doneOn", "2026-09-09")), "doneActions");
        refused(() -> actions.validate(form("deviationNumber", 1, "doneActions", "1")), "doneOn");
        refused(() -> actions.validate(form("deviationNumber", 1, "newActionDescription", "Meir")), "newActionDeadline");
        refused(() -> actions.validate(form("deviationNumber", 1, "closeDeviation", "yes")), "closeDeviation");
        refused(() -> actions.validate(form("deviationNumber", 1, "closeDeviation", "true")), "closedOn");

        actions.applyTo(followUp, agreement, form("deviationNumber", 1, "doneActions", "1", "doneOn", "2026-09-09",
                "newActionDescription", "Oppfølgingsmøte med drosjeselskapet", "newActionDeadline", "2026-09-30"));
        assertThat(deviation.actions()).hasSize(3);
        refused(() -> actions.applyTo(followUp, agreement, form("deviationNumber", 1, "closeDeviation", "true",
                "closedOn", "2026-09-15")), "actions");
        actions.applyTo(followUp, agreement, form("deviationNumber", 1, "doneActions", "2, 3", "doneOn", "2026-09-14",
                "closeDeviation", "true", "closedOn", "2026-09-15"));
        assertThat(followUp.deviation(1).isClosed()).isTrue();
        assertThat(actions.validate(form("deviationNumber", 1, "closeDeviation", "true", "closedOn", "2026-09-15")))
                .containsEntry("deviationClosed", true);
    }

    // --- evaluation and decision ----------------------------------------------------------------

    @Test
    void theEvaluationComparesTheCurrentServiceWithWhatTheCallOffsCost() {
        assertThat(evaluate.validate(form("currentCostPerPlacePerDay", "1480", "notes", "Samanlikna med dagsenteret")))
                .containsEntry("currentCostPerPlacePerDay", "1480.00");
        assertThat(evaluate.formKey()).isEqualTo("ipt:follow-up/evaluate-service");
        refused(() -> evaluate.validate(form("currentCostPerPlacePerDay", "NOK 1480", "notes", "x")), "currentCostPerPlacePerDay");
        refused(() -> evaluate.validate(form("currentCostPerPlacePerDay", "1480")), "notes");

        assertThat(EvaluateServiceForm.agreementCostPerPlacePerDay(agreement)).isEqualTo(Money.nok(1250));
        Period march = Period.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 27));
        agreement.callOff(LocalDate.of(2026, 2, 1), march, 4, 3, OrganisationNumber.of(AgreementTestData.FIRST), null);
        agreement.callOff(LocalDate.of(2026, 2, 1), march, 4, 3, OrganisationNumber.of(AgreementTestData.SECOND), null);
        // 48 place-days at 1250 and 48 at 1000
        assertThat(EvaluateServiceForm.agreementCostPerPlacePerDay(agreement)).isEqualTo(Money.nok("1125.00"));

        evaluate.applyTo(followUp, agreement, form("currentCostPerPlacePerDay", "1480", "notes", "Billegare"));
        assertThat(followUp.evaluation()).hasValueSatisfying(e -> {
            assertThat(e.evaluatedOn()).isEqualTo(TODAY);
            assertThat(e.agreementIsCheaper()).isTrue();
            assertThat(e.costDifference()).isEqualTo(Money.nok(-355));
        });
    }

    @Test
    void theProjectLeadDecidesAfterTheEvaluation() {
        assertThat(decide.validate(form("outcome", "RETENDER", "reason", "Låg utnytting"))).containsEntry("followUpOutcome", "RETENDER");
        assertThat(decide.formKey()).isEqualTo("ipt:follow-up/decide-outcome");
        refused(() -> decide.validate(form("outcome", "PAUSE", "reason", "x")), "outcome");
        refused(() -> decide.validate(form("outcome", "END")), "reason");

        refused(() -> decide.applyTo(followUp, agreement, form("outcome", "CONTINUE", "reason", "Bra")), "evaluation");
        evaluate.applyTo(followUp, agreement, form("currentCostPerPlacePerDay", "1480", "notes", "Billegare"));
        decide.applyTo(followUp, agreement, form("outcome", "CONTINUE", "reason", "Bra"));
        decide.applyTo(followUp, agreement, form("outcome", "END", "reason", "Behovet er borte"));
        assertThat(followUp.isConcluded()).isTrue();
        assertThat(followUp.latestDecision()).hasValueSatisfying(d -> assertThat(d.outcome()).isEqualTo(Outcome.END));
    }

    @Test
    void settingsAreChecked() {
        assertThat(SETTINGS.getMeetingCycle()).isEqualTo("R/P3M");
        assertThat(SETTINGS.meetingPeriod()).isEqualTo(java.time.Period.ofMonths(3));
        assertThat(new FollowUpSettings("R4/P1M", "P6M", "P7D").meetingPeriod()).isEqualTo(java.time.Period.ofMonths(1));
        assertThat(SETTINGS.getEvaluationAfter()).isEqualTo("P12M");
        assertThat(SETTINGS.deviationCloseReminder()).isEqualTo(java.time.Period.ofDays(14));
        assertThatThrownBy(() -> new FollowUpSettings("P3M", "P12M", "P14D")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ipt.follow-up.meeting-cycle");
        assertThatThrownBy(() -> new FollowUpSettings("R/P0D", "P12M", "P14D")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FollowUpSettings("R/P3M", "a year", "P14D")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ipt.follow-up.evaluation-after");
        assertThat(new FollowUpSettings("R/P3M", "PT30S", "P14D").getEvaluationAfter()).as("a duration, for tests").isEqualTo("PT30S");
        assertThatThrownBy(() -> new FollowUpSettings("R/P3M", "PT0S", "P14D")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ipt.follow-up.evaluation-after");
        assertThatThrownBy(() -> new FollowUpSettings("R/P3M", "PT-5M", "P14D")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ipt.follow-up.evaluation-after");
        assertThatThrownBy(() -> new FollowUpSettings("R/P3M", "P12M", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ipt.follow-up.deviation-close-reminder");
    }
}

package no.ipt.domain.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import no.ipt.domain.agreement.AgreementNumber;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.Period;
import org.assertj.core.api.AbstractObjectAssert;
import org.junit.jupiter.api.Test;

class FollowUpTest {

    static final java.time.Period QUARTERLY = java.time.Period.ofMonths(3);
    static final LocalDate MARCH = LocalDate.of(2026, 3, 10);
    static final Period SPRING = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

    final FollowUp followUp = new FollowUp(new AgreementNumber("IPT-2026-00042-A1"), QUARTERLY);

    static AbstractObjectAssert<?, String> refusedWith(Runnable action) {
        return assertThatThrownBy(action::run).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).code());
    }

    @Test
    void meetingsFollowTheCycleUnlessTheyAgreeOnAnotherDate() {
        assertThat(followUp.nextMeetingDate()).isEmpty();
        followUp.recordMeeting(MARCH, Set.of(AttendeeRole.PROVIDER, AttendeeRole.PROCUREMENT_OFFICER), "Oppstart");
        assertThat(followUp.nextMeetingDate()).contains(LocalDate.of(2026, 6, 10));
        followUp.recordMeeting(LocalDate.of(2026, 6, 12), Set.of(AttendeeRole.PROVIDER), null, LocalDate.of(2026, 8, 20));
        assertThat(followUp.nextMeetingDate()).contains(LocalDate.of(2026, 8, 20));
        assertThat(followUp.meetings()).extracting(Meeting::date).containsExactly(MARCH, LocalDate.of(2026, 6, 12));

        refusedWith(() -> followUp.recordMeeting(MARCH, Set.of(AttendeeRole.PROVIDER), null)).isEqualTo("duplicate-meeting");
        refusedWith(() -> followUp.recordMeeting(LocalDate.of(2026, 9, 1), Set.of(), null)).isEqualTo("missing-attendees");
        refusedWith(() -> followUp.recordMeeting(LocalDate.of(2026, 9, 1), Set.of(AttendeeRole.PROVIDER), null,
                LocalDate.of(2026, 9, 1))).isEqualTo("invalid-next-meeting-date");
    }

    @Test
    void theMeetingCycleIsPositive() {
        refusedWith(() -> new FollowUp(new AgreementNumber("IPT-2026-00042-A1"), java.time.Period.ZERO))
                .isEqualTo("invalid-meeting-cycle");
        refusedWith(() -> followUp.changeMeetingCycle(java.time.Period.ofMonths(-3))).isEqualTo("invalid-meeting-cycle");
        followUp.changeMeetingCycle(java.time.Period.ofMonths(6));
        followUp.recordMeeting(MARCH, Set.of(AttendeeRole.STEERING_GROUP), null);
        assertThat(followUp.nextMeetingDate()).contains(LocalDate.of(2026, 9, 10));
    }

    @Test
    void aDeviationClosesOnlyWhenAllItsActionsAreDone() {
        Deviation deviation = followUp.reportDeviation(MARCH, DeviationCategory.HEALTH_AND_SAFETY,
                "Gjerde ved oksebingen var ikkje låst", Severity.HIGH);
        assertThat(deviation.number()).isEqualTo(1);
        refusedWith(() -> followUp.closeDeviation(1, MARCH)).isEqualTo("deviation-without-actions");

        followUp.addCorrectiveAction(1, "Ny lås på porten", LocalDate.of(2026, 3, 13));
        followUp.addCorrectiveAction(1, "Gå gjennom HMS-rutinane med tilsette", LocalDate.of(2026, 3, 31));
        followUp.completeCorrectiveAction(1, 1, LocalDate.of(2026, 3, 12));
        refusedWith(() -> followUp.closeDeviation(1, LocalDate.of(2026, 3, 20))).isEqualTo("open-corrective-actions");
        assertThat(deviation.overdueActions(LocalDate.of(2026, 4, 1))).extracting(CorrectiveAction::number)
                .containsExactly(2);

        followUp.completeCorrectiveAction(1, 2, LocalDate.of(2026, 3, 25));
        refusedWith(() -> followUp.closeDeviation(1, LocalDate.of(2026, 3, 24))).isEqualTo("closed-before-done");
        followUp.closeDeviation(1, LocalDate.of(2026, 3, 25));
        assertThat(deviation.isClosed()).isTrue();
        assertThat(followUp.openDeviations()).isEmpty();
        refusedWith(() -> followUp.addCorrectiveAction(1, "Meir", LocalDate.of(2026, 4, 1))).isEqualTo("deviation-closed");
    }

    @Test
    void correctiveActionsAreGuarded() {
        followUp.reportDeviation(MARCH, DeviationCategory.TRANSPORT, "Henting kom ein time for seint", Severity.LOW);
        refusedWith(() -> followUp.addCorrectiveAction(1, "Ny rutine", LocalDate.of(2026, 3, 9)))
                .isEqualTo("deadline-before-report");
        followUp.addCorrectiveAction(1, "Ny rutine", MARCH);
        refusedWith(() -> followUp.completeCorrectiveAction(1, 1, LocalDate.of(2026, 3, 9))).isEqualTo("done-before-report");
        followUp.completeCorrectiveAction(1, 1, MARCH);
        refusedWith(() -> followUp.completeCorrectiveAction(1, 1, MARCH)).isEqualTo("action-already-done");
        refusedWith(() -> followUp.completeCorrectiveAction(1, 2, MARCH)).isEqualTo("unknown-corrective-action");
        refusedWith(() -> followUp.closeDeviation(2, MARCH)).isEqualTo("unknown-deviation");
        refusedWith(() -> followUp.reportDeviation(MARCH, null, "x", Severity.LOW)).isEqualTo("missing-category");
    }

    @Test
    void utilisationIsUsedOverCalledOffPerPeriod() {
        UtilisationRecord spring = followUp.recordUtilisation(SPRING, 9, 7);
        assertThat(spring.utilisationPercentage()).isEqualByComparingTo("77.8");
        followUp.recordUtilisation(Period.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), 11, 11);
        assertThat(followUp.overallUtilisationPercentage()).contains(new BigDecimal("90.0"));
        assertThat(new UtilisationRecord(SPRING, 4, 0).utilisationPercentage()).isEqualByComparingTo("0");

        refusedWith(() -> followUp.recordUtilisation(Period.of(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1)), 1, 1))
                .isEqualTo("overlapping-utilisation");
        refusedWith(() -> new UtilisationRecord(SPRING, 4, 5)).isEqualTo("invalid-places-used");
        refusedWith(() -> new UtilisationRecord(SPRING, 0, 0)).isEqualTo("invalid-places-called-off");
        refusedWith(() -> new UtilisationRecord(SPRING, 4, -1)).isEqualTo("invalid-places-used");
    }

    @Test
    void satisfactionNeedsFiveRespondentsAndAScoreFromOneToSix() {
        refusedWith(() -> followUp.recordSatisfaction(SPRING, 4, new BigDecimal("5.2"))).isEqualTo("too-few-respondents");
        SatisfactionScore score = followUp.recordSatisfaction(SPRING, 5, new BigDecimal("5.255"));
        assertThat(score.meanScore()).isEqualTo(new BigDecimal("5.26"));
        refusedWith(() -> followUp.recordSatisfaction(SPRING, 8, new BigDecimal("5"))).isEqualTo("duplicate-satisfaction");

        assertThat(new SatisfactionScore(SPRING, 5, BigDecimal.ONE).meanScore()).isEqualTo(new BigDecimal("1.00"));
        assertThat(new SatisfactionScore(SPRING, 5, new BigDecimal("6")).meanScore()).isEqualTo(new BigDecimal("6.00"));
        refusedWith(() -> new SatisfactionScore(SPRING, 5, new BigDecimal("0.99"))).isEqualTo("invalid-mean-score");
        refusedWith(() -> new SatisfactionScore(SPRING, 5, new BigDecimal("6.01"))).isEqualTo("invalid-mean-score");
    }

    @Test
    void theEvaluationComparesCostWithTheCurrentService() {
        Evaluation evaluation = followUp.evaluate(LocalDate.of(2026, 11, 1), Money.nok(1400), Money.nok(950),
                "Lågare kostnad og høg tilfredsheit");
        assertThat(evaluation.costDifference()).isEqualTo(Money.nok(-450));
        assertThat(evaluation.agreementIsCheaper()).isTrue();
        refusedWith(() -> followUp.evaluate(LocalDate.of(2026, 10, 1), Money.nok(1), Money.nok(1), "Eldre"))
                .isEqualTo("evaluation-out-of-order");
        refusedWith(() -> new Evaluation(MARCH, Money.ZERO, Money.nok(1), "x")).isEqualTo("invalid-cost");
        refusedWith(() -> new Evaluation(MARCH, Money.nok(1), Money.nok(1), " ")).isEqualTo("missing-outcome-notes");
    }

    @Test
    void decisionsRestOnAnEvaluationAndRetenderOrEndConcludes() {
        refusedWith(() -> followUp.decide(Outcome.CONTINUE, MARCH, "Godt tilbod")).isEqualTo("missing-evaluation");
        followUp.evaluate(LocalDate.of(2026, 11, 1), Money.nok(1400), Money.nok(950), "Godt tilbod");
        refusedWith(() -> followUp.decide(Outcome.EXTEND, LocalDate.of(2026, 10, 31), "For tidleg"))
                .isEqualTo("missing-evaluation");
        followUp.decide(Outcome.EXTEND, LocalDate.of(2026, 11, 15), "Utløyser opsjon 1");
        refusedWith(() -> followUp.decide(Outcome.CONTINUE, LocalDate.of(2026, 11, 14), "Eldre"))
                .isEqualTo("decision-out-of-order");
        refusedWith(() -> followUp.decide(Outcome.END, LocalDate.of(2026, 12, 1), " ")).isEqualTo("missing-reason");
        assertThat(followUp.isConcluded()).isFalse();

        followUp.decide(Outcome.RETENDER, LocalDate.of(2027, 6, 1), "Behovet har vakse");
        assertThat(followUp.isConcluded()).isTrue();
        assertThat(followUp.latestDecision().map(Decision::outcome)).contains(Outcome.RETENDER);
        refusedWith(() -> followUp.decide(Outcome.CONTINUE, LocalDate.of(2027, 7, 1), "Likevel"))
                .isEqualTo("follow-up-concluded");
        followUp.recordMeeting(LocalDate.of(2027, 7, 1), Set.of(AttendeeRole.PROVIDER), "Avslutning");
        assertThat(followUp.decisions()).hasSize(2);
    }
}

package no.ipt.domain.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.Period;
import no.ipt.domain.tender.BuyerType;
import no.ipt.domain.tender.ServiceCategory;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NeedsAssessmentTest {

    private static final CaseNumber CASE = new CaseNumber("IPT-2026-00042");
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    static NeedsAssessment draft() {
        return new NeedsAssessment(CASE, ServiceArea.HEALTH_AND_CARE);
    }

    /** Steinkjer's dementia day places, complete enough to submit. */
    static NeedsAssessment complete() {
        NeedsAssessment assessment = draft();
        assessment.describeTargetGroup("Home-dwelling people with early dementia");
        assessment.size(12, 6, 3);
        assessment.schedule(Period.of(LocalDate.of(2026, 8, 1), LocalDate.of(2028, 7, 31)));
        assessment.arrangeTransport(Transport.arrangedBy(TransportArrangement.MUNICIPALITY));
        assessment.compareWithCurrentService(new CurrentService("Day centre in town", Money.nok(1_200_000)));
        assessment.addExpectedOutcome("Shorter waiting list for day places");
        assessment.estimateContractValue(Money.nok(2_100_000));
        assessment.classifyPurchase(ServiceCategory.HEALTH_AND_SOCIAL, BuyerType.MUNICIPALITY);
        assessment.involveUnit("Helse og omsorg");
        return assessment;
    }

    private static void assertViolation(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo(code);
    }

    @Test
    void aNewAssessmentIsAnEmptyDraftMissingEveryMandatoryField() {
        NeedsAssessment assessment = draft();
        assertThat(assessment.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(assessment.missingFields()).containsExactly("targetGroup", "participants", "places",
                "daysPerWeek", "period", "transport", "expectedOutcomes", "estimatedContractValue", "serviceCategory",
                "buyerType", "unitsInvolved");
        assertThatThrownBy(() -> assessment.submit(AT))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("targetGroup")
                .hasMessageContaining("unitsInvolved")
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("targetGroup");
    }

    @Test
    void submitsWhenCompleteAndFreezes() {
        NeedsAssessment assessment = complete();
        assertThat(assessment.missingFields()).isEmpty();
        assessment.submit(AT);
        assertThat(assessment.isSubmitted()).isTrue();
        assertThat(assessment.submittedAt()).contains(AT);
        assertViolation(() -> assessment.describeTargetGroup("Other"), "needs-assessment-submitted");
        assertViolation(() -> assessment.size(1, 1, 1), "needs-assessment-submitted");
        assertViolation(() -> assessment.involveUnit("NAV"), "needs-assessment-submitted");
        assertViolation(() -> assessment.removeUnit("Helse og omsorg"), "needs-assessment-submitted");
        assertViolation(() -> assessment.estimateContractValue(Money.ZERO), "needs-assessment-submitted");
        assertViolation(() -> assessment.noCurrentService(), "needs-assessment-submitted");
        assertViolation(() -> assessment.submit(AT), "needs-assessment-submitted");
        assertViolation(() -> assessment.classifyPurchase(ServiceCategory.OTHER, BuyerType.STATE),
                "needs-assessment-submitted");
        assertViolation(() -> assessment.expectOutcomes(java.util.List.of("x")), "needs-assessment-submitted");
    }

    @Test
    void thePurchaseNeedsBothCategoryAndBuyer() {
        NeedsAssessment assessment = draft();
        assertViolation(() -> assessment.classifyPurchase(null, BuyerType.STATE), "missing-service-category");
        assertViolation(() -> assessment.classifyPurchase(ServiceCategory.OTHER, null), "missing-buyer-type");
        assertThat(assessment.serviceCategory()).isEmpty();
        assessment.classifyPurchase(ServiceCategory.OTHER, BuyerType.STATE);
        assertThat(assessment.serviceCategory()).contains(ServiceCategory.OTHER);
        assertThat(assessment.buyerType()).contains(BuyerType.STATE);
    }

    @Test
    void replacingTheListsIsAllOrNothing() {
        NeedsAssessment assessment = complete();
        assessment.expectOutcomes(java.util.List.of("Færre på venteliste", "Meir aktivitet"));
        assertThat(assessment.expectedOutcomes()).containsExactly("Færre på venteliste", "Meir aktivitet");
        assertViolation(() -> assessment.expectOutcomes(java.util.List.of("A", "a")), "duplicate-expected-outcome");
        assertThat(assessment.expectedOutcomes()).containsExactly("Færre på venteliste", "Meir aktivitet");
        assessment.involveUnits(java.util.List.of("NAV", "Helse og omsorg"));
        assertViolation(() -> assessment.involveUnits(java.util.List.of("NAV", " ")), "missing-unit-name");
        assertThat(assessment.unitsInvolved()).containsExactly("NAV", "Helse og omsorg");
    }

    @Test
    void theLastUnitMissingPreventsSubmitting() {
        NeedsAssessment assessment = complete();
        assessment.removeUnit("helse og omsorg");
        assertThat(assessment.missingFields()).containsExactly("unitsInvolved");
        assertViolation(() -> assessment.submit(AT), "incomplete-needs-assessment");
        assertThat(assessment.isSubmitted()).isFalse();
    }

    @Test
    void theCurrentServiceIsOptional() {
        NeedsAssessment assessment = complete();
        assessment.noCurrentService();
        assessment.submit(AT);
        assertThat(assessment.currentService()).isEmpty();
    }

    @Test
    void reopensAfterASendBackWithAReason() {
        NeedsAssessment assessment = complete();
        assertViolation(() -> assessment.reopen("Not submitted yet"), "not-submitted");
        assessment.submit(AT);
        assertViolation(() -> assessment.reopen(" "), "missing-reopen-reason");
        assessment.reopen("Count the waiting list first");
        assertThat(assessment.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(assessment.submittedAt()).isEmpty();
        assertThat(assessment.reopenReason()).contains("Count the waiting list first");
        assessment.size(14, 6, 3);
        assessment.submit(AT.plusSeconds(3600));
        assertThat(assessment.participants()).contains(14);
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 1, participants", "10001, 1, 1, participants", "1, 0, 1, places",
            "1, 1, 0, daysPerWeek", "1, 1, 8, daysPerWeek"})
    void countsAreInRangeAndDaysPerWeekOneToSeven(int participants, int places, int days, String field) {
        assertThatThrownBy(() -> draft().size(participants, places, days))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo(field);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7})
    void oneAndSevenDaysAWeekAreAllowed(int days) {
        NeedsAssessment assessment = draft();
        assessment.size(1, 10_000, days);
        assertThat(assessment.daysPerWeek()).contains(days);
    }

    @Test
    void theContractValueIsZeroOrMore() {
        NeedsAssessment assessment = draft();
        assertViolation(() -> assessment.estimateContractValue(Money.nok(-1)), "negative-contract-value");
        assertViolation(() -> assessment.estimateContractValue(null), "missing-estimated-contract-value");
        assessment.estimateContractValue(Money.ZERO);
        assertThat(assessment.estimatedContractValue()).contains(Money.ZERO);
    }

    @Test
    void theCurrentServiceCostIsZeroOrMoreAndDescribed() {
        assertViolation(() -> new CurrentService("Day centre", Money.nok("-0.01")), "negative-yearly-cost");
        assertViolation(() -> new CurrentService(" ", Money.ZERO), "missing-current-service");
        assertThat(new CurrentService("Day centre", Money.ZERO))
                .isEqualTo(new CurrentService(" Day centre ", Money.nok("0.00")));
    }

    @Test
    void transportNeededNamesWhoArrangesIt() {
        assertThat(Transport.notNeeded().isNeeded()).isFalse();
        assertThat(Transport.notNeeded().arrangedBy()).isEmpty();
        assertThat(Transport.arrangedBy(TransportArrangement.PROVIDER).arrangedBy())
                .contains(TransportArrangement.PROVIDER);
        assertViolation(() -> Transport.arrangedBy(null), "missing-transport-arranged-by");
    }

    @Test
    void outcomesAndUnitsAreListedOnceIgnoringCase() {
        NeedsAssessment assessment = draft();
        assessment.involveUnit("Helse og omsorg");
        assessment.involveUnit("NAV");
        assertViolation(() -> assessment.involveUnit(" nav "), "duplicate-unit-name");
        assessment.addExpectedOutcome("More activity");
        assertViolation(() -> assessment.addExpectedOutcome("more activity"), "duplicate-expected-outcome");
        assertViolation(() -> assessment.addExpectedOutcome(""), "missing-expected-outcome");
        assessment.removeExpectedOutcome("MORE ACTIVITY");
        assertThat(assessment.unitsInvolved()).containsExactly("Helse og omsorg", "NAV");
        assertThat(assessment.expectedOutcomes()).isEmpty();
    }

    @Test
    void atMostTwentyExpectedOutcomes() {
        NeedsAssessment assessment = draft();
        for (int i = 1; i <= NeedsAssessment.MAX_OUTCOMES; i++) {
            assessment.addExpectedOutcome("Outcome " + i);
        }
        assertViolation(() -> assessment.addExpectedOutcome("One more"), "too-many-entries");
    }

    @Test
    void equalByCaseNumber() {
        assertThat(draft()).isEqualTo(new NeedsAssessment(CASE, ServiceArea.INTEGRATION))
                .isNotEqualTo(new NeedsAssessment(new CaseNumber("IPT-2026-00043"), ServiceArea.HEALTH_AND_CARE));
    }
}

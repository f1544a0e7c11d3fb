package no.ipt.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Period;
import org.assertj.core.api.AbstractObjectAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FrameworkAgreementTest {

    static final MunicipalityNumber KONGSBERG = MunicipalityNumber.of("3303");
    static final AgreementNumber NUMBER = AgreementNumber.of(CaseNumber.of(2026, 42), 1);
    static final OrganisationNumber FIRST = OrganisationNumber.of("910000004");
    static final OrganisationNumber SECOND = OrganisationNumber.of("920000002");
    static final OrganisationNumber THIRD = OrganisationNumber.of("930000000");
    static final TermLimit FOUR_YEARS = TermLimit.maximum(4, "FOA § 26-1 (4)");
    static final TermLimit NO_MAXIMUM = TermLimit.noMaximum(4, "FOA del I: ingen fastsett maksimal lengd");
    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final Period TWO_YEARS = Period.of(START, LocalDate.of(2027, 12, 31));

    static FrameworkAgreement agreement(CallOffRule rule, int... capacities) {
        OrganisationNumber[] farms = {FIRST, SECOND, THIRD};
        List<AgreementSupplier> suppliers = new java.util.ArrayList<>();
        for (int i = 0; i < capacities.length; i++) {
            suppliers.add(new AgreementSupplier(farms[i], i + 1, Money.nok(900 + 50 * i), capacities[i]));
        }
        return new FrameworkAgreement(NUMBER, KONGSBERG, ServiceArea.HEALTH_AND_CARE, TWO_YEARS,
                List.of(ExtensionOption.ofMonths(12), ExtensionOption.ofMonths(12)), FOUR_YEARS, rule, suppliers);
    }

    static FrameworkAgreement withTerm(LocalDate end, TermLimit limit, int... optionMonths) {
        List<ExtensionOption> options = java.util.Arrays.stream(optionMonths).mapToObj(ExtensionOption::ofMonths)
                .toList();
        return new FrameworkAgreement(NUMBER, KONGSBERG, ServiceArea.HEALTH_AND_CARE, Period.of(START, end), options,
                limit, CallOffRule.RANKING, List.of(new AgreementSupplier(FIRST, 1, Money.nok(950), 5)));
    }

    static Period period(String from, String to) {
        return Period.of(LocalDate.parse(from), LocalDate.parse(to));
    }

    static AbstractObjectAssert<?, String> refusedWith(Runnable action) {
        return assertThatThrownBy(action::run).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).code());
    }

    @Test
    void identityComesFromTheCaseNumber() {
        FrameworkAgreement agreement = agreement(CallOffRule.RANKING, 5);
        assertThat(agreement.agreementNumber().value()).isEqualTo("IPT-2026-00042-A1");
        assertThat(agreement.caseNumber()).isEqualTo(CaseNumber.of(2026, 42));
        assertThat(new AgreementNumber("IPT-2026-00042-A12").caseNumber()).isEqualTo(new CaseNumber("IPT-2026-00042"));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.ACTIVE);
        refusedWith(() -> new AgreementNumber("IPT-2026-00042")).isEqualTo("invalid-agreement-number");
        refusedWith(() -> new AgreementNumber("IPT-2026-00042-A0")).isEqualTo("invalid-agreement-number");
        refusedWith(() -> AgreementNumber.of(CaseNumber.of(2026, 42), 0)).isEqualTo("invalid-agreement-number");
    }

    @Nested
    class Term {

        @Test
        void exactlyTheLegalMaximumIncludingOptionsIsAllowed() {
            FrameworkAgreement agreement = withTerm(LocalDate.of(2027, 12, 31), FOUR_YEARS, 12, 12);
            assertThat(agreement.lastDayIncludingOptions()).isEqualTo(LocalDate.of(2029, 12, 31));
            assertThat(agreement.termWarnings()).isEmpty();
        }

        @Test
        void oneDayMoreThanTheLegalMaximumIsRefused() {
            refusedWith(() -> withTerm(LocalDate.of(2028, 1, 1), FOUR_YEARS, 12, 12))
                    .isEqualTo("term-above-legal-maximum");
            refusedWith(() -> withTerm(LocalDate.of(2030, 1, 1), FOUR_YEARS)).isEqualTo("term-above-legal-maximum");
        }

        @Test
        void withoutAMaximumALongerTermIsWarnedAboutNotRefused() {
            assertThat(withTerm(LocalDate.of(2029, 12, 31), NO_MAXIMUM).termWarnings()).isEmpty();
            FrameworkAgreement longer = withTerm(LocalDate.of(2027, 12, 31), NO_MAXIMUM, 12, 12, 1);
            assertThat(longer.lastDayIncludingOptions()).isEqualTo(LocalDate.of(2030, 1, 31));
            assertThat(longer.termWarnings()).singleElement().asString()
                    .contains("2030-01-31", "longer than 4 years", "FOA del I");
        }

        @Test
        void termLimitsAreGuarded() {
            refusedWith(() -> TermLimit.maximum(0, "FOA")).isEqualTo("invalid-term-limit");
            refusedWith(() -> TermLimit.noMaximum(101, "FOA")).isEqualTo("invalid-term-limit");
            refusedWith(() -> TermLimit.maximum(4, " ")).isEqualTo("missing-legal-basis");
            assertThat(FOUR_YEARS.maxYears()).contains(4);
            assertThat(NO_MAXIMUM.maxYears()).isEmpty();
            assertThat(TermLimit.maximum(4, "FOA § 26-1 (4)")).isEqualTo(FOUR_YEARS).isNotEqualTo(NO_MAXIMUM);
        }

        @Test
        void optionsAreExercisedInOrderAndMoveTheEndAndTheNotice() {
            FrameworkAgreement agreement = withTerm(LocalDate.of(2027, 12, 31), FOUR_YEARS, 12, 6);
            assertThat(agreement.currentEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
            assertThat(agreement.expiryNoticeDate(6)).isEqualTo(LocalDate.of(2027, 6, 30));

            assertThat(agreement.exerciseOption(LocalDate.of(2027, 6, 1))).isEqualTo(LocalDate.of(2028, 12, 31));
            assertThat(agreement.optionsExercisedOn()).containsExactly(LocalDate.of(2027, 6, 1));
            assertThat(agreement.expiryNoticeDate(6)).isEqualTo(LocalDate.of(2028, 6, 30));

            assertThat(agreement.exerciseOption(LocalDate.of(2028, 12, 31))).isEqualTo(LocalDate.of(2029, 6, 30));
            assertThat(agreement.hasOptionLeft()).isFalse();
            assertThat(agreement.optionsExercisedOn())
                    .containsExactly(LocalDate.of(2027, 6, 1), LocalDate.of(2028, 12, 31));
            refusedWith(() -> agreement.exerciseOption(LocalDate.of(2029, 1, 2))).isEqualTo("no-option-left");
            refusedWith(() -> agreement.expiryNoticeDate(-1)).isEqualTo("invalid-notice-months");
        }

        @Test
        void anOptionIsExercisedBeforeTheEndAndMonthEndsStayMonthEnds() {
            FrameworkAgreement agreement = withTerm(LocalDate.of(2026, 2, 28), FOUR_YEARS, 1);
            assertThat(agreement.lastDayIncludingOptions()).isEqualTo(LocalDate.of(2026, 3, 31));
            refusedWith(() -> agreement.exerciseOption(LocalDate.of(2026, 3, 1))).isEqualTo("agreement-already-ended");
            refusedWith(() -> ExtensionOption.ofMonths(0)).isEqualTo("invalid-option-length");
        }

        @Test
        void expiresOnlyAfterItsEndAndEndedAgreementsRefuseChanges() {
            FrameworkAgreement agreement = withTerm(LocalDate.of(2027, 12, 31), FOUR_YEARS, 12);
            refusedWith(() -> agreement.expire(LocalDate.of(2027, 12, 31))).isEqualTo("agreement-not-ended");
            agreement.expire(LocalDate.of(2028, 1, 1));
            assertThat(agreement.status()).isEqualTo(AgreementStatus.EXPIRED);
            assertThat(agreement.endedOn()).contains(LocalDate.of(2027, 12, 31));
            refusedWith(() -> agreement.exerciseOption(LocalDate.of(2027, 12, 1))).isEqualTo("agreement-not-active");
        }

        @Test
        void terminationNeedsAReasonAndADayInTheTerm() {
            FrameworkAgreement agreement = agreement(CallOffRule.RANKING, 5);
            refusedWith(() -> agreement.terminate(LocalDate.of(2025, 12, 31), "Konkurs")).isEqualTo("termination-outside-term");
            refusedWith(() -> agreement.terminate(LocalDate.of(2026, 6, 1), " ")).isEqualTo("missing-reason");
            agreement.terminate(LocalDate.of(2026, 6, 1), "Tilbydar la ned drifta");
            assertThat(agreement.status()).isEqualTo(AgreementStatus.TERMINATED);
            assertThat(agreement.terminationReason()).contains("Tilbydar la ned drifta");
            refusedWith(() -> agreement.callOff(LocalDate.of(2026, 6, 1), period("2026-06-01", "2026-06-30"), 1, 2,
                    FIRST, null)).isEqualTo("agreement-not-active");
        }
    }

    @Nested
    class Suppliers {

        @Test
        void areOneOrMoreDistinctFarmsWithDistinctRanksKeptInRankOrder() {
            AgreementSupplier second = new AgreementSupplier(SECOND, 2, Money.nok(1000), 3);
            AgreementSupplier first = new AgreementSupplier(FIRST, 1, Money.nok(950), 4);
            FrameworkAgreement agreement = new FrameworkAgreement(NUMBER, KONGSBERG, ServiceArea.HEALTH_AND_CARE,
                    TWO_YEARS, List.of(), FOUR_YEARS, CallOffRule.RANKING, List.of(second, first));
            assertThat(agreement.suppliers()).containsExactly(first, second);

            refusedWith(() -> new FrameworkAgreement(NUMBER, KONGSBERG, ServiceArea.HEALTH_AND_CARE, TWO_YEARS,
                    List.of(), FOUR_YEARS, CallOffRule.RANKING, List.of())).isEqualTo("invalid-supplier-count");
            refusedWith(() -> new FrameworkAgreement(NUMBER, KONGSBERG, ServiceArea.HEALTH_AND_CARE, TWO_YEARS,
                    List.of(), FOUR_YEARS, CallOffRule.RANKING,
                    List.of(first, new AgreementSupplier(FIRST, 2, Money.nok(1), 1)))).isEqualTo("duplicate-supplier");
            refusedWith(() -> new FrameworkAgreement(NUMBER, KONGSBERG, ServiceArea.HEALTH_AND_CARE, TWO_YEARS,
                    List.of(), FOUR_YEARS, CallOffRule.RANKING,
                    List.of(first, new AgreementSupplier(SECOND, 1, Money.nok(1), 1)))).isEqualTo("duplicate-rank");
        }

        @Test
        void needAPositivePriceCapacityAndRank() {
            refusedWith(() -> new AgreementSupplier(FIRST, 1, Money.ZERO, 1)).isEqualTo("invalid-price");
            refusedWith(() -> new AgreementSupplier(FIRST, 1, Money.nok(1), 0)).isEqualTo("invalid-capacity");
            refusedWith(() -> new AgreementSupplier(FIRST, 0, Money.nok(1), 1)).isEqualTo("invalid-rank");
            assertThat(new AgreementSupplier(FIRST, 1, Money.nok("0.01"), 1).capacity()).isEqualTo(1);
        }
    }

    @Nested
    class CallOffs {

        @Test
        void overlappingCallOffsNeverOverbookASupplier() {
            FrameworkAgreement agreement = agreement(CallOffRule.MINI_COMPETITION, 5, 5);
            agreement.callOff(START, period("2026-03-01", "2026-05-31"), 3, 2, FIRST, "Nærast brukarane");
            agreement.callOff(START, period("2026-05-01", "2026-08-31"), 2, 2, FIRST, "Nærast brukarane");
            assertThat(agreement.freePlaces(FIRST, period("2026-05-01", "2026-05-31"))).isZero();
            assertThat(agreement.freePlaces(FIRST, period("2026-04-01", "2026-04-30"))).isEqualTo(2);
            assertThat(agreement.freePlaces(FIRST, period("2026-02-01", "2026-06-30"))).isZero();

            refusedWith(() -> agreement.callOff(START, period("2026-04-15", "2026-05-01"), 1, 2, FIRST, "Nær"))
                    .isEqualTo("capacity-exceeded");
            refusedWith(() -> agreement.callOff(START, period("2026-05-29", "2026-05-29"), 1, 2, FIRST, "Nær"))
                    .isEqualTo("capacity-exceeded");
            assertThat(agreement.callOffs()).hasSize(2);

            agreement.callOff(START, period("2026-06-01", "2026-06-30"), 3, 2, FIRST, "Ledig etter mai");
            assertThat(agreement.placesCalledOff(FIRST, LocalDate.of(2026, 6, 15))).isEqualTo(5);
            assertThat(agreement.freePlaces(SECOND, period("2026-05-01", "2026-05-31"))).isEqualTo(5);
        }

        @Test
        void rankingChoosesTheHighestRankedSupplierWithRoom() {
            FrameworkAgreement agreement = agreement(CallOffRule.RANKING, 2, 3, 3);
            Period spring = period("2026-03-02", "2026-06-19");
            assertThat(agreement.supplierDue(2, spring)).contains(FIRST);
            refusedWith(() -> agreement.callOff(START, spring, 2, 3, SECOND, null)).isEqualTo("supplier-not-due");

            agreement.callOff(START, spring, 2, 3, FIRST, null);
            assertThat(agreement.supplierDue(1, spring)).contains(SECOND);
            assertThat(agreement.supplierDue(1, period("2026-06-22", "2026-06-30"))).contains(FIRST);
            agreement.callOff(START, spring, 3, 3, SECOND, null);
            assertThat(agreement.supplierDue(3, spring)).contains(THIRD);
            assertThat(agreement.supplierDue(4, spring)).isEmpty();
        }

        @Test
        void rotationTakesTheSupplierAfterTheOneUsedLast() {
            FrameworkAgreement agreement = agreement(CallOffRule.ROTATION, 5, 5, 1);
            Period autumn = period("2026-08-17", "2026-12-18");
            assertThat(agreement.supplierDue(1, autumn)).contains(FIRST);
            agreement.callOff(START, autumn, 1, 2, FIRST, null);
            refusedWith(() -> agreement.callOff(START, autumn, 1, 2, FIRST, null)).isEqualTo("supplier-not-due");
            agreement.callOff(START, autumn, 1, 2, SECOND, null);
            agreement.callOff(START, autumn, 1, 2, THIRD, null);
            agreement.callOff(START, autumn, 1, 2, FIRST, null);
            agreement.callOff(START, autumn, 1, 2, SECOND, null);
            // The third farm is full, so its turn passes to the first.
            assertThat(agreement.supplierDue(1, autumn)).contains(FIRST);
            assertThat(agreement.callOffs()).extracting(CallOff::supplier)
                    .containsExactly(FIRST, SECOND, THIRD, FIRST, SECOND);
            assertThat(agreement.callOffs()).extracting(CallOff::number).containsExactly(1, 2, 3, 4, 5);
        }

        @Test
        void aMiniCompetitionMayChooseAnySupplierButSaysWhy() {
            FrameworkAgreement agreement = agreement(CallOffRule.MINI_COMPETITION, 2, 2);
            Period spring = period("2026-03-02", "2026-06-19");
            assertThat(agreement.supplierDue(1, spring)).isEmpty();
            refusedWith(() -> agreement.callOff(START, spring, 1, 2, SECOND, " ")).isEqualTo("missing-reason");
            CallOff callOff = agreement.callOff(START, spring, 1, 2, SECOND, "Best på kvalitet i konkurransen");
            assertThat(callOff.reason()).contains("Best på kvalitet i konkurransen");
            refusedWith(() -> agreement.callOff(START, spring, 1, 2, OrganisationNumber.of("940000009"), "Billigast"))
                    .isEqualTo("unknown-supplier");
        }

        @Test
        void callOffsStayInsideTheCurrentTerm() {
            FrameworkAgreement agreement = agreement(CallOffRule.RANKING, 5);
            refusedWith(() -> agreement.callOff(START, period("2027-12-01", "2028-01-31"), 1, 2, FIRST, null))
                    .isEqualTo("call-off-outside-term");
            agreement.exerciseOption(LocalDate.of(2027, 6, 1));
            assertThat(agreement.callOff(START, period("2027-12-01", "2028-01-31"), 1, 2, FIRST, null).number())
                    .isEqualTo(1);
        }

        @Test
        void costIsPlacesTimesDeliveryDaysTimesPrice() {
            FrameworkAgreement agreement = agreement(CallOffRule.RANKING, 5);
            // 2–27 March 2026 is four whole weeks, Monday to Friday; 3 days a week gives 12 delivery days.
            CallOff callOff = agreement.callOff(START, period("2026-03-02", "2026-03-27"), 4, 3, FIRST, null);
            assertThat(callOff.pricePerPlacePerDay()).isEqualTo(Money.nok(900));
            assertThat(callOff.deliveryDays()).isEqualTo(12);
            assertThat(callOff.cost()).isEqualTo(Money.nok(43_200));
            assertThat(agreement.calledOffCost()).isEqualTo(Money.nok(43_200));
        }

        @Test
        void deliveryDaysCountWeekdaysPerWeekUpToTheDaysPerWeek() {
            // Thursday to Wednesday: Thu–Fri in the first week (2), Mon–Wed in the second (3).
            assertThat(CallOff.deliveryDays(period("2026-03-05", "2026-03-11"), 3)).isEqualTo(5);
            assertThat(CallOff.deliveryDays(period("2026-03-05", "2026-03-11"), 1)).isEqualTo(2);
            assertThat(CallOff.deliveryDays(period("2026-03-02", "2026-03-08"), 5)).isEqualTo(5);
            assertThat(CallOff.deliveryDays(period("2026-03-07", "2026-03-08"), 5)).isZero();
            refusedWith(() -> CallOff.deliveryDays(period("2026-03-02", "2026-03-08"), 6))
                    .isEqualTo("invalid-days-per-week");
            refusedWith(() -> CallOff.deliveryDays(period("2026-03-02", "2026-03-08"), 0))
                    .isEqualTo("invalid-days-per-week");
        }

        @Test
        void aCallOffDeliversSomething() {
            FrameworkAgreement agreement = agreement(CallOffRule.RANKING, 5);
            refusedWith(() -> agreement.callOff(START, period("2026-03-07", "2026-03-08"), 1, 5, FIRST, null))
                    .isEqualTo("no-delivery-days");
            refusedWith(() -> agreement.callOff(START, period("2026-03-02", "2026-03-08"), 0, 5, FIRST, null))
                    .isEqualTo("invalid-places");
        }
    }
}

package no.ipt.workflow.agreement;

import static no.ipt.workflow.agreement.AgreementTestData.FIRST;
import static no.ipt.workflow.agreement.AgreementTestData.SECOND;
import static no.ipt.workflow.agreement.AgreementTestData.form;
import static no.ipt.workflow.agreement.AgreementTestData.refused;
import static no.ipt.workflow.agreement.AgreementTestData.with;
import static no.ipt.workflow.agreement.AgreementTestData.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ipt.domain.agreement.AgreementNumber;
import no.ipt.domain.agreement.AgreementStatus;
import no.ipt.domain.agreement.AgreementSupplier;
import no.ipt.domain.agreement.CallOff;
import no.ipt.domain.agreement.CallOffRule;
import no.ipt.domain.agreement.ExtensionOption;
import no.ipt.domain.agreement.FrameworkAgreement;
import no.ipt.domain.agreement.TermLimit;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.OrganisationNumber;
import no.ipt.domain.shared.Period;
import no.ipt.workflow.forms.FormValues;
import org.junit.jupiter.api.Test;

/** The framework-agreement forms: validate() rules and apply() against the real aggregate, without a database. */
class AgreementFormsTest {

    private static final CaseNumber CASE = CaseNumber.of(2026, 42);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2); // a Monday
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(AgreementDates.ZONE).toInstant(), ZoneId.of("Europe/Oslo"));
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2027, 12, 31);

    private final RegisterAgreementForm register = new RegisterAgreementForm(null, null, AgreementTestData.settings());
    private final PlaceCallOffForm callOff = new PlaceCallOffForm(null, CLOCK);
    private final ExtendOrRetenderForm renewal = new ExtendOrRetenderForm(null, CLOCK);
    private final TerminateAgreementForm terminate = new TerminateAgreementForm(null);

    private static FrameworkAgreement agreement(CallOffRule rule, int... optionMonths) {
        return new FrameworkAgreement(AgreementNumber.of(CASE, 1), AgreementTestData.KONGSBERG, ServiceArea.HEALTH_AND_CARE,
                Period.of(START, END), java.util.Arrays.stream(optionMonths).mapToObj(ExtensionOption::ofMonths).toList(),
                TermLimit.maximum(4, "FOA § 26-1 (4)"), rule, List.of(
                        new AgreementSupplier(OrganisationNumber.of(FIRST), 1, Money.nok(1250), 4),
                        new AgreementSupplier(OrganisationNumber.of(SECOND), 2, Money.nok(1100), 6)));
    }

    private static Map<String, Object> places(int places) {
        return new HashMap<>(Map.of("periodStart", "2026-03-02", "periodEnd", "2026-03-27", "places", places, "daysPerWeek", 3));
    }

    // --- register ---------------------------------------------------------------------------------

    @Test
    void registrationValidatesItsShape() {
        Map<String, Object> valid = registration(START, END, "RANKING", 12, 12);
        assertThat(register.validate(form(valid))).containsEntry("callOffRule", "RANKING").containsEntry("supplierCount", 2);
        assertThat(register.formKey()).isEqualTo("ipt:framework-agreement/register-agreement");

        refused(() -> register.validate(form(with(valid, "termStrat", "2026-01-01"))), "termStrat");
        refused(() -> register.validate(form(with(valid, "termStart", null))), "termStart");
        refused(() -> register.validate(form(with(valid, "termEnd", "31.12.2027"))), "termEnd");
        refused(() -> register.validate(form(with(valid, "termEnd", "2025-12-31"))), "period");
        refused(() -> register.validate(form(with(valid, "callOffRule", "LOTTERY"))), "callOffRule");
        refused(() -> register.validate(form(with(valid, "suppliers.1.organisationNumber", "123456789"))),
                "suppliers.1.organisationNumber");
        refused(() -> register.validate(form(with(valid, "suppliers.2.pricePerPlacePerDay", "kr 1100"))),
                "suppliers.2.pricePerPlacePerDay");
        refused(() -> register.validate(form(with(valid, "suppliers.2.pricePerPlacePerDay", "0"))), "pricePerPlacePerDay");
        refused(() -> register.validate(form(with(valid, "suppliers.2.capacity", "many"))), "suppliers.2.capacity");
        refused(() -> register.validate(form(with(valid, "suppliers.1.organisationNumber", null,
                "suppliers.1.pricePerPlacePerDay", null, "suppliers.1.capacity", null))), "suppliers.1.organisationNumber");
        refused(() -> register.validate(form(with(valid, "suppliers.2.organisationNumber", null))),
                "suppliers.2.organisationNumber");
        refused(() -> register.validate(form(with(valid, "suppliers.3.organisationNumber", FIRST,
                "suppliers.2.organisationNumber", null, "suppliers.2.pricePerPlacePerDay", null, "suppliers.2.capacity", null))),
                "suppliers.2.organisationNumber");
        refused(() -> register.validate(form(with(valid, "optionMonths.1", null))), "optionMonths.1");
        refused(() -> register.validate(form(with(valid, "optionMonths.1", 0))), "months");
    }

    @Test
    void theAgreementIsCreatedInRankOrderUnderTheTermLimitOfTheProcedure() {
        FrameworkAgreement agreement = register.create(AgreementNumber.of(CASE, 1), AgreementTestData.procurementCase(CASE), 4,
                form(registration(START, END, "ROTATION", 12, 12)));
        assertThat(agreement.suppliers()).extracting(s -> s.farm().value()).containsExactly(FIRST, SECOND);
        assertThat(agreement.supplier(OrganisationNumber.of(SECOND)).pricePerPlacePerDay()).isEqualTo(Money.nok(1100));
        assertThat(agreement.lastDayIncludingOptions()).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(agreement.termLimit()).isEqualTo(TermLimit.maximum(4, "FOA § 26-1 (4)"));
        assertThat(agreement.serviceArea()).isEqualTo(ServiceArea.HEALTH_AND_CARE);
        assertThat(agreement.callOffRule()).isEqualTo(CallOffRule.ROTATION);

        FormValues fiveYears = form(registration(START, END, "RANKING", 12, 12, 12));
        refused(() -> register.create(AgreementNumber.of(CASE, 1), AgreementTestData.procurementCase(CASE), 4, fiveYears), "term");
        FrameworkAgreement noMaximum = register.create(AgreementNumber.of(CASE, 1), AgreementTestData.procurementCase(CASE),
                null, fiveYears);
        assertThat(noMaximum.termWarnings()).singleElement().asString().contains("longer than 4 years");
    }

    // --- call-offs ----------------------------------------------------------------------------------

    @Test
    void callOffValidatesItsShape() {
        assertThat(callOff.validate(form(places(3)))).containsEntry("callOffPlaces", 3).containsEntry("callOffDaysPerWeek", 3);
        assertThat(callOff.formKey()).isEqualTo("ipt:framework-agreement/place-call-off");
        refused(() -> callOff.validate(form(with(places(3), "places", null))), "places");
        refused(() -> callOff.validate(form(with(places(3), "daysPerWeek", "three"))), "daysPerWeek");
        refused(() -> callOff.validate(form(with(places(3), "supplier", "12345"))), "supplier");
        refused(() -> callOff.validate(form(with(places(3), "periodStart", "next week"))), "periodStart");
        refused(() -> callOff.validate(form(with(places(3), "farm", FIRST))), "farm");
        refused(() -> callOff.validate(form(with(places(3), "reason", "x".repeat(CallOff.MAX_REASON_LENGTH + 1)))), "reason");
    }

    @Test
    void underRankingTheAgreementPicksTheBestRankedSupplierWithRoom() {
        FrameworkAgreement agreement = agreement(CallOffRule.RANKING);
        CallOff first = callOff.place(agreement, form(places(3)));
        assertThat(first.supplier().value()).isEqualTo(FIRST);
        assertThat(first.placedOn()).isEqualTo(TODAY);
        assertThat(first.deliveryDays()).isEqualTo(12);
        // a supplier the rule does not point to is refused by the agreement
        refused(() -> callOff.place(agreement, form(with(places(1), "supplier", SECOND))), "supplier");
        assertThat(callOff.place(agreement, form(places(3))).supplier().value()).isEqualTo(SECOND);
        assertThat(callOff.place(agreement, form(places(1))).supplier().value()).isEqualTo(FIRST);
        // nobody has four places free: refused before the agreement is asked
        refused(() -> callOff.place(agreement, form(places(4))), "places");
    }

    @Test
    void underRotationTheSuppliersTakeTurns() {
        FrameworkAgreement agreement = agreement(CallOffRule.ROTATION);
        callOff.applyTo(agreement, form(places(1)));
        callOff.applyTo(agreement, form(places(1)));
        callOff.applyTo(agreement, form(places(1)));
        assertThat(agreement.callOffs()).extracting(c -> c.supplier().value()).containsExactly(FIRST, SECOND, FIRST);
    }

    @Test
    void aMiniCompetitionNamesTheWinnerAndWhy() {
        FrameworkAgreement agreement = agreement(CallOffRule.MINI_COMPETITION);
        refused(() -> callOff.place(agreement, form(places(2))), "supplier");
        refused(() -> callOff.place(agreement, form(with(places(2), "supplier", SECOND))), "reason");
        CallOff won = callOff.place(agreement, form(with(places(2), "supplier", SECOND, "reason", "Best pris og kortast skyss")));
        assertThat(won.supplier().value()).isEqualTo(SECOND);
        assertThat(won.reason()).contains("Best pris og kortast skyss");
        assertThat(won.pricePerPlacePerDay()).isEqualTo(Money.nok(1100));
    }

    // --- renewal and termination -----------------------------------------------------------------

    @Test
    void renewalValidatesTheChoice() {
        assertThat(renewal.validate(form("renewal", "LET_EXPIRE"))).containsEntry("renewal", "LET_EXPIRE");
        assertThat(renewal.formKey()).isEqualTo("ipt:framework-agreement/extend-or-retender");
        refused(() -> renewal.validate(form("renewal", "PROLONG")), "renewal");
        refused(() -> renewal.validate(form("comment", "no choice")), "renewal");
        refused(() -> renewal.validate(form("renewal", "EXTEND", "comment", "x".repeat(ExtendOrRetenderForm.MAX_COMMENT + 1))),
                "comment");
    }

    @Test
    void extendingExercisesTheNextOptionUntilNoneIsLeft() {
        FrameworkAgreement agreement = agreement(CallOffRule.RANKING, 12);
        renewal.applyTo(agreement, form("renewal", "RETENDER"));
        renewal.applyTo(agreement, form("renewal", "LET_EXPIRE"));
        assertThat(agreement.currentEnd()).isEqualTo(END);
        renewal.applyTo(agreement, form("renewal", "EXTEND"));
        assertThat(agreement.currentEnd()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(agreement.optionsExercisedOn()).containsExactly(TODAY);
        refused(() -> renewal.applyTo(agreement, form("renewal", "EXTEND")), "options");
    }

    @Test
    void terminationNeedsADateInTheTermAndAReason() {
        assertThat(terminate.validate(form("terminationDate", "2026-06-30", "reason", "Gården legg ned"))).isEmpty();
        assertThat(terminate.formKey()).isEqualTo("ipt:framework-agreement/terminate-agreement");
        refused(() -> terminate.validate(form("terminationDate", "2026-06-30")), "reason");
        refused(() -> terminate.validate(form("terminationDate", "30.06.2026", "reason", "x")), "terminationDate");

        FrameworkAgreement agreement = agreement(CallOffRule.RANKING);
        refused(() -> terminate.applyTo(agreement, form("terminationDate", "2030-01-01", "reason", "For seint")), "on");
        terminate.applyTo(agreement, form("terminationDate", "2026-06-30", "reason", "Gården legg ned"));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(agreement.endedOn()).contains(LocalDate.of(2026, 6, 30));
    }

    // --- shared parsing, settings, numbering ---------------------------------------------------

    @Test
    void formFieldsReadFlagsNumbersAndPairs() {
        assertThat(FormFields.isPresent(form("n", 3), "n")).isTrue();
        assertThat(FormFields.isPresent(form("n", "3"), "m")).isFalse();
        assertThat(FormFields.flag(form(), "close")).isFalse();
        assertThat(FormFields.flag(form("close", "true"), "close")).isTrue();
        refused(() -> FormFields.flag(form("close", "yes"), "close"), "close");
        refused(() -> FormFields.flag(form("close", Boolean.TRUE), "close"), "close");
        assertThat(FormFields.optionalInt(form(), "n")).isNull();
        assertThat(FormFields.decimal(form("score", "4.75"), "score")).isEqualByComparingTo("4.75");
        refused(() -> FormFields.decimal(form("score", "high"), "score"), "score");
        assertThat(FormFields.pair(form(), "a", "b")).isFalse();
        refused(() -> FormFields.pair(form("a", 1), "a", "b"), "b");
        refused(() -> FormFields.pair(form("b", 1), "a", "b"), "a");
    }

    @Test
    void settingsAreCheckedAndGiveTheTermLimit() {
        FrameworkAgreementSettings settings = AgreementTestData.settings();
        assertThat(settings.getExpiryNoticeMonths()).isEqualTo(3);
        assertThat(settings.getExpiryNotice()).isEqualTo("P3M");
        assertThat(settings.getRegisterReminder()).isEqualTo("P14D");
        assertThat(settings.getRenewalReminder()).isEqualTo("P30D");
        assertThat(settings.termLimit(2)).isEqualTo(TermLimit.maximum(2, "FOA § 26-1 (4)"));
        assertThat(settings.termLimit(null)).isEqualTo(TermLimit.noMaximum(4, "Ingen fast grense (FOA del I)"));
        assertThat(settings.describeTermLimit(4L)).isEqualTo("at most 4 years, FOA § 26-1 (4)");
        assertThatThrownBy(() -> new FrameworkAgreementSettings("3 months", "P14D", "P30D", "a", "b", 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ipt.agreement.expiry-notice");
        assertThatThrownBy(() -> new FrameworkAgreementSettings("P3M10D", "P14D", "P30D", "a", "b", 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole months");
        assertThatThrownBy(() -> new FrameworkAgreementSettings("P3M", "two weeks", "P30D", "a", "b", 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ipt.agreement.register-reminder");
        assertThatThrownBy(() -> new FrameworkAgreementSettings("P3M", "P14D", "P30D", "a", " ", 4))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> new FrameworkAgreementSettings("P3M", "P14D", "P30D", "a", "b", 0))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void theLatestAgreementOfACaseHasTheHighestRunningNumber() {
        assertThat(CaseAgreements.sequence(AgreementNumber.of(CASE, 10))).isGreaterThan(CaseAgreements.sequence(AgreementNumber.of(CASE, 2)));
        assertThat(AgreementDates.startOf(LocalDate.of(2026, 7, 1)).toInstant().toString()).isEqualTo("2026-06-30T22:00:00Z");
    }
}

package no.ipt.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.ipt.domain.demo.SeedCatalogue;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.Period;
import org.junit.jupiter.api.Test;

class ProjectPlanTest {

    private static ProjectPlan plan() {
        return new ProjectPlan("Testplan", "Fylkesmannen i Vestland", "Ragna Flotve",
                Period.of(LocalDate.of(2020, 11, 1), LocalDate.of(2022, 11, 30)));
    }

    @Test
    void costsStaffingAtTheFullTimeEquivalentRate() {
        ProjectPlan plan = plan();
        assertThat(plan.fullTimeEquivalentRate()).isEqualTo(Money.nok(750_000));
        assertThat(plan.costOfStaffing(new BigDecimal("0.20"))).isEqualTo(Money.nok(150_000));
        assertThat(plan.costOfStaffing(new BigDecimal("0.35"))).isEqualTo(Money.nok(262_500));
        assertThat(plan.costOfStaffing(BigDecimal.ONE)).isEqualTo(Money.nok(750_000));
        plan.changeFullTimeEquivalentRate(Money.nok(800_000));
        assertThat(plan.costOfStaffing(new BigDecimal("0.5"))).isEqualTo(Money.nok(400_000));
        assertThatThrownBy(() -> plan.costOfStaffing(new BigDecimal("-0.1"))).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> plan.changeFullTimeEquivalentRate(Money.ZERO)).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void balancedWhenEveryYearBalances() {
        ProjectPlan plan = plan();
        plan.addBudgetLine("Prosjektleiing", 2021, Money.nok(150_000), "20 % stilling");
        plan.addBudgetLine("Reiser", 2021, Money.nok(10_000), null);
        plan.addBudgetLine("Prosjektleiing", 2022, Money.nok(150_000), "20 % stilling");
        plan.addFinancingLine("Eige arbeid", 2021, Money.nok(160_000), null);
        plan.addFinancingLine("Eige arbeid", 2022, Money.nok(150_000), null);

        assertThat(plan.years()).containsExactly(2021, 2022);
        assertThat(plan.budgetTotal(2021)).isEqualTo(Money.nok(160_000));
        assertThat(plan.budgetTotal()).isEqualTo(Money.nok(310_000)).isEqualTo(plan.financingTotal());
        assertThat(plan.isBalanced()).isTrue();
        plan.requireBalanced();
    }

    @Test
    void equalTotalsDoNotBalanceWhenTheYearsDiffer() {
        ProjectPlan plan = plan();
        plan.addBudgetLine("Prosjektleiing", 2021, Money.nok(100_000), null);
        plan.addBudgetLine("Prosjektleiing", 2022, Money.nok(100_000), null);
        plan.addFinancingLine("Landbruksdirektoratet", 2021, Money.nok(115_000), null);
        plan.addFinancingLine("Landbruksdirektoratet", 2022, Money.nok(85_000), null);

        assertThat(plan.budgetTotal()).isEqualTo(plan.financingTotal());
        assertThat(plan.isBalanced()).isFalse();
        assertThat(plan.shortfall(2021)).isEqualTo(Money.nok(-15_000));
        assertThatThrownBy(plan::requireBalanced)
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("The plan is unbalanced in 2021: budget NOK 100000.00, financing NOK 115000.00;"
                        + " the financing exceeds the budget by NOK 15000.00")
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("unbalanced-plan");
    }

    @Test
    void aYearWithOnlyCostsIsUnbalanced() {
        ProjectPlan plan = plan();
        plan.addBudgetLine("Prosjektleiing", 2020, Money.nok(50_000), null);
        assertThatThrownBy(plan::requireBalanced)
                .hasMessageContaining("in 2020")
                .hasMessageContaining("the budget exceeds the financing by NOK 50000.00");
    }

    @Test
    void linesStayInsideThePeriodAndAreNotRepeated() {
        ProjectPlan plan = plan();
        assertThatThrownBy(() -> plan.addBudgetLine("Prosjektleiing", 2023, Money.nok(1), null))
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("year-outside-period");
        plan.addBudgetLine("Prosjektleiing", 2021, Money.nok(1), null);
        assertThatThrownBy(() -> plan.addBudgetLine("prosjektleiing", 2021, Money.nok(2), null))
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("duplicate-plan-line");
        assertThatThrownBy(() -> plan.addFinancingLine("Landbruksdirektoratet", 2021, Money.nok(-1), null))
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("negative-amount");
        assertThat(plan.budgetLines()).hasSize(1);
    }

    @Test
    void theVestlandFiguresBalanceUntilASourceIsAdded() {
        ProjectPlan vestland = new SeedCatalogue().vestlandProjectPlan();
        assertThat(vestland.budgetTotal(2021)).isEqualTo(Money.nok(915_000)).isEqualTo(vestland.financingTotal(2021));
        vestland.requireBalanced();
        // "20 % stilling": the FMVL project lead line is a fifth of the NOK 750,000 full-time equivalent
        assertThat(vestland.costOfStaffing(new BigDecimal("0.20"))).isEqualTo(Money.nok(150_000));

        vestland.addFinancingLine("Vestland fylkeskommune", 2022, Money.nok(20_000), null);
        assertThat(vestland.isBalanced()).isFalse();
        assertThat(vestland.financingTotal()).isEqualTo(Money.nok(1_900_000));
        assertThatThrownBy(vestland::requireBalanced)
                .hasMessage("The plan is unbalanced in 2022: budget NOK 915000.00, financing NOK 935000.00;"
                        + " the financing exceeds the budget by NOK 20000.00");
    }

    @Test
    void planLinesAreEqualByValue() {
        PlanLine line = new PlanLine("Landbruksdirektoratet", 2021, Money.nok(730_000), "Pilotmidlar");
        assertThat(line).isEqualTo(new PlanLine(" Landbruksdirektoratet ", 2021, Money.nok("730000.00"), "Pilotmidlar"))
                .hasSameHashCodeAs(new PlanLine("Landbruksdirektoratet", 2021, Money.nok(730_000), "Pilotmidlar"))
                .isNotEqualTo(new PlanLine("Landbruksdirektoratet", 2022, Money.nok(730_000), "Pilotmidlar"))
                .hasToString("Landbruksdirektoratet 2021: NOK 730000.00");
        assertThatThrownBy(() -> new PlanLine(" ", 2021, Money.ZERO, null))
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("missing-label");
    }

    @Test
    void anEmptyPlanIsBalancedAtZero() {
        assertThat(plan().isBalanced()).isTrue();
        assertThat(plan().budgetTotal()).isEqualTo(Money.ZERO);
    }
}

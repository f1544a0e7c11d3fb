package no.ipt.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.ipt.domain.demo.SeedCatalogue;
import no.ipt.domain.procurement.CaseNumber;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.Period;
import no.ipt.domain.shared.StaleVersionException;
import org.junit.jupiter.api.Test;

/** Replacing the budget and financing together, staffing lines, tenancy links, versions and budget against spend. */
class ProjectPlanBudgetReplacementTest {

    private static final MunicipalityNumber STEINKJER = MunicipalityNumber.of("5006");
    private static final CaseNumber CASE = new CaseNumber("IPT-2026-00001");

    private static ProjectPlan plan() {
        return new ProjectPlan("Dagtilbod demens", "Steinkjer kommune", "Per Prosjektleder",
                Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)));
    }

    private static PlanLineDraft nok(String label, int year, long amount) {
        return PlanLineDraft.amount(label, year, Money.nok(amount), null);
    }

    @Test
    void aBalancedBudgetAndFinancingReplaceTheOldOnesWithStaffingCostedAtTheRate() {
        ProjectPlan plan = plan();
        plan.addBudgetLine("Gammal linje", 2026, Money.nok(1), null);
        plan.replaceBudgetAndFinancing(
                List.of(PlanLineDraft.staffing("Prosjektleiing", 2026, new BigDecimal("0.2"), "20 % stilling"),
                        nok("Reiser", 2026, 10_000), nok("Reiser", 2027, 5_000)),
                List.of(nok("Eige arbeid", 2026, 160_000), nok("Eige arbeid", 2027, 5_000)));

        assertThat(plan.budgetLines()).containsExactly(
                new PlanLine("Prosjektleiing", 2026, Money.nok(150_000), "20 % stilling"),
                new PlanLine("Reiser", 2026, Money.nok(10_000), null),
                new PlanLine("Reiser", 2027, Money.nok(5_000), null));
        assertThat(plan.financingTotal()).isEqualTo(Money.nok(165_000));
        assertThat(plan.isBalanced()).isTrue();
    }

    @Test
    void anUnbalancedReplacementNamesTheYearAndShortfallAndKeepsTheOldTables() {
        ProjectPlan plan = plan();
        plan.replaceBudgetAndFinancing(List.of(nok("Reiser", 2026, 10_000)), List.of(nok("Kommunen", 2026, 10_000)));
        List<PlanLine> budgetBefore = plan.budgetLines();
        List<PlanLine> financingBefore = plan.financingLines();

        assertThatThrownBy(() -> plan.replaceBudgetAndFinancing(
                List.of(nok("Reiser", 2026, 10_000), nok("Reiser", 2027, 40_000)),
                List.of(nok("Kommunen", 2026, 10_000), nok("Kommunen", 2027, 25_000))))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("unbalanced in 2027")
                .hasMessageContaining("by NOK 15");
        assertThat(plan.budgetLines()).isEqualTo(budgetBefore);
        assertThat(plan.financingLines()).isEqualTo(financingBefore);

        assertThatThrownBy(() -> plan.replaceBudgetAndFinancing(List.of(nok("Reiser", 2030, 1)), List.of()))
                .hasMessageContaining("outside the project period");
        assertThatThrownBy(() -> plan.replaceBudgetAndFinancing(
                List.of(nok("Reiser", 2026, 1), nok("reiser", 2026, 1)), List.of(nok("Kommunen", 2026, 2))))
                .hasMessageContaining("already has");
        assertThatThrownBy(() -> plan.replaceBudgetAndFinancing(
                List.of(new PlanLineDraft("Reiser", 2026, Money.nok(1), BigDecimal.ONE, null)), List.of()))
                .extracting(e -> ((DomainRuleViolation) e).code()).isEqualTo("amount-or-staffing");
        assertThat(plan.budgetLines()).isEqualTo(budgetBefore);
    }

    @Test
    void aPlanBelongsToACaseOrToAPilotNeverBoth() {
        ProjectPlan forCase = plan();
        forCase.linkToCase(CASE, STEINKJER);
        assertThat(forCase.caseNumber()).contains(CASE);
        assertThat(forCase.municipality()).contains(STEINKJER);
        forCase.linkToCase(CASE, STEINKJER);
        assertThatThrownBy(() -> forCase.linkToCase(new CaseNumber("IPT-2026-00002"), STEINKJER))
                .hasMessageContaining("already belongs to case");
        assertThatThrownBy(() -> forCase.linkToPilot(new SeedCatalogue().vestlandPilot()))
                .hasMessageContaining("cannot belong to a pilot too");

        ProjectPlan forPilot = new SeedCatalogue().vestlandProjectPlan();
        assertThatThrownBy(() -> forPilot.linkToCase(CASE, STEINKJER))
                .hasMessageContaining("cannot belong to a case too");
        assertThat(forPilot.municipality()).isEmpty();
    }

    @Test
    void anEditOnAnOlderVersionIsRefused() {
        ProjectPlan plan = plan();
        plan.requireVersion(0);
        assertThatThrownBy(() -> plan.requireVersion(3)).isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("you had version 3, it is now version 0");
    }

    @Test
    void budgetAgainstSpendCoversEveryLineAndEverySpentYear() {
        ProjectPlan plan = plan();
        plan.replaceBudgetAndFinancing(List.of(nok("Prosjektleiing", 2026, 100), nok("Reiser", 2026, 50)),
                List.of(nok("Kommunen", 2026, 150)));
        plan.recordSpend("reiser", 2026, Money.nok(60), LocalDate.of(2026, 3, 1), null);
        plan.recordSpend("Prosjektleiing", 2027, Money.nok(10), LocalDate.of(2027, 3, 1), null);

        assertThat(plan.budgetVersusSpend()).containsExactly(
                new LineSpend("Prosjektleiing", 2026, Money.nok(100), Money.ZERO),
                new LineSpend("Prosjektleiing", 2027, Money.ZERO, Money.nok(10)),
                new LineSpend("Reiser", 2026, Money.nok(50), Money.nok(60)));
        assertThat(plan.spentTotal(2026)).isEqualTo(Money.nok(60));
        assertThat(plan.overspentLines()).hasSize(2);
    }
}

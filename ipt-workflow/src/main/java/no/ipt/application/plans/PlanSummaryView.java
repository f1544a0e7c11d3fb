package no.ipt.application.plans;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import no.ipt.domain.project.LineSpend;
import no.ipt.domain.project.ProjectPlan;
import no.ipt.domain.project.Spend;

/** Budget against spend of a plan: by year, by line and year, the overspent lines, and every spend recorded. */
public record PlanSummaryView(long id, String title, long version, BigDecimal budgetTotal, BigDecimal spentTotal,
                              List<YearView> years, List<LineSpendView> lines, List<LineSpendView> overspent,
                              List<SpendView> spending) implements Serializable {

    public record YearView(int year, BigDecimal budget, BigDecimal financing, BigDecimal spent, BigDecimal remaining) implements Serializable {
    }

    public record LineSpendView(String label, int year, BigDecimal budget, BigDecimal spent, BigDecimal remaining,
                                boolean overspent) implements Serializable {

        static LineSpendView of(LineSpend l) {
            return new LineSpendView(l.label(), l.year(), l.budget().amount(), l.spent().amount(),
                    l.remaining().amount(), l.isOverspent());
        }
    }

    public record SpendView(String label, int year, BigDecimal amount, LocalDate spentOn, String note) implements Serializable {
    }

    public static PlanSummaryView of(ProjectPlan p) {
        TreeSet<Integer> years = new TreeSet<>(p.years());
        p.spending().forEach(s -> years.add(s.year()));
        return new PlanSummaryView(p.id(), p.title(), p.version(), p.budgetTotal().amount(), p.spentTotal().amount(),
                years.stream().map(y -> new YearView(y, p.budgetTotal(y).amount(), p.financingTotal(y).amount(),
                        p.spentTotal(y).amount(), p.budgetTotal(y).subtract(p.spentTotal(y)).amount())).toList(),
                p.budgetVersusSpend().stream().map(LineSpendView::of).toList(),
                p.overspentLines().stream().map(LineSpendView::of).toList(),
                p.spending().stream().map(PlanSummaryView::spend).toList());
    }

    private static SpendView spend(Spend s) {
        return new SpendView(s.label(), s.year(), s.amount().amount(), s.spentOn(), s.note());
    }
}

package no.ipt.domain.project;

import no.ipt.domain.shared.Money;

/**
 * What a budget line had and what was spent against it in one year. Spending beyond the budget is
 * allowed (plans change) but shows here as overspent, for the steering group to act on.
 */
public record LineSpend(String label, int year, Money budget, Money spent) {

    /** Budget minus spend; negative when overspent. */
    public Money remaining() {
        return budget.subtract(spent);
    }

    public boolean isOverspent() {
        return spent.isGreaterThan(budget);
    }
}

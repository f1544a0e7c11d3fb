package no.ipt.domain.project;

import java.math.BigDecimal;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;

/**
 * A budget or financing line as a user writes it, before the plan costs it: either an amount, or –
 * for a staffing line – a share of a full-time equivalent (e.g. 0.2 for "20 % stilling") that the
 * plan costs at its full-time-equivalent rate. Exactly one of the two is given.
 */
public record PlanLineDraft(String label, int year, Money amount, BigDecimal fullTimeEquivalents, String comment) {

    public static PlanLineDraft amount(String label, int year, Money amount, String comment) {
        return new PlanLineDraft(label, year, amount, null, comment);
    }

    public static PlanLineDraft staffing(String label, int year, BigDecimal fullTimeEquivalents, String comment) {
        return new PlanLineDraft(label, year, null, fullTimeEquivalents, comment);
    }

    /** The line costed at {@code plan}'s rate when it is a staffing line. */
    PlanLine costedBy(ProjectPlan plan) {
        if ((amount == null) == (fullTimeEquivalents == null)) {
            throw new DomainRuleViolation("amount-or-staffing", "amount", "Give the line '" + label + "' in " + year
                    + " either an amount or a share of a full-time equivalent, not " + (amount == null ? "neither" : "both"));
        }
        return new PlanLine(label, year, amount != null ? amount : plan.costOfStaffing(fullTimeEquivalents), comment);
    }
}

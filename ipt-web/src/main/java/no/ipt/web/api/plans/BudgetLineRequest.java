package no.ipt.web.api.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import no.ipt.domain.project.PlanLineDraft;
import no.ipt.domain.shared.Money;

/**
 * One budget or financing line: a label (budget line or financing source), a year, and either an
 * {@code amount} in NOK or – for a staffing line – {@code fullTimeEquivalents} (e.g. 0.2), costed at
 * the plan's rate.
 */
public class BudgetLineRequest {

    @NotBlank
    public String label;

    @NotNull
    public Integer year;

    public BigDecimal amount;

    public BigDecimal fullTimeEquivalents;

    public String comment;

    PlanLineDraft toDraft() {
        return new PlanLineDraft(label, year, amount == null ? null : Money.nok(amount), fullTimeEquivalents, comment);
    }
}

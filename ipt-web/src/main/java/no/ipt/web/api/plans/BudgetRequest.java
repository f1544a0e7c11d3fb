package no.ipt.web.api.plans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** JSON body of {@code PUT /api/plans/{id}/budget}: the whole budget and financing plan, which must balance. */
public class BudgetRequest extends PlanEditRequest {

    @NotNull
    public List<@NotNull @Valid BudgetLineRequest> budget;

    @NotNull
    public List<@NotNull @Valid BudgetLineRequest> financing;
}

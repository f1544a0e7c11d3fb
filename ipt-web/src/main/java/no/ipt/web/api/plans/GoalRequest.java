package no.ipt.web.api.plans;

import jakarta.validation.constraints.NotBlank;

/** JSON body of {@code POST /api/plans/{id}/goals}. */
public class GoalRequest extends PlanEditRequest {

    @NotBlank
    public String goal;
}

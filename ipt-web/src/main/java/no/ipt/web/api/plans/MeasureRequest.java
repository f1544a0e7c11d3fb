package no.ipt.web.api.plans;

import jakarta.validation.constraints.NotBlank;

/** JSON body of {@code POST /api/plans/{id}/risks/{riskNumber}/measures}. */
public class MeasureRequest extends PlanEditRequest {

    @NotBlank
    public String measure;
}

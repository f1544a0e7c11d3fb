package no.ipt.web.api.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** JSON body of {@code POST /api/plans/{id}/steering-group}; role is CHAIR, MEMBER or SECRETARY. */
public class SteeringGroupMemberRequest extends PlanEditRequest {

    @NotBlank
    public String name;

    @NotNull
    public String role;

    public String position;
}

package no.ipt.web.api.plans;

import jakarta.validation.constraints.NotNull;

/** What every change to a plan carries: the plan's version it was made on (a stale one answers 409). */
public abstract class PlanEditRequest {

    @NotNull
    public Long version;
}

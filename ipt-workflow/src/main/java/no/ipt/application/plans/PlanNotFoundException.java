package no.ipt.application.plans;

import no.ipt.application.shared.NotFoundException;

/** No plan with that id exists (or the caller may not see it). Interfaces answer 404. */
public class PlanNotFoundException extends NotFoundException {

    public PlanNotFoundException(long id) {
        super("No project plan " + id);
    }
}

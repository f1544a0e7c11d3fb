package no.ipt.application.plans;

/** No plan with that id exists (or the caller may not see it). Interfaces answer 404. */
public class PlanNotFoundException extends RuntimeException {

    public PlanNotFoundException(long id) {
        super("No project plan " + id);
    }
}

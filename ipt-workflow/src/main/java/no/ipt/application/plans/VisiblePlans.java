package no.ipt.application.plans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.ipt.application.access.AccessDeniedException;
import no.ipt.application.access.Caller;
import no.ipt.domain.access.Role;
import no.ipt.domain.access.UserAccount;
import no.ipt.domain.access.UserAccountRepository;
import no.ipt.domain.pilot.Pilot;
import no.ipt.domain.project.ProjectPlan;
import no.ipt.domain.project.ProjectPlanRepository;

/**
 * Decides which plans a caller sees and may edit (docs/roles.md). A case's plan is its
 * municipality's; a pilot's plan is seen by the pilot's county lead and its municipalities. A plan
 * outside the caller's tenants answers as not found; a role that may not read or edit it, 403.
 */
@ApplicationScoped
public class VisiblePlans {

    static final Role[] READERS = {Role.PROCUREMENT_OFFICER, Role.PROJECT_LEAD, Role.STEERING_GROUP_MEMBER,
            Role.COUNTY_PILOT_LEAD, Role.ADMIN};

    @Inject
    ProjectPlanRepository plans;

    @Inject
    UserAccountRepository accounts;

    /** The plan for reading. */
    public ProjectPlan read(Caller caller, long id) {
        ProjectPlan plan = plans.find(id).filter(p -> sees(caller, p)).orElseThrow(() -> new PlanNotFoundException(id));
        caller.requireAnyRole(READERS);
        return plan;
    }

    /** The plan for a change: case plans by their project lead and procurement officers, pilot plans by the pilot's lead. */
    public ProjectPlan edit(Caller caller, long id) {
        ProjectPlan plan = plans.find(id).filter(p -> sees(caller, p)).orElseThrow(() -> new PlanNotFoundException(id));
        requireEditor(caller, plan.pilot().orElse(null));
        return plan;
    }

    /** Every plan the caller sees, by title. */
    public List<ProjectPlan> list(Caller caller) {
        caller.requireAnyRole(READERS);
        return plans.findAll().stream().filter(p -> sees(caller, p)).toList();
    }

    /** Refuses unless the caller may edit a plan of {@code pilot} ({@code null}: a case's plan). */
    void requireEditor(Caller caller, Pilot pilot) {
        if (caller.isAdmin()) {
            return;
        }
        if (pilot == null) {
            caller.requireAnyRole(Role.PROJECT_LEAD, Role.PROCUREMENT_OFFICER);
        } else if (!leads(caller, pilot)) {
            throw new AccessDeniedException("Only the county pilot lead of " + pilot.name() + " edits its plans");
        }
    }

    boolean sees(Caller caller, ProjectPlan plan) {
        if (caller.scope().isAll()) {
            return true;
        }
        if (plan.municipality().isPresent()) {
            return caller.sees(plan.municipality().get());
        }
        return plan.pilot().filter(p -> leads(caller, p) || p.municipalities().stream().anyMatch(caller::sees))
                .isPresent();
    }

    /** Whether the caller is the county pilot lead of {@code pilot}. */
    boolean leads(Caller caller, Pilot pilot) {
        return caller.hasRole(Role.COUNTY_PILOT_LEAD) && accounts.find(caller.username())
                .flatMap(UserAccount::pilotName).filter(pilot.name()::equals).isPresent();
    }
}

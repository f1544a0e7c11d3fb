package no.ipt.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.ipt.domain.access.Role;
import no.ipt.web.security.CurrentCaller;

/**
 * Whether the menu offers the decisions inbox (steering-group members and project leads) and the farm
 * register (officers, project leads, steering groups). The pages themselves show only what the
 * application services let the user see, so the menu decides what is offered, not what is allowed.
 */
@Named
@RequestScoped
public class InboxMenu {

    @Inject
    CurrentCaller caller;

    public boolean isDecisions() {
        return caller.get().hasRole(Role.STEERING_GROUP_MEMBER) || caller.get().hasRole(Role.PROJECT_LEAD);
    }

    public boolean isFarms() {
        return caller.get().hasRole(Role.PROCUREMENT_OFFICER) || caller.get().hasRole(Role.PROJECT_LEAD)
                || caller.get().hasRole(Role.STEERING_GROUP_MEMBER);
    }
}

package no.ipt.web.ui.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.ipt.application.access.Caller;
import no.ipt.domain.access.Role;
import no.ipt.web.security.CurrentCaller;

/** Whether the menu shows the admin pages: to platform admins (role admin, every municipality) only. */
@Named
@RequestScoped
public class AdminMenu {

    @Inject
    CurrentCaller caller;

    public boolean isVisible() {
        Caller c = caller.get();
        return c.hasRole(Role.ADMIN) && c.scope().isAll();
    }
}

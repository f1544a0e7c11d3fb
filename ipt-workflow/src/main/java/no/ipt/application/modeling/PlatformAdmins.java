package no.ipt.application.modeling;

import no.ipt.application.access.AccessDeniedException;
import no.ipt.application.access.Caller;
import no.ipt.domain.access.Role;

/** The models are shared by every municipality, so only a platform admin (no municipality) may change them. */
final class PlatformAdmins {

    private PlatformAdmins() {
    }

    static void require(Caller caller) {
        caller.requireAnyRole(Role.ADMIN);
        if (!caller.scope().isAll()) {
            throw new AccessDeniedException("Only a platform admin may do this: the models are shared by every municipality");
        }
    }
}

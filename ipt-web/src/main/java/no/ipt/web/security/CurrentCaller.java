package no.ipt.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import no.ipt.application.access.AccessDeniedException;
import no.ipt.application.access.Caller;
import no.ipt.application.access.CallerDirectory;

/** The logged-in user of the current request as a {@link Caller}, built once per request. */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext securityContext;

    @Inject
    CallerDirectory directory;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                throw new AccessDeniedException("Log in first");
            }
            caller = directory.forUser(principal.getName());
        }
        return caller;
    }
}

package no.ipt.web.enginerest;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import no.ipt.application.access.AccessDeniedException;
import no.ipt.application.access.Caller;
import no.ipt.application.access.CallerDirectory;
import no.ipt.application.access.EngineAuthentication;

/**
 * Lets only platform admins through to Camunda's REST API (web.xml already demands the role
 * {@code admin}; a municipality's admin may not change the models every municipality shares) and runs
 * the request with the caller's engine authentication, so Camunda's user operation log names them and
 * its tenant check applies as it does for IPT's own services.
 */
@WebFilter(urlPatterns = "/engine-rest/*", asyncSupported = true)
public class EngineRestAuthenticationFilter extends HttpFilter {

    @Inject
    CallerDirectory callers;

    @Inject
    EngineAuthentication engineAuthentication;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        Caller caller;
        try {
            caller = principal == null ? null : callers.forUser(principal.getName());
        } catch (AccessDeniedException e) {
            caller = null;
        }
        if (caller == null || !caller.isAdmin() || !caller.scope().isAll()) {
            forbidden(response);
            return;
        }
        try {
            engineAuthentication.run(caller, () -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new ChainFailure(e);
                }
            });
        } catch (ChainFailure failure) {
            if (failure.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) failure.getCause();
        }
    }

    private static void forbidden(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"https://ipt.no/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403,"
                + "\"detail\":\"Camunda's REST API is for platform admins only\",\"errors\":[]}");
    }

    /** Carries a checked exception of the filter chain through the engine authentication's callback. */
    private static final class ChainFailure extends RuntimeException {
        ChainFailure(Exception cause) {
            super(cause);
        }
    }
}

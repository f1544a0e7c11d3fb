package no.ipt.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.stream.Collectors;
import no.ipt.application.audit.AuditLog;
import no.ipt.domain.access.Role;
import no.ipt.domain.access.UserAccount;
import no.ipt.domain.access.UserAccountRepository;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * One mechanism for both kinds of client, since Jakarta Security 3 allows only one per application (an
 * alternative, so that it wins over the OpenID mechanism the platform registers for {@link OidcDefinition}):
 * <ul>
 *   <li>API clients send HTTP Basic credentials with every request; a protected API call without
 *       (valid) credentials gets 401 with a problem body.</li>
 *   <li>Browsers log in through the login form ({@link LoginServlet} calls
 *       {@code SecurityContext.authenticate}); the session then holds only the username, and every
 *       request re-reads the account's roles from the database. A disabled account or a changed
 *       role takes effect at once, and any node of a cluster can serve the session (a replicated
 *       session carries a plain string, not the container's security state). The session id is
 *       renewed at login (no session fixation). API calls with Basic credentials create no session.
 *       A protected page without a session redirects to the login page.</li>
 *   <li>With {@code ipt.oidc.enabled=true} a protected page without a session goes to the OpenID Connect
 *       provider instead ({@link OidcLogin}); the API keeps HTTP Basic and also takes the provider's
 *       access tokens ({@code Authorization: Bearer}, {@link BearerTokens}).</li>
 * </ul>
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class IptAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String REALM = "IPT";
    private static final Logger LOG = Logger.getLogger(IptAuthenticationMechanism.class.getName());

    /** The session attribute holding the logged-in username. */
    static final String SESSION_USER = "ipt.username";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    OidcLogin oidc;

    @Inject
    BearerTokens bearerTokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential formCredential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (formCredential != null) {
            return validate(formCredential, request, context, false);
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = parseBasic(header.substring(6).trim());
            if (basic == null) {
                return unauthorized(request, response, context, "The Authorization header is not valid HTTP Basic");
            }
            return validate(basic, request, context, true);
        }
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && oidc.isEnabled()) {
            return bearer(header.substring(7).trim(), request, response, context);
        }
        AuthenticationStatus fromSession = fromSession(request, context);
        if (fromSession != null) {
            return fromSession;
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(request, response, context, "Log in: send HTTP Basic credentials");
        }
        if (oidc.isEnabled()) {
            return loginWithOpenIdConnect(request, response, context);
        }
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return context.redirect(request.getContextPath() + "/login.html?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    private AuthenticationStatus validate(Credential credential, HttpServletRequest request, HttpMessageContext context,
                                          boolean basic) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (!basic) {
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                request.getSession(true).setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
            }
            return context.notifyContainerAboutLogin(result);
        }
        String who = credential instanceof UsernamePasswordCredential up ? up.getCaller() : "?";
        LOG.warning(() -> "Failed login for '" + who.replaceAll("[^\\p{Alnum}._-]", "?") + "' from "
                + request.getRemoteAddr() + (basic ? " (API)" : " (form)"));
        audit.recordFailedLogin(who, request.getRemoteAddr(), basic ? "api" : "form");
        if (basic) {
            return unauthorized(request, context.getResponse(), context, "Wrong username or password");
        }
        // The login servlet answers a failed form login with the form again; nothing is written here.
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * A page without a session when OpenID Connect is on: the platform's OpenID mechanism redirects to
     * the provider and, on {@code /oidc/callback}, checks the answer. The provider says who the person
     * is; an enabled IPT account of that username is required, and its roles count: from the next
     * request on the session holds only the username, as after a form login.
     */
    private AuthenticationStatus loginWithOpenIdConnect(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context) {
        AuthenticationStatus status = oidc.validateRequest(request, response, context);
        if (status != AuthenticationStatus.SUCCESS || context.getCallerPrincipal() == null) {
            return status;
        }
        String username = context.getCallerPrincipal().getName();
        if (accounts.find(username).filter(UserAccount::isEnabled).filter(oidc::vouchesForMunicipality).isEmpty()) {
            LOG.warning(() -> "OpenID Connect login of '" + username.replaceAll("[^\\p{Alnum}._-]", "?")
                    + "' refused: no enabled IPT account of that name (or not the provider's municipality)");
            audit.recordFailedLogin(username, request.getRemoteAddr(), "oidc");
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_USER, username);
        return status;
    }

    /**
     * An access token of the OpenID Connect provider (when it is on): valid, and naming an enabled IPT
     * account, it logs in for this request only, with the account's roles.
     */
    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        Optional<String> username = bearerTokens.username(token);
        Optional<UserAccount> account = username.flatMap(accounts::find).filter(UserAccount::isEnabled);
        if (account.isEmpty()) {
            LOG.warning(() -> "Refused bearer token from " + request.getRemoteAddr());
            audit.recordFailedLogin(username.orElse("(bearer token)"), request.getRemoteAddr(), "bearer");
            return unauthorized(request, response, context, "The bearer token is not valid here");
        }
        return context.notifyContainerAboutLogin(account.get().username(),
                account.get().roles().stream().map(Role::group).collect(Collectors.toSet()));
    }

    /** The identity of a browser session, with roles read afresh; {@code null} when there is none. */
    private AuthenticationStatus fromSession(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SESSION_USER);
        if (!(username instanceof String name)) {
            return null;
        }
        Optional<UserAccount> account = accounts.find(name).filter(UserAccount::isEnabled);
        if (account.isEmpty()) {
            session.invalidate();
            return null;
        }
        return context.notifyContainerAboutLogin(name,
                account.get().roles().stream().map(Role::group).collect(Collectors.toSet()));
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context, String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"https://ipt.no/problems/unauthorized\",\"title\":\"Unauthorized\","
                    + "\"status\":401,\"detail\":\"" + detail + "\",\"errors\":[]}");
        } catch (IOException e) {
            LOG.fine(() -> "Could not write the 401 body: " + e.getMessage());
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/engine-rest");
    }

    private static UsernamePasswordCredential parseBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), new Password(decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

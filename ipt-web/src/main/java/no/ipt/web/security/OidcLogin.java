package no.ipt.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * OpenID Connect login for browsers through the platform's own OpenID mechanism (Jakarta Security,
 * Soteria in Payara), used by {@link IptAuthenticationMechanism} when {@code ipt.oidc.enabled=true}.
 * The platform's mechanism is a bean of its own class only; it is found here by class name so the
 * application compiles against the Jakarta EE API alone. The platform's OpenID identity store checks
 * the provider's tokens; {@link IptAuthenticationMechanism} then requires an enabled IPT account.
 */
@ApplicationScoped
public class OidcLogin {

    static final String PLATFORM_MECHANISM = "org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism";
    private static final Logger LOG = Logger.getLogger(OidcLogin.class.getName());

    @Inject
    OidcSettings settings;

    @Inject
    BeanManager beans;

    /** The provider's claims of the current login; resolvable where the platform supports OpenID. */
    @Inject
    jakarta.enterprise.inject.Instance<jakarta.security.enterprise.identitystore.openid.OpenIdContext> openIdContext;

    public boolean isEnabled() {
        return settings.isEnabled();
    }

    /** Says at start-up whether OpenID Connect is on, and stops the deployment when it is on but not configured. */
    void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!settings.isEnabled()) {
            LOG.info("OpenID Connect login is off (ipt.oidc.enabled=false): form login and HTTP Basic only");
            return;
        }
        if (settings.getProviderUri().isBlank() || settings.getClientId().isBlank()) {
            String message = "OpenID Connect is on (ipt.oidc.enabled=true) but ipt.oidc.provider-uri and ipt.oidc.client-id"
                    + " are not both set: set them (IPT_OIDC_PROVIDER_URI, IPT_OIDC_CLIENT_ID) or switch it off";
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        platformBean(PLATFORM_MECHANISM);
        String discovery = settings.getProviderUri().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        try {
            HttpResponse<Void> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create(discovery)).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() == 200) {
                LOG.info(() -> "OpenID Connect login is on: provider " + settings.getProviderUri() + ", client "
                        + settings.getClientId() + "; the API takes HTTP Basic as before");
            } else {
                LOG.severe(() -> "OpenID Connect provider " + discovery + " answers HTTP " + answer.statusCode()
                        + ": browser logins through it fail until it serves its configuration");
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.severe(() -> "OpenID Connect provider " + settings.getProviderUri() + " is unreachable (" + e
                    + "): browser logins through it fail until it answers; HTTP Basic and the login form still work");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * With {@code ipt.oidc.municipality-claim} set: whether the provider's claim names the account's
     * municipality (platform admins have none); without it, always.
     */
    boolean vouchesForMunicipality(no.ipt.domain.access.UserAccount account) {
        if (settings.municipalityClaim().isEmpty() || account.isPlatformAdmin()) {
            return true;
        }
        String vouched = String.valueOf(openIdContext.get().getClaimsJson().get(settings.municipalityClaim().get()));
        return account.municipality().map(m -> vouched.contains(m.value())).orElse(false);
    }

    /** Lets the platform's OpenID mechanism redirect to the provider or finish the login on the callback. */
    AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context) {
        try {
            return ((HttpAuthenticationMechanism) platformBean(PLATFORM_MECHANISM))
                    .validateRequest(request, response, context);
        } catch (AuthenticationException e) {
            LOG.warning(() -> "OpenID Connect login failed: " + e.getMessage());
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private Object platformBean(String className) {
        Bean<?> bean = beans.getBeans(Object.class).stream()
                .filter(b -> b.getBeanClass().getName().equals(className)).findFirst()
                .orElseThrow(() -> new IllegalStateException("OpenID Connect is on, but this server's Jakarta Security"
                        + " has no " + className + " (IPT uses Payara's): switch ipt.oidc.enabled off"));
        return beans.getReference(bean, bean.getBeanClass(), beans.createCreationalContext(bean));
    }
}

package no.ipt.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenID Connect settings (MicroProfile Config: {@code ipt.oidc.*} or {@code IPT_OIDC_*}). Off by
 * default. Named {@code iptOidc} because the OpenID definition ({@link OidcDefinition}) reads its
 * values through EL expressions such as {@code ${iptOidc.clientId}}.
 */
@ApplicationScoped
@Named("iptOidc")
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "ipt.oidc.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "ipt.oidc.provider-uri")
    Optional<String> providerUri;

    @Inject
    @ConfigProperty(name = "ipt.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "ipt.oidc.client-secret")
    Optional<String> clientSecret;

    /** The ID-token claim that holds the IPT username. */
    @Inject
    @ConfigProperty(name = "ipt.oidc.caller-name-claim", defaultValue = "preferred_username")
    String callerNameClaim;

    /** The claim with the provider's groups (handed to the container; IPT's roles come from the account). */
    @Inject
    @ConfigProperty(name = "ipt.oidc.groups-claim", defaultValue = "groups")
    String groupsClaim;

    /**
     * The claim with the municipality number(s) the provider vouches for; when set, a login succeeds only
     * if it names the account's municipality (a municipality's provider cannot log in another's users).
     */
    @Inject
    @ConfigProperty(name = "ipt.oidc.municipality-claim")
    Optional<String> municipalityClaim;

    /** The audience a bearer token must name (e.g. IPT's client id); not checked when unset. */
    @Inject
    @ConfigProperty(name = "ipt.oidc.audience")
    Optional<String> audience;

    public boolean isEnabled() {
        return enabled;
    }

    public String getProviderUri() {
        return providerUri.orElse("");
    }

    public String getClientId() {
        return clientId.orElse("");
    }

    public String getClientSecret() {
        return clientSecret.orElse("");
    }

    public String getCallerNameClaim() {
        return callerNameClaim;
    }

    public String getGroupsClaim() {
        return groupsClaim;
    }

    public Optional<String> audience() {
        return audience.filter(a -> !a.isBlank());
    }

    public Optional<String> municipalityClaim() {
        return municipalityClaim.filter(c -> !c.isBlank());
    }
}

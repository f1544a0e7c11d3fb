package no.ipt.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * The OpenID Connect client definition for the platform's OpenID mechanism (Soteria in Payara). Its
 * values are EL expressions on {@link OidcSettings} ({@code iptOidc}), read when the mechanism first
 * runs, so MicroProfile Config sets them. The platform registers its mechanism for this definition
 * beside {@link IptAuthenticationMechanism}, which wins (it is the application's alternative) and
 * hands page logins to it only when {@code ipt.oidc.enabled} ({@link OidcLogin}).
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${iptOidc.providerUri}",
        clientId = "${iptOidc.clientId}",
        clientSecret = "${iptOidc.clientSecret}",
        redirectURI = "${baseURL}/oidc/callback",
        redirectToOriginalResource = true,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "${iptOidc.callerNameClaim}",
                callerGroupsClaim = "${iptOidc.groupsClaim}"))
public class OidcDefinition {
}

package no.ipt.web.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks a bearer access token (a JWT) from the configured OpenID Connect provider with Nimbus JOSE+JWT:
 * signature against the provider's published keys (its {@code jwks_uri}), issuer, expiry and – when
 * {@code ipt.oidc.audience} is set – audience. The answer is the username in the caller-name claim.
 * The provider's discovery document is read when the first token arrives (and again until it answers).
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());

    @Inject
    OidcSettings settings;

    private volatile ConfigurableJWTProcessor<SecurityContext> processor;

    /** The username the token vouches for; empty when the token is not valid (or the provider is not reachable). */
    public Optional<String> username(String token) {
        try {
            JWTClaimsSet claims = processor().process(token, null);
            return Optional.ofNullable(claims.getStringClaim(settings.getCallerNameClaim())).filter(s -> !s.isBlank());
        } catch (Exception invalid) {
            LOG.fine(() -> "Bearer token refused: " + invalid);
            return Optional.empty();
        }
    }

    private ConfigurableJWTProcessor<SecurityContext> processor() throws Exception {
        ConfigurableJWTProcessor<SecurityContext> current = processor;
        if (current != null) {
            return current;
        }
        JsonObject discovery = discoveryDocument();
        JWKSource<SecurityContext> keys = JWKSourceBuilder
                .create(URI.create(discovery.getString("jwks_uri")).toURL()).retrying(true).build();
        DefaultJWTProcessor<SecurityContext> built = new DefaultJWTProcessor<>();
        built.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
                JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.ES256, JWSAlgorithm.ES384), keys));
        built.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(settings.audience().orElse(null),
                new JWTClaimsSet.Builder().issuer(discovery.getString("issuer")).build(),
                Set.of("exp", settings.getCallerNameClaim())));
        processor = built;
        return built;
    }

    private JsonObject discoveryDocument() throws Exception {
        String uri = settings.getProviderUri().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered HTTP " + answer.statusCode());
        }
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }
}

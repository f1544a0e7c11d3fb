package no.ipt.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import no.ipt.web.testing.ApiClient;
import no.ipt.web.testing.MicroNode;
import org.junit.jupiter.api.Test;

/**
 * OpenID Connect switched on by configuration, without a real identity provider: at start-up the
 * provider is not there yet and the log says so in one line; once it serves its discovery document, a
 * browser asking for a page is sent to the provider's authorization endpoint with IPT's client id and
 * callback; the API keeps HTTP Basic, never redirects, and takes the provider's signed access tokens
 * (bearer) for enabled IPT accounts – not expired, forged, foreign or tampered ones. (With the setting off – every other IT – the
 * login form works as before.) The provider here is a discovery document on a loopback port, standing
 * in for a municipality's identity provider; no login at it is completed.
 */
class OpenIdConnectLoginIT {

    @Test
    void withOpenIdConnectOnAPageGoesToTheProviderAndTheApiKeepsBasic() throws Exception {
        int providerPort = MicroNode.freePort();
        String provider = "http://127.0.0.1:" + providerPort + "/realms/steinkjer";
        try (MicroNode node = MicroNode.start("oidc", List.of("-Dipt.oidc.enabled=true",
                "-Dipt.oidc.provider-uri=" + provider, "-Dipt.oidc.client-id=ipt-test",
                "-Dipt.oidc.client-secret=not-a-real-secret"))) {
            assertThat(node.log()).contains("OpenID Connect provider " + provider + " is unreachable")
                    .contains("DEMO PASSWORDS IN USE");

            KeyPair signingKey = rsaKey();
            HttpServer idp = discoveryDocument(providerPort, provider, (RSAPublicKey) signingKey.getPublic());
            try {
                HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
                HttpResponse<String> page = browser.send(HttpRequest.newBuilder(node.baseUri().resolve("index.xhtml"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(302);
                String location = page.headers().firstValue("Location").orElse("");
                assertThat(location).startsWith(provider + "/protocol/openid-connect/auth?");
                String query = URLDecoder.decode(URI.create(location).getRawQuery(), StandardCharsets.UTF_8);
                assertThat(query).contains("client_id=ipt-test").contains("response_type=code")
                        .contains("redirect_uri=" + node.baseUri() + "oidc/callback").contains("state=")
                        .containsPattern("scope=openid[ +]");

                ApiClient api = new ApiClient(node.baseUri());
                assertThat(api.as("innkjoper").get("api/cases").status()).isEqualTo(200);
                ApiClient.Reply anonymous = api.get("api/cases");
                assertThat(anonymous.status()).isEqualTo(401);
                assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");

                // The API also takes the provider's access tokens, for an enabled IPT account.
                long now = System.currentTimeMillis() / 1000;
                String token = jwt(signingKey, provider, "innkjoper", now + 300);
                ApiClient.Reply withToken = bearer(node, token);
                assertThat(withToken.status()).isEqualTo(200);
                assertThat(withToken.array().getValuesAs(jakarta.json.JsonObject.class))
                        .isNotEmpty().allMatch(c -> c.getString("municipalityNumber").equals("5006"));
                assertThat(bearer(node, jwt(signingKey, provider, "innkjoper", now - 60)).status()).as("expired").isEqualTo(401);
                assertThat(bearer(node, jwt(rsaKey(), provider, "innkjoper", now + 300)).status()).as("other key").isEqualTo(401);
                assertThat(bearer(node, jwt(signingKey, "http://127.0.0.1:1/other", "innkjoper", now + 300)).status())
                        .as("other issuer").isEqualTo(401);
                assertThat(bearer(node, jwt(signingKey, provider, "nobody.here", now + 300)).status()).as("no account")
                        .isEqualTo(401);
                assertThat(bearer(node, token.substring(0, token.length() - 4) + "AAAA").status()).as("tampered").isEqualTo(401);

                HttpResponse<String> forgedCallback = browser.send(HttpRequest.newBuilder(node.baseUri()
                        .resolve("oidc/callback?code=forged&state=forged")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(forgedCallback.statusCode()).as("a callback without the state IPT sent logs nobody in")
                        .isNotEqualTo(200);
                assertThat(api.get("api/cases").status()).isEqualTo(401);
            } finally {
                idp.stop(0);
            }
        }
    }

    private static ApiClient.Reply bearer(MicroNode node, String token) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(node.baseUri().resolve("api/cases"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        return new ApiClient.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), null, r.body(),
                r.headers());
    }

    private static KeyPair rsaKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** An RS256-signed access token as an identity provider issues it. */
    private static String jwt(KeyPair key, String issuer, String username, long expires) throws Exception {
        String header = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"test-key\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64(("{\"iss\":\"" + issuer + "\",\"sub\":\"" + username + "-id\",\"preferred_username\":\""
                + username + "\",\"iat\":" + (expires - 600) + ",\"exp\":" + expires + "}").getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key.getPrivate());
        rs256.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + base64(rs256.sign());
    }

    private static byte[] unsigned(java.math.BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    /** The provider's discovery document (RFC 8414 shape) and its signing key, served on a loopback port. */
    private static HttpServer discoveryDocument(int port, String issuer, RSAPublicKey signingKey) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        String base = issuer + "/protocol/openid-connect";
        byte[] body = ("{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + base + "/auth\","
                + "\"token_endpoint\":\"" + base + "/token\",\"userinfo_endpoint\":\"" + base + "/userinfo\","
                + "\"jwks_uri\":\"" + base + "/certs\",\"end_session_endpoint\":\"" + base + "/logout\","
                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}").getBytes(StandardCharsets.UTF_8);
        server.createContext("/realms/steinkjer/.well-known/openid-configuration", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/realms/steinkjer/protocol/openid-connect/certs", exchange -> {
            byte[] keys = ("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"test-key\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                    + base64(unsigned(signingKey.getModulus())) + "\",\"e\":\"" + base64(unsigned(signingKey.getPublicExponent()))
                    + "\"}]}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            exchange.getResponseBody().write(keys);
            exchange.close();
        });
        server.start();
        return server;
    }
}

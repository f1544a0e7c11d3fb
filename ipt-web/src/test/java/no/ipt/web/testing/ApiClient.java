package no.ipt.web.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small JSON-over-HTTP client for the IPT API, as an outside client would use it. */
public final class ApiClient {

    /** The password of every demo user (see DemoUsers and the README). */
    public static final String DEMO_PASSWORD = "ipt-demo";

    private final URI base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** An anonymous client; {@code base} is the application's root, e.g. {@code http://localhost:8080/}. */
    public ApiClient(URI base) {
        this(base, null);
    }

    private ApiClient(URI base, String authorization) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.authorization = authorization;
    }

    /** The same client logged in as a demo user (HTTP Basic with the demo password). */
    public ApiClient as(String username) {
        return as(username, DEMO_PASSWORD);
    }

    public ApiClient as(String username, String password) {
        return new ApiClient(base, "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, Map<String, ?> body) {
        return post(path, Json.createObjectBuilder(body).build().toString());
    }

    /** Opens a case and returns it. */
    public JsonObject openCase(String title, String municipality, String serviceArea) {
        Reply r = post("api/cases", Map.of("title", title, "municipalityNumber", municipality, "serviceArea", serviceArea));
        r.expect(201);
        return r.object();
    }

    public JsonObject getCase(String caseNumber) {
        Reply r = get("api/cases/" + caseNumber);
        r.expect(200);
        return r.object();
    }

    public JsonArray tasksOf(String caseNumber) {
        Reply r = get("api/tasks?caseNumber=" + caseNumber);
        r.expect(200);
        return r.array();
    }

    public Reply complete(String taskId, long caseVersion, Map<String, ?> values) {
        return post("api/tasks/" + taskId + "/complete", Json.createObjectBuilder()
                .add("caseVersion", caseVersion)
                .add("values", Json.createObjectBuilder(values)).build().toString());
    }

    /** Casts this user's vote on the case's open steering-group decision. */
    public Reply vote(String caseNumber, String choice, String comment) {
        var body = Json.createObjectBuilder().add("choice", choice);
        if (comment != null) {
            body.add("comment", comment);
        }
        return post("api/cases/" + caseNumber + "/decision/votes", body.build().toString());
    }

    private Reply send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer. */
    public record Reply(int status, String contentType, String location, String body,
                        java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError("Expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return this;
        }

        public JsonObject object() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    /** A complete needs assessment for the DescribeNeed task (form {@code ipt:describe-need}), as the demo data fills it in. */
    public static Map<String, Object> need(String description, int participants) {
        return no.ipt.application.demo.DemoData.needsAssessment(description, participants);
    }
}

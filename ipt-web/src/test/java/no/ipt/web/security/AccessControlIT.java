package no.ipt.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.ipt.web.testing.ApiClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login, roles and tenants over HTTP on the real WAR, with the demo users (docs/roles.md): nothing
 * without login, each municipality sees only its own cases and tasks, and a role does only its part.
 */
@ExtendWith(ArquillianExtension.class)
class AccessControlIT {

    @ArquillianResource
    URL deployment;

    private ApiClient anonymous;

    @BeforeEach
    void client() throws Exception {
        anonymous = new ApiClient(deployment.toURI());
    }

    @Test
    void nothingButTheLoginPageWithoutLogin() {
        ApiClient.Reply api = anonymous.get("api/cases");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.header("WWW-Authenticate")).startsWith("Basic realm=\"IPT\"");

        assertThat(anonymous.as("innkjoper", "wrong-password").get("api/cases").status()).isEqualTo(401);
        assertThat(anonymous.as("nobody-here", "ipt-demo").get("api/cases").status()).isEqualTo(401);

        ApiClient.Reply page = anonymous.get("");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/login.html?next=");

        ApiClient.Reply login = anonymous.get("login.html");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aBrowserLogsInWithTheFormAndKeepsItsSession() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI base = deployment.toURI();
        HttpResponse<String> failed = browser.send(form(base, "innkjoper", "wrong", "/"), HttpResponse.BodyHandlers.ofString());
        assertThat(failed.headers().firstValue("Location").orElse("")).contains("login.html?error");

        HttpResponse<String> ok = browser.send(form(base, "innkjoper", ApiClient.DEMO_PASSWORD, "/api/cases"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(ok.headers().firstValue("Location").orElse("")).endsWith("/api/cases");

        HttpResponse<String> cases = browser.send(HttpRequest.newBuilder(base.resolve("api/cases")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cases.statusCode()).isEqualTo(200);

        HttpResponse<String> evil = browser.send(form(base, "innkjoper", ApiClient.DEMO_PASSWORD, "//evil.example/"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(evil.headers().firstValue("Location").orElse("")).doesNotContain("evil.example");
    }

    private static HttpRequest form(URI base, String user, String password, String next) {
        String body = "username=" + user + "&password=" + password + "&next="
                + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(base.resolve("login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @Test
    void aMunicipalityDoesNotSeeAnotherMunicipalitysCases() {
        ApiClient steinkjer = anonymous.as("innkjoper");
        ApiClient kongsberg = anonymous.as("innkjoper.kongsberg");
        String number = steinkjer.openCase("Dagplasser demens", "5006", "HEALTH_AND_CARE").getString("caseNumber");
        String taskId = steinkjer.tasksOf(number).getJsonObject(0).getString("id");

        assertThat(kongsberg.get("api/cases/" + number).status()).isEqualTo(404);
        assertThat(caseNumbers(kongsberg.get("api/cases").expect(200).array())).doesNotContain(number)
                .allMatch(n -> !n.isEmpty());
        assertThat(municipalities(kongsberg.get("api/cases").expect(200).array())).containsOnly("3303");
        assertThat(kongsberg.tasksOf(number)).isEmpty();
        assertThat(kongsberg.get("api/tasks/" + taskId).status()).isEqualTo(404);
        assertThat(kongsberg.post("api/tasks/" + taskId + "/claim", "").status()).isEqualTo(404);
        assertThat(kongsberg.complete(taskId, 1, Map.of("needDescription", "x", "participants", 1)).status()).isEqualTo(404);
        ApiClient.Reply foreign = kongsberg.post("api/cases",
                Map.of("title", "Ikke vår", "municipalityNumber", "5006", "serviceArea", "HEALTH_AND_CARE"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(steinkjer.tasksOf(number).getJsonObject(0).getString("id")).isEqualTo(taskId);
    }

    @Test
    void aCountyPilotLeadSeesThePilotsMunicipalitiesOnlyAndAnAdminSeesAll() {
        List<String> pilot = municipalities(anonymous.as("fylke.vestland").get("api/cases").expect(200).array());
        assertThat(pilot).isNotEmpty().containsOnly("4613", "4649");
        List<String> all = municipalities(anonymous.as("admin").get("api/cases").expect(200).array());
        assertThat(all).contains("5006", "3303", "4613", "4649");
        assertThat(anonymous.as("gard.vang").get("api/cases").expect(200).array()).isEmpty();
        assertThat(anonymous.as("gard.vang").get("api/tasks").expect(200).array()).isEmpty();
    }

    @Test
    void eachRoleDoesOnlyItsPart() {
        ApiClient evaluator = anonymous.as("evaluator");
        assertThat(evaluator.post("api/cases", Map.of("title", "x", "municipalityNumber", "5006",
                "serviceArea", "HEALTH_AND_CARE")).status()).isEqualTo(403);

        ApiClient officer = anonymous.as("innkjoper");
        String number = officer.openCase("Arbeidstrening", "5006", "WORK_TRAINING_AND_MENTAL_HEALTH").getString("caseNumber");
        JsonObject describe = officer.tasksOf(number).getJsonObject(0);
        long version = officer.getCase(number).getJsonNumber("version").longValue();

        ApiClient steering = anonymous.as("styre1");
        assertThat(steering.tasksOf(number)).as("not the steering group's task").isEmpty();
        assertThat(steering.complete(describe.getString("id"), version,
                Map.of("needDescription", "x", "participants", 2)).status()).isEqualTo(403);
        assertThat(evaluator.post("api/tasks/" + describe.getString("id") + "/claim", "").status()).isEqualTo(403);

        officer.post("api/tasks/" + describe.getString("id") + "/claim", "").expect(200);
        ApiClient colleague = anonymous.as("prosjektleder");
        assertThat(colleague.post("api/tasks/" + describe.getString("id") + "/unclaim", "").status())
                .as("only the assignee or an admin releases a claimed task").isEqualTo(403);
        anonymous.as("admin").post("api/tasks/" + describe.getString("id") + "/unclaim", "").expect(200);
        officer.complete(describe.getString("id"), version, ApiClient.need("Arbeidstrening for 4", 4)).expect(204);

        // Every change is in the audit trail, with who did it; only admins may read it.
        assertThat(officer.get("api/audit?subject=" + number).status()).isEqualTo(403);
        List<JsonObject> caseEvents = anonymous.as("admin").get("api/audit?subject=" + number).expect(200).array()
                .getValuesAs(JsonObject.class);
        assertThat(caseEvents).extracting(e -> e.getString("action") + " by " + e.getString("actor"))
                .containsExactly("TASK_COMPLETED by innkjoper", "CASE_OPENED by innkjoper");
        assertThat(caseEvents.get(0).getString("after")).contains("Arbeidstrening for 4").contains("\"stage\":\"NEEDS_ASSESSMENT\"");
        List<String> taskEvents = anonymous.as("admin").get("api/audit?subject=" + describe.getString("id")).expect(200)
                .array().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action") + " by " + e.getString("actor")).toList();
        assertThat(taskEvents).containsExactly("TASK_RELEASED by admin", "TASK_CLAIMED by innkjoper");
    }

    @Test
    void aFailedLoginIsAudited() {
        assertThat(anonymous.as("innkjoper", "not-the-password").get("api/cases").status()).isEqualTo(401);
        List<JsonObject> failures = anonymous.as("admin").get("api/audit?action=LOGIN_FAILED&actor=innkjoper")
                .expect(200).array().getValuesAs(JsonObject.class);
        assertThat(failures).isNotEmpty();
        assertThat(failures.get(0).getString("after")).contains("\"channel\":\"api\"");
        assertThat(anonymous.as("admin").get("api/audit?from=yesterday").status()).isEqualTo(400);
    }

    private static List<String> caseNumbers(JsonArray cases) {
        return cases.getValuesAs(JsonObject.class).stream().map(c -> c.getString("caseNumber")).toList();
    }

    private static List<String> municipalities(JsonArray cases) {
        return cases.getValuesAs(JsonObject.class).stream().map(c -> c.getString("municipalityNumber")).toList();
    }
}

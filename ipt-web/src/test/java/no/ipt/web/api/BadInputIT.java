package no.ipt.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import no.ipt.web.testing.ApiClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed JSON, wrong types, unknown fields, huge bodies and SQL or script fragments, sent to every
 * endpoint that changes state: each answers 4xx with a problem body and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private static final String SQL = "'; DROP TABLE ipt.procurement_case; --";
    private static final String SCRIPT = "<script>alert(1)</script>";

    @ArquillianResource
    URL deployment;

    private ApiClient officer;
    private ApiClient steering;
    private ApiClient admin;

    @BeforeEach
    void clients() throws Exception {
        ApiClient anonymous = new ApiClient(deployment.toURI());
        officer = anonymous.as("innkjoper");
        steering = anonymous.as("styre1");
        admin = anonymous.as("admin");
    }

    @Test
    void everyStateChangingEndpointRefusesBadInputAndChangesNothing() {
        String number = officer.openCase("Dagplassar", "5006", "HEALTH_AND_CARE").getString("caseNumber");
        String taskId = officer.tasksOf(number).getJsonObject(0).getString("id");
        long version = officer.getCase(number).getJsonNumber("version").longValue();
        String before = snapshot(number);

        String huge = "{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        List<String> bodies = List.of("{\"title\": ", "[1,2,3]", "\"just a string\"", "{\"title\": {\"nested\": true}}",
                "{\"unknownField\": 1, \"title\": \"x\", \"municipalityNumber\": \"5006\", \"serviceArea\": \"HEALTH_AND_CARE\"}",
                "{\"title\": \"" + SQL + "\", \"municipalityNumber\": \"" + SQL + "\", \"serviceArea\": \"HEALTH_AND_CARE\"}",
                "{\"title\": \"x\", \"municipalityNumber\": \"5006\", \"serviceArea\": \"" + SCRIPT + "\"}",
                "{\"title\": \"x\", \"municipalityNumber\": 5006, \"serviceArea\": 7}", huge);
        // (claim and unclaim take no body; their input is the task id, tried with fragments below)
        List<String> endpoints = List.of("api/cases", "api/tasks/" + taskId + "/complete",
                "api/cases/" + number + "/decision/votes", "api/cases/" + number + "/decisions/1/minutes");
        for (String endpoint : endpoints) {
            ApiClient caller = endpoint.contains("decision") ? steering : officer;
            for (String body : bodies) {
                ApiClient.Reply reply = caller.post(endpoint, body);
                assertThat(reply.status()).as(endpoint + " with " + abbreviate(body)).isBetween(400, 499);
                assertThat(reply.contentType()).as(endpoint + " with " + abbreviate(body)).startsWith("application/problem+json");
                assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
            }
        }

        // wrong types and fragments in the fields of a task completion
        for (Map<String, ?> values : List.<Map<String, ?>>of(Map.of("needDescription", "x", "participants", "many"),
                Map.of("needDescription", "x", "participants", 2.5), Map.of("needDescription", "x", "participants", -1),
                Map.of("needDescription", SQL, "participants", 2, SQL, 1), Map.of("needDescription", true, "participants", 2))) {
            ApiClient.Reply reply = officer.complete(taskId, version, values);
            assertThat(reply.status()).as("complete with " + values).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(officer.post("api/tasks/" + taskId + "/complete", "{\"caseVersion\": \"abc\", \"values\": {}}").status())
                .isEqualTo(400);
        assertThat(officer.post("api/tasks/" + taskId + "/complete", "{\"values\": {}}").status()).isEqualTo(400);

        // fragments in identifiers are unknown objects, not queries
        assertThat(officer.get("api/cases/" + java.net.URLEncoder.encode(SQL, java.nio.charset.StandardCharsets.UTF_8))
                .status()).isEqualTo(404);
        assertThat(officer.get("api/tasks/" + java.net.URLEncoder.encode(SQL, java.nio.charset.StandardCharsets.UTF_8))
                .status()).isEqualTo(404);
        String fragment = java.net.URLEncoder.encode(SQL, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(officer.post("api/tasks/" + fragment + "/claim", "").status()).isEqualTo(404);
        assertThat(officer.post("api/tasks/" + fragment + "/unclaim", "").status()).isEqualTo(404);
        assertThat(admin.get("api/audit?from=" + java.net.URLEncoder.encode(SQL, java.nio.charset.StandardCharsets.UTF_8))
                .status()).isEqualTo(400);
        assertThat(admin.get("api/audit?limit=100000").status()).isEqualTo(400);

        assertThat(snapshot(number)).as("nothing changed").isEqualTo(before);
    }

    @Test
    void scriptAndSqlInFreeTextAreStoredAsInertText() {
        ApiClient.Reply opened = officer.post("api/cases", Map.of("title", SCRIPT + SQL, "municipalityNumber", "5006",
                "serviceArea", "HEALTH_AND_CARE"));
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.contentType()).startsWith("application/json");
        JsonObject stored = officer.getCase(opened.object().getString("caseNumber"));
        assertThat(stored.getString("title")).isEqualTo(SCRIPT + SQL);
        assertThat(officer.get("api/cases").expect(200).array()).isNotEmpty();
    }

    /** What a bad request could have changed: the case, its open tasks, its decisions and the audit trail. */
    private String snapshot(String number) {
        JsonObject c = officer.getCase(number);
        return c.getJsonNumber("version") + "|" + c.get("needDescription") + "|" + c.getString("stage") + "|"
                + officer.tasksOf(number) + "|" + steering.get("api/cases/" + number + "/decisions").body() + "|"
                + admin.get("api/audit?subject=" + number).body() + "|" + admin.get("api/audit?subject=" + "")
                .status();
    }

    private static String abbreviate(String body) {
        return body.length() > 80 ? body.substring(0, 80) + "…" : body;
    }
}

package no.ipt.web.api.models;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.util.Optional;
import java.util.function.Supplier;
import no.ipt.web.testing.ApiClient;
import no.ipt.web.testing.TestResources;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Migration of running instances between versions (preview, execute, a bad plan refused with nothing
 * moved) and operations: incidents listed, retried, timers and variables of a case.
 */
@ExtendWith(ArquillianExtension.class)
class ModelOperationsIT {

    @ArquillianResource
    URL deployment;

    private ApiClient admin;

    @BeforeEach
    void client() throws Exception {
        admin = new ApiClient(deployment.toURI()).as("admin");
    }

    String deploy(String fileName, String xml) {
        ApiClient.Reply r = admin.post("api/models/" + fileName, "application/xml", xml);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.object().getJsonArray("definitions").getJsonObject(0).getString("id");
    }

    String start(String definitionId, String businessKey) {
        return admin.post("engine-rest/process-definition/" + definitionId + "/start", "{\"businessKey\":\"" + businessKey + "\"}")
                .expect(200).object().getString("id");
    }

    int instancesOf(String definitionId) {
        return admin.get("engine-rest/process-instance/count?processDefinitionId=" + definitionId).expect(200).object().getInt("count");
    }

    static String plan(String source, String target, String instructions) {
        return "{\"sourceDefinitionId\":\"" + source + "\",\"targetDefinitionId\":\"" + target + "\""
                + (instructions == null ? "" : ",\"instructions\":" + instructions) + "}";
    }

    @Test
    void aMigrationIsPreviewedThenExecutedAndABadPlanMovesNothing() {
        String v1 = deploy("migration-test.bpmn", TestResources.text("models/migration-v1.bpmn"));
        start(v1, "MIG-1");
        start(v1, "MIG-2");
        String v2 = deploy("migration-test.bpmn", TestResources.text("models/migration-v2.bpmn"));
        String v3 = deploy("migration-test.bpmn", TestResources.text("models/migration-v3.bpmn"));

        assertThat(admin.as("innkjoper").post("api/models/migrations/preview", plan(v1, v2, null)).status()).isEqualTo(403);

        JsonObject preview = admin.post("api/models/migrations/preview", plan(v1, v2, null)).expect(200).object();
        assertThat(preview.getBoolean("executable")).isTrue();
        assertThat(preview.getJsonArray("instances")).hasSize(2).allSatisfy(i -> {
            assertThat(i.asJsonObject().getJsonArray("moves").getJsonObject(0).getString("targetActivityId")).isEqualTo("Review");
            assertThat(i.asJsonObject().getJsonArray("unmapped")).isEmpty();
        });
        JsonObject toV3 = admin.post("api/models/migrations/preview", plan(v1, v3, null)).expect(200).object();
        assertThat(toV3.getBoolean("executable")).isFalse();
        assertThat(toV3.getJsonArray("instances").getJsonObject(0).getJsonArray("unmapped").getString(0)).isEqualTo("Review");
        assertThat(instancesOf(v1)).isEqualTo(2);

        ApiClient.Reply badPlan = admin.post("api/models/migrations/execute",
                plan(v1, v3, "[{\"sourceActivityId\":\"Review\",\"targetActivityId\":\"NoSuchActivity\"}]"));
        assertThat(badPlan.status()).isEqualTo(400);
        assertThat(badPlan.contentType()).startsWith("application/problem+json");
        assertThat(badPlan.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("Review");
        assertThat(badPlan.object().getJsonArray("errors").getJsonObject(0).getString("message")).contains("NoSuchActivity");
        ApiClient.Reply unmappable = admin.post("api/models/migrations/execute", plan(v1, v3, null));
        assertThat(unmappable.status()).isEqualTo(400);
        assertThat(unmappable.body()).contains("Review");
        assertThat(instancesOf(v1)).isEqualTo(2);
        assertThat(instancesOf(v3)).isZero();

        JsonObject moved = admin.post("api/models/migrations/execute", plan(v1, v2, null)).expect(200).object();
        assertThat(moved.getJsonArray("instances")).hasSize(2).allSatisfy(i ->
                assertThat(i.asJsonObject().getJsonArray("activeActivities").getString(0)).isEqualTo("Review"));
        assertThat(instancesOf(v1)).isZero();
        assertThat(instancesOf(v2)).isEqualTo(2);
        assertThat(admin.get("api/audit?action=PROCESS_INSTANCE_MIGRATED").expect(200).array()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aFailedJobIsListedWithItsErrorAndRetried() {
        String definition = deploy("incident-test.bpmn", TestResources.text("models/incident-test.bpmn"));
        String instance = start(definition, "INC-1");

        JsonObject incident = await(() -> admin.get("api/operations/incidents").expect(200).array().stream()
                .map(JsonValue::asJsonObject).filter(i -> instance.equals(i.getString("processInstanceId", null))).findFirst());
        assertThat(incident.getString("type")).isEqualTo("failedJob");
        assertThat(incident.getString("activityId")).isEqualTo("FailUntilFixed");
        assertThat(incident.getString("message")).contains("no-such-execution");
        String id = incident.getString("id");

        assertThat(admin.post("api/operations/incidents/" + id + "/resolve", "").status()).isEqualTo(400);
        assertThat(admin.as("innkjoper").post("api/operations/incidents/" + id + "/retry", "").status()).isEqualTo(403);
        assertThat(admin.post("api/operations/incidents/no-such-incident/retry", "").status()).isEqualTo(404);

        admin.send("PUT", "engine-rest/process-instance/" + instance + "/variables/fixed",
                Json.createObjectBuilder().add("value", true).add("type", "Boolean").build().toString()).expect(204);
        admin.post("api/operations/incidents/" + id + "/retry", "").expect(204);
        await(() -> admin.get("engine-rest/task?processInstanceId=" + instance).expect(200).array().stream().findFirst());
        assertThat(admin.get("api/operations/incidents").expect(200).array().stream().map(JsonValue::asJsonObject)
                .map(i -> i.getString("processInstanceId", ""))).doesNotContain(instance);
        assertThat(admin.get("api/audit?action=INCIDENT_RETRIED&subject=" + id).expect(200).array()).hasSize(1);
    }

    @Test
    void anAdminSeesACasesTimersAndVariables() {
        String caseNumber = admin.as("innkjoper").openCase("Tidtakar", "5006", "HEALTH_AND_CARE").getString("caseNumber");
        JsonArray timers = admin.get("api/operations/timers?caseNumber=" + caseNumber).expect(200).array();
        assertThat(timers).isNotEmpty();
        assertThat(timers.getJsonObject(0).getString("processDefinitionKey")).isEqualTo("ipt-needs-assessment");
        assertThat(timers.getJsonObject(0).getString("dueDate")).isNotBlank();

        JsonArray variables = admin.get("api/operations/cases/" + caseNumber + "/variables").expect(200).array();
        assertThat(variables.stream().map(v -> v.asJsonObject().getJsonObject("variables")))
                .anySatisfy(v -> assertThat(v.getString("caseNumber")).isEqualTo(caseNumber));
        assertThat(admin.as("innkjoper").get("api/operations/cases/" + caseNumber + "/variables").status()).isEqualTo(403);
        assertThat(admin.get("api/operations/cases/2099-999999/variables").status()).isEqualTo(404);
    }

    static <T> T await(Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Not there within 120 s");
    }
}

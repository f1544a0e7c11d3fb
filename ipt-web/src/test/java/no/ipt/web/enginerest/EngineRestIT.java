package no.ipt.web.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import no.ipt.web.testing.ApiClient;
import no.ipt.web.testing.TestResources;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Camunda's REST API at {@code /engine-rest}, as the desktop Camunda Modeler uses it: a multipart
 * deployment works for a platform admin and is refused without login or for any other role; IPT's own
 * API at {@code /api} keeps its problem+json dialect beside it.
 */
@ExtendWith(ArquillianExtension.class)
class EngineRestIT {

    @ArquillianResource
    URL deployment;

    private ApiClient anonymous;

    @BeforeEach
    void client() throws Exception {
        anonymous = new ApiClient(deployment.toURI());
    }

    /** The fields Camunda Modeler's deploy dialog sends, with the model as its file part. */
    static Map<String, String> modelerFields(String deploymentName) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", deploymentName);
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("deploy-changed-only", "true");
        return fields;
    }

    @Test
    void anAdminDeploysFromCamundaModelerAndOthersAreRefused() {
        Map<String, String> files = Map.of("engine-rest-smoke.bpmn", TestResources.text("models/engine-rest-smoke.bpmn"));

        ApiClient.Reply withoutLogin = anonymous.postMultipart("engine-rest/deployment/create", modelerFields("smoke"), files);
        assertThat(withoutLogin.status()).isEqualTo(401);
        ApiClient.Reply officer = anonymous.as("innkjoper").postMultipart("engine-rest/deployment/create",
                modelerFields("smoke"), files);
        assertThat(officer.status()).isEqualTo(403);
        assertThat(anonymous.as("innkjoper").get("engine-rest/process-definition").status()).isEqualTo(403);
        assertThat(anonymous.as("admin", "wrong-password").get("engine-rest/process-definition").status()).isEqualTo(401);
        assertThat(definitionsOf("ipt-engine-rest-smoke")).isZero();

        ApiClient admin = anonymous.as("admin");
        ApiClient.Reply deployed = admin.postMultipart("engine-rest/deployment/create", modelerFields("smoke"), files);
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
        JsonObject body = deployed.object();
        assertThat(body.getString("name")).isEqualTo("smoke");
        assertThat(body.getString("source")).isEqualTo("Camunda Modeler");
        assertThat(body.getJsonObject("deployedProcessDefinitions").keySet()).hasSize(1);
        assertThat(definitionsOf("ipt-engine-rest-smoke")).isEqualTo(1);

        // The same model again with deploy-changed-only: nothing new.
        ApiClient.Reply again = admin.postMultipart("engine-rest/deployment/create", modelerFields("smoke"), files);
        assertThat(again.status()).isEqualTo(200);
        assertThat(definitionsOf("ipt-engine-rest-smoke")).isEqualTo(1);

        // Camunda's user operation log names the admin: the request ran with their engine authentication.
        ApiClient.Reply log = admin.get("engine-rest/history/user-operation?operationType=Create&entityType=Deployment");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.array().stream().map(JsonValue::asJsonObject).map(o -> o.getString("userId", null)))
                .contains("admin");
    }

    @Test
    void anAdminReadsProcessDefinitionsAndTheIptApiKeepsItsOwnDialect() {
        ApiClient admin = anonymous.as("admin");
        ApiClient.Reply definitions = admin.get("engine-rest/process-definition?key=ipt-procurement-case");
        assertThat(definitions.status()).isEqualTo(200);
        assertThat(definitions.array()).isNotEmpty();
        assertThat(definitions.array().getJsonObject(0).getString("key")).isEqualTo("ipt-procurement-case");

        // Camunda's resources are not mounted a second time under /api, and /api errors stay problem+json.
        assertThat(admin.get("api/process-definition").status()).isEqualTo(404);
        ApiClient.Reply bad = admin.post("api/cases", "{not json");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        ApiClient.Reply unknown = admin.get("engine-rest/process-definition/no-such-id");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.object().getString("type")).isEqualTo("InvalidRequestException");
    }

    private int definitionsOf(String key) {
        return anonymous.as("admin").get("engine-rest/process-definition/count?key=" + key).expect(200)
                .object().getInt("count");
    }
}

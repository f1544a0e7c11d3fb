package no.ipt.web.api.models;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import no.ipt.web.testing.ApiClient;
import no.ipt.web.testing.TestResources;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deploying models through IPT's API ({@code /api/models}) and Camunda's ({@code /engine-rest}): a valid
 * changed model makes new cases use it while running cases stay on theirs, and is audited, listed and
 * diffed; a broken BPMN, a broken DMN and a user task without candidate group are refused with the
 * element at fault, and nothing is deployed.
 */
@ExtendWith(ArquillianExtension.class)
class ModelDeploymentIT {

    static final String NEEDS_MODEL = "processes/needs-assessment/needs-assessment.bpmn";
    static final String NEEDS_PROCESS = "ipt-needs-assessment";

    @ArquillianResource
    URL deployment;

    private ApiClient admin;
    private URI base;

    @BeforeEach
    void client() throws Exception {
        base = deployment.toURI();
        admin = new ApiClient(base).as("admin");
    }

    /** POSTs a model's XML as an admin (or another user) would: the body is the file. */
    ApiClient.Reply deploy(String user, String fileName, String xml) {
        return admin.as(user).post("api/models/" + fileName, "application/xml", xml);
    }

    int versions(String key) {
        return admin.get("engine-rest/process-definition/count?key=" + key).expect(200).object().getInt("count");
    }

    @Test
    void aChangedModelServesNewCasesWhileRunningCasesStayOnTheirs() {
        String original = TestResources.text(NEEDS_MODEL);
        String changed = original.replace("name=\"Beskriv behovet\"", "name=\"Beskriv behovet (ny versjon)\"");
        assertThat(changed).isNotEqualTo(original);
        ApiClient officer = admin.as("innkjoper");
        String running = officer.openCase("Før endringa", "5006", "HEALTH_AND_CARE").getString("caseNumber");
        int before = versions(NEEDS_PROCESS);
        try {
            assertThat(deploy("innkjoper", "needs-assessment.bpmn", changed).status()).isEqualTo(403);
            ApiClient.Reply deployed = deploy("admin", "needs-assessment.bpmn", changed);
            assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
            JsonObject definition = deployed.object().getJsonArray("definitions").getJsonObject(0);
            assertThat(definition.getString("key")).isEqualTo(NEEDS_PROCESS);
            assertThat(definition.getInt("version")).isEqualTo(before + 1);
            assertThat(definition.getInt("previousVersion")).isEqualTo(before);
            assertThat(versions(NEEDS_PROCESS)).isEqualTo(before + 1);

            // The same file again: nothing new.
            ApiClient.Reply again = deploy("admin", "needs-assessment.bpmn", changed);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.object().getBoolean("changed")).isFalse();
            assertThat(versions(NEEDS_PROCESS)).isEqualTo(before + 1);

            String fresh = officer.openCase("Etter endringa", "5006", "HEALTH_AND_CARE").getString("caseNumber");
            assertThat(officer.tasksOf(running).getJsonObject(0).getString("name")).isEqualTo("Beskriv behovet");
            assertThat(officer.tasksOf(fresh).getJsonObject(0).getString("name")).isEqualTo("Beskriv behovet (ny versjon)");

            JsonArray audit = admin.get("api/audit?action=MODEL_DEPLOYED&subject=" + NEEDS_PROCESS).expect(200).array();
            JsonObject event = audit.getJsonObject(0);
            assertThat(event.getString("actor")).isEqualTo("admin");
            assertThat(event.getString("before")).contains("\"version\":" + before);
            assertThat(event.getString("after")).contains("\"version\":" + (before + 1)).contains("needs-assessment.bpmn");

            JsonObject entry = admin.get("api/models").expect(200).array().stream().map(JsonValue::asJsonObject)
                    .filter(e -> e.getString("key").equals(NEEDS_PROCESS)).findFirst().orElseThrow();
            JsonObject newest = entry.getJsonArray("versions").getJsonObject(0);
            assertThat(newest.getInt("version")).isEqualTo(before + 1);
            assertThat(newest.getString("deployedBy")).isEqualTo("admin");
            assertThat(newest.getJsonNumber("runningInstances").longValue()).isEqualTo(1);
            assertThat(entry.getJsonArray("versions").getJsonObject(1).getJsonNumber("runningInstances").longValue())
                    .isGreaterThanOrEqualTo(1);

            String id = newest.getString("definitionId");
            assertThat(admin.get("api/models/definitions/" + id + "/xml").expect(200).body()).contains("Beskriv behovet (ny versjon)");
            JsonObject diff = admin.get("api/models/definitions/" + id + "/diff").expect(200).object();
            assertThat(diff.getJsonArray("changed")).singleElement().satisfies(c -> {
                assertThat(c.asJsonObject().getString("id")).isEqualTo("DescribeNeed");
                assertThat(c.asJsonObject().getString("nameBefore")).isEqualTo("Beskriv behovet");
            });
            assertThat(diff.getJsonArray("added")).isEmpty();
            assertThat(admin.get("api/models/definitions/no-such-id/diff").status()).isEqualTo(404);
        } finally {
            // Leave the original model the newest, for the other test classes on this database.
            deploy("admin", "needs-assessment.bpmn", original);
        }
    }

    @Test
    void brokenModelsAreRefusedWithTheElementAtFaultAndNothingIsDeployed() {
        int before = versions(NEEDS_PROCESS);
        String original = TestResources.text(NEEDS_MODEL);

        ApiClient.Reply syntax = deploy("admin", "needs-assessment.bpmn", original.replace("</bpmn:process>", ""));
        assertThat(syntax.status()).isEqualTo(400);
        assertThat(syntax.contentType()).startsWith("application/problem+json");
        assertThat(syntax.object().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("invalid-bpmn");

        ApiClient.Reply noGroup = deploy("admin", "needs-assessment.bpmn",
                original.replace("camunda:candidateGroups=\"procurement-officer\"", ""));
        assertThat(noGroup.status()).isEqualTo(400);
        assertThat(noGroup.object().getJsonArray("errors")).singleElement().satisfies(e -> {
            assertThat(e.asJsonObject().getString("field")).isEqualTo("DescribeNeed");
            assertThat(e.asJsonObject().getString("code")).isEqualTo("no-candidate-group");
        });

        ApiClient.Reply unknownBean = deploy("admin", "needs-assessment.bpmn",
                original.replace("${overdueTasks.escalate", "${overdueTask.escalate"));
        assertThat(unknownBean.status()).isEqualTo(400);
        assertThat(unknownBean.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("EscalateDescribeNeed");

        ApiClient.Reply dmn = deploy("admin", "broken.dmn", TestResources.text("models/invalid.dmn"));
        assertThat(dmn.status()).isEqualTo(400);
        assertThat(dmn.object().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("invalid-dmn");
        assertThat(admin.get("engine-rest/decision-definition/count?key=broken-decision").expect(200).object().getInt("count")).isZero();

        // The same checks guard Camunda's REST API, i.e. Camunda Modeler's deploy dialog.
        ApiClient.Reply modeler = admin.postMultipart("engine-rest/deployment/create",
                Map.of("deployment-name", "needs", "deployment-source", "Camunda Modeler", "deploy-changed-only", "true"),
                Map.of("needs-assessment.bpmn", original.replace("camunda:formKey=\"ipt:describe-need\"", "camunda:formKey=\"ipt:nope\"")));
        assertThat(modeler.status()).isEqualTo(400);
        assertThat(modeler.body()).contains("ipt:nope").contains("DescribeNeed");

        assertThat(versions(NEEDS_PROCESS)).isEqualTo(before);
        assertThat(admin.get("api/audit?action=MODEL_DEPLOYED&subject=broken-decision").expect(200).array()).isEmpty();
    }
}

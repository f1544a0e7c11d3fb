package no.ipt.web.startup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import no.ipt.web.testing.ApiClient;
import no.ipt.web.testing.MicroNode;
import org.junit.jupiter.api.Test;

/**
 * Everything a user saw acknowledged is in PostgreSQL: after a crash (SIGKILL) and a restart the
 * case, its process state and its open task are all there, and the restart deploys no new models.
 */
class RestartSafetyIT {

    @Test
    void aCrashedServerComesBackWithEveryAcknowledgedChange() {
        String number;
        String definitionsBefore;
        try (MicroNode first = MicroNode.start("before-crash")) {
            ApiClient api = first.api("innkjoper");
            number = api.openCase("Besøksheim barnevern", "5006", "CHILD_WELFARE").getString("caseNumber");
            String taskId = api.tasksOf(number).getJsonObject(0).getString("id");
            api.complete(taskId, api.getCase(number).getJsonNumber("version").longValue(),
                    ApiClient.need("Besøksheim på gård for 3 barn", 3)).expect(204);
            definitionsBefore = processDefinitions(first);
            first.crash();
        }

        try (MicroNode second = MicroNode.start("after-crash")) {
            ApiClient api = second.api("innkjoper");
            JsonObject c = api.getCase(number);
            assertThat(c.getString("needDescription")).isEqualTo("Besøksheim på gård for 3 barn");
            assertThat(c.getString("stage")).isEqualTo("NEEDS_ASSESSMENT");
            assertThat(c.getJsonArray("activeActivities").getString(0)).isEqualTo("SteeringGroupDecision");
            assertThat(second.api("styre1").vote(number, "APPROVE", null).expect(200).object().getBoolean("decided"))
                    .isFalse();
            assertThat(processDefinitions(second)).isEqualTo(definitionsBefore);

            assertThat(second.api("styre2").vote(number, "APPROVE", null).expect(200).object().getBoolean("decided"))
                    .isTrue();
            assertThat(api.getCase(number).getString("stage")).isEqualTo("SUPPLIER_MOBILISATION");
        }
    }

    private static String processDefinitions(MicroNode node) {
        JsonObject health = new ApiClient(node.baseUri()).get("health/ready").expect(200).object();
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("process-engine"))
                .map(c -> c.getJsonObject("data").get("processDefinitions").toString())
                .findFirst().orElseThrow();
    }
}

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

    /**
     * Officers complete tasks on many cases at once when the server is killed. After the restart every
     * completion a client saw acknowledged (204) is there, and no case is half-done: each has either its
     * need described and its decision point open, or neither.
     */
    @Test
    void aServerKilledUnderLoadLosesNoAcknowledgedCompletionAndLeavesNoCaseHalfDone() throws Exception {
        int caseCount = 16;
        java.util.List<String> numbers = new java.util.ArrayList<>();
        java.util.Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (MicroNode first = MicroNode.start("crash-under-load")) {
            ApiClient api = first.api("innkjoper");
            for (int i = 0; i < caseCount; i++) {
                numbers.add(api.openCase("Last " + i, "5006", "HEALTH_AND_CARE").getString("caseNumber"));
            }
            java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
            java.util.concurrent.CountDownLatch someDone = new java.util.concurrent.CountDownLatch(4);
            for (String number : numbers) {
                clients.submit(() -> {
                    try {
                        String taskId = api.tasksOf(number).getJsonObject(0).getString("id");
                        ApiClient.Reply reply = api.complete(taskId, api.getCase(number).getJsonNumber("version")
                                .longValue(), ApiClient.need("Under last " + number, 4));
                        if (reply.status() == 204) {
                            acknowledged.add(number);
                            someDone.countDown();
                        }
                    } catch (RuntimeException connectionLost) {
                        // the server died under this request: the client never saw it acknowledged
                    }
                });
            }
            assertThat(someDone.await(120, java.util.concurrent.TimeUnit.SECONDS)).as("completions before the crash").isTrue();
            first.crash();
            clients.shutdownNow();
            clients.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        }

        try (MicroNode second = MicroNode.start("after-crash-under-load")) {
            ApiClient api = second.api("innkjoper");
            for (String number : numbers) {
                JsonObject c = api.getCase(number);
                boolean described = c.containsKey("needDescription") && !c.isNull("needDescription");
                String waitingAt = c.getJsonArray("activeActivities").getString(0);
                if (acknowledged.contains(number)) {
                    assertThat(described).as(number + " was acknowledged").isTrue();
                }
                assertThat(waitingAt).as(number + ": described " + described)
                        .isEqualTo(described ? "SteeringGroupDecision" : "DescribeNeed");
            }
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

package no.ipt.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
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
 * The real WAR on Payara Micro, driven over HTTP like any client: open a case, work its tasks, and
 * see that a failing domain write rolls the engine's task completion back with it.
 */
@ExtendWith(ArquillianExtension.class)
class CaseLifecycleApiIT {

    @ArquillianResource
    URL deployment;

    /** A procurement officer of Steinkjer (demo user). */
    private ApiClient api;
    /** A steering-group member of Steinkjer. */
    private ApiClient steering;

    @BeforeEach
    void client() throws Exception {
        api = new ApiClient(deployment.toURI()).as("innkjoper");
        steering = new ApiClient(deployment.toURI()).as("styre1");
    }

    @Test
    void theServerReportsDatabaseAndEngineReady() throws Exception {
        ApiClient server = new ApiClient(new URI(deployment.getProtocol(), null, deployment.getHost(),
                deployment.getPort(), "/", null, null));
        JsonObject health = server.get("health/ready").expect(200).object();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("name")).contains("database", "process-engine");
    }

    @Test
    void anOpenedCaseWaitsForTheOfficerToDescribeTheNeed() {
        JsonObject opened = api.openCase("Dagplasser demens", "5006", "HEALTH_AND_CARE");
        String number = opened.getString("caseNumber");
        assertThat(number).matches("IPT-\\d{4}-\\d{5,}");
        assertThat(opened.getString("stage")).isEqualTo("NEEDS_ASSESSMENT");
        assertThat(opened.getString("status")).isEqualTo("OPEN");

        JsonObject read = api.getCase(number);
        assertThat(read.getJsonArray("activeActivities").getString(0)).isEqualTo("DescribeNeed");
        JsonArray tasks = api.tasksOf(number);
        assertThat(tasks).hasSize(1);
        JsonObject task = tasks.getJsonObject(0);
        assertThat(task.getString("taskDefinitionKey")).isEqualTo("DescribeNeed");
        assertThat(task.getString("formKey")).isEqualTo("ipt:describe-need");
        assertThat(task.getJsonArray("candidateGroups").getString(0)).isEqualTo("procurement-officer");
        assertThat(task.getString("caseNumber")).isEqualTo(number);
    }

    @Test
    void anOfficerAndTheSteeringGroupTakeTheCaseToTheMarket() throws Exception {
        String number = api.openCase("Grønt arbeid", "5006", "WORK_TRAINING_AND_MENTAL_HEALTH").getString("caseNumber");
        String describe = api.tasksOf(number).getJsonObject(0).getString("id");

        JsonObject claimed = api.post("api/tasks/" + describe + "/claim", "").expect(200).object();
        assertThat(claimed.getString("assignee")).isEqualTo("innkjoper");
        api.complete(describe, api.getCase(number).getJsonNumber("version").longValue(),
                ApiClient.need("Arbeidstrening på gård for 6 deltakere", 6)).expect(204);

        JsonObject afterDescribe = api.getCase(number);
        assertThat(afterDescribe.getString("needDescription")).isEqualTo("Arbeidstrening på gård for 6 deltakere");
        assertThat(afterDescribe.getInt("participants")).isEqualTo(6);
        assertThat(api.tasksOf(number)).as("the officer is no candidate for the decision").isEmpty();
        JsonObject decision = steering.tasksOf(number).getJsonObject(0);
        assertThat(decision.getString("taskDefinitionKey")).isEqualTo("SteeringGroupDecision");
        assertThat(decision.getString("formKey")).isEqualTo("ipt:decision-point");
        assertThat(decision.getJsonArray("candidateGroups").getString(0)).isEqualTo("steering-group");
        assertThat(api.complete(decision.getString("id"), afterDescribe.getJsonNumber("version").longValue(),
                Map.of("decision", "APPROVE")).status()).as("an officer may not decide for the steering group").isEqualTo(403);
        ApiClient.Reply direct = steering.complete(decision.getString("id"),
                afterDescribe.getJsonNumber("version").longValue(), Map.of("decision", "APPROVE"));
        assertThat(direct.status()).as("a decision is made by votes, not by completing the task").isEqualTo(400);
        assertThat(api.vote(number, "APPROVE", null).status()).as("only members vote").isEqualTo(403);

        JsonObject open = steering.get("api/cases/" + number + "/decision").expect(200).object();
        assertThat(open.getString("stage")).isEqualTo("NEEDS_ASSESSMENT");
        assertThat(open.getJsonArray("members")).hasSize(3);
        JsonObject first = steering.vote(number, "APPROVE", null).expect(200).object();
        assertThat(first.getBoolean("decided")).as("1 of 3 members is no majority").isFalse();
        assertThat(steering.vote(number, "REJECT", null).status()).as("a rejection needs a reason").isEqualTo(400);
        JsonObject second = steering2().vote(number, "APPROVE", "Godt grunnlag").expect(200).object();
        assertThat(second.getBoolean("decided")).isTrue();
        assertThat(second.getString("outcome")).isEqualTo("APPROVE");

        JsonObject approved = api.getCase(number);
        assertThat(approved.getString("stage")).isEqualTo("SUPPLIER_MOBILISATION");
        JsonArray next = api.tasksOf(number);
        assertThat(next).as("the approved need goes to the market: the officer plans the dialogue").hasSize(1);
        assertThat(next.getJsonObject(0).getString("taskDefinitionKey")).isEqualTo("PlanMarketDialogue");
        assertThat(steering.tasksOf(number)).isEmpty();
        assertThat(steering.get("api/cases/" + number + "/decision").status()).isEqualTo(409);

        long pointId = second.getJsonNumber("id").longValue();
        JsonObject minuted = steering.post("api/cases/" + number + "/decisions/" + pointId + "/minutes",
                Map.of("text", "Styringsgruppa godkjende behovet. Vidare til marknaden.")).expect(200).object();
        assertThat(minuted.getString("status")).isEqualTo("CONCLUDED");
        assertThat(steering.get("api/cases/" + number + "/decisions").expect(200).array()).hasSize(1);
    }

    /** The project lead makes the case's decisions unanimous: two of three members no longer decide. */
    @Test
    void aCaseDecidesByTheQuorumRuleItsProjectLeadChose() throws Exception {
        String number = api.openCase("Einstemmig styringsgruppe", "5006", "HEALTH_AND_CARE").getString("caseNumber");
        long version = api.getCase(number).getJsonNumber("version").longValue();
        ApiClient lead = new ApiClient(deployment.toURI()).as("prosjektleder");
        String path = "api/cases/" + number + "/quorum-rule";
        assertThat(api.put(path, "{\"quorumRule\":\"SHARE_OF_MEMBERS 3/3\",\"version\":" + version + "}").status())
                .as("an officer does not choose the rule").isEqualTo(403);
        assertThat(lead.put(path, "{\"quorumRule\":\"ALL OF THEM\",\"version\":" + version + "}").status())
                .isEqualTo(400);
        assertThat(lead.put(path, "{\"quorumRule\":\"MAJORITY_OF_VOTES_CAST 9\",\"version\":" + version + "}").status())
                .as("nine present can never be met by three members").isEqualTo(400);
        assertThat(lead.put(path, "{\"quorumRule\":\"SHARE_OF_MEMBERS 3/3\",\"version\":" + (version - 1) + "}").status())
                .isEqualTo(409);
        JsonObject chosen = lead.put(path, "{\"quorumRule\":\"SHARE_OF_MEMBERS 3/3\",\"version\":" + version + "}")
                .expect(200).object();
        assertThat(chosen.getString("quorumRule")).isEqualTo("SHARE_OF_MEMBERS 3/3");

        String taskId = api.tasksOf(number).getJsonObject(0).getString("id");
        api.complete(taskId, chosen.getJsonNumber("version").longValue(), ApiClient.need("Dagplassar", 8)).expect(204);
        assertThat(steering.vote(number, "APPROVE", null).expect(200).object().getBoolean("decided")).isFalse();
        JsonObject second = steering2().vote(number, "APPROVE", null).expect(200).object();
        assertThat(second.getString("quorumRule")).isEqualTo("SHARE_OF_MEMBERS 3/3");
        assertThat(second.getBoolean("decided")).as("two of three is not unanimous").isFalse();
        JsonObject third = new ApiClient(deployment.toURI()).as("styre3").vote(number, "APPROVE", null).expect(200).object();
        assertThat(third.getBoolean("decided")).isTrue();
        assertThat(api.getCase(number).getString("stage")).isEqualTo("SUPPLIER_MOBILISATION");
    }

    @Test
    void aFailingDomainWriteRollsBackTheTaskCompletion() {
        String number = api.openCase("Avlastning barnevern", "5006", "CHILD_WELFARE").getString("caseNumber");
        JsonObject before = api.getCase(number);
        String taskId = api.tasksOf(number).getJsonObject(0).getString("id");
        long stale = before.getJsonNumber("version").longValue() - 1;

        // The engine completes the task first; the case then refuses the stale version.
        ApiClient.Reply reply = api.complete(taskId, stale,
                ApiClient.need("Avlastning for barn som bor hjemme", 4));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getString("type")).endsWith("/conflict");
        JsonArray tasks = api.tasksOf(number);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.getJsonObject(0).getString("id")).isEqualTo(taskId);
        assertThat(tasks.getJsonObject(0).getString("taskDefinitionKey")).isEqualTo("DescribeNeed");
        JsonObject after = api.getCase(number);
        assertThat(after.containsKey("needDescription")).isFalse();
        assertThat(after.getJsonNumber("version").longValue()).isEqualTo(before.getJsonNumber("version").longValue());

        // With the right version the same completion goes through.
        api.complete(taskId, after.getJsonNumber("version").longValue(),
                ApiClient.need("Avlastning for barn som bor hjemme", 4)).expect(204);
        assertThat(steering.tasksOf(number).getJsonObject(0).getString("taskDefinitionKey")).isEqualTo("SteeringGroupDecision");
    }

    private ApiClient steering2() throws Exception {
        return new ApiClient(deployment.toURI()).as("styre2");
    }

    @Test
    void badInputGetsAProblemAndChangesNothing() {
        int casesBefore = api.get("api/cases").expect(200).array().size();

        ApiClient.Reply badMunicipality = api.post("api/cases",
                Map.of("title", "x", "municipalityNumber", "33", "serviceArea", "HEALTH_AND_CARE"));
        assertThat(badMunicipality.status()).isEqualTo(400);
        assertThat(badMunicipality.contentType()).startsWith("application/problem+json");
        assertThat(badMunicipality.object().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("municipalityNumber");

        ApiClient.Reply badArea = api.post("api/cases",
                Map.of("title", "x", "municipalityNumber", "5006", "serviceArea", "GOLF"));
        assertThat(badArea.status()).isEqualTo(400);
        assertThat(badArea.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("serviceArea");

        ApiClient.Reply malformed = api.post("api/cases", "{\"title\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("at org.");

        assertThat(api.get("api/cases/IPT-1999-99999").status()).isEqualTo(404);
        assertThat(api.get("api/cases/not-a-case").status()).isEqualTo(404);
        assertThat(api.post("api/tasks/no-such-task/complete", "{\"caseVersion\":1,\"values\":{}}").status())
                .isEqualTo(404);
        assertThat(api.get("api/cases").expect(200).array()).hasSize(casesBefore);

        String number = api.openCase("Språktrening flyktninger", "5006", "INTEGRATION").getString("caseNumber");
        JsonObject c = api.getCase(number);
        String taskId = api.tasksOf(number).getJsonObject(0).getString("id");
        ApiClient.Reply missing = api.complete(taskId, c.getJsonNumber("version").longValue(),
                Map.of("participants", "many"));
        assertThat(missing.status()).isEqualTo(400);
        ApiClient.Reply unknownField = api.complete(taskId, c.getJsonNumber("version").longValue(),
                Map.of("needDescription", "x", "participants", 2, "drop table", "1"));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("drop table");
        assertThat(api.tasksOf(number).getJsonObject(0).getString("id")).isEqualTo(taskId);
        assertThat(api.getCase(number).getJsonNumber("version").longValue())
                .isEqualTo(c.getJsonNumber("version").longValue());
    }

    /** Eight officers complete the same task at the same moment: exactly one succeeds, the others are told why. */
    @Test
    void concurrentCompletionsOfOneTaskGiveExactlyOneSuccess() throws Exception {
        String number = api.openCase("Samtidige innkjøparar", "5006", "HEALTH_AND_CARE").getString("caseNumber");
        String taskId = api.tasksOf(number).getJsonObject(0).getString("id");
        long version = api.getCase(number).getJsonNumber("version").longValue();
        int clients = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<ApiClient.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int n = i;
                replies.add(pool.submit(() -> {
                    start.await();
                    return api.complete(taskId, version, ApiClient.need("Versjon " + n, 3));
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var reply : replies) {
                ApiClient.Reply r = reply.get(120, java.util.concurrent.TimeUnit.SECONDS);
                statuses.add(r.status());
                if (r.status() != 204) {
                    assertThat(r.contentType()).startsWith("application/problem+json");
                }
            }
            assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
            assertThat(statuses).filteredOn(s -> s != 204).allMatch(s -> s == 409 || s == 404);
        } finally {
            pool.shutdownNow();
        }
        JsonObject after = api.getCase(number);
        assertThat(after.getJsonNumber("version").longValue()).isEqualTo(version + 1);
        assertThat(after.getString("needDescription")).startsWith("Versjon ");
        assertThat(steering.tasksOf(number)).hasSize(1);
    }

    /** The test server escalates an undescribed need after 20 s (arquillian.xml); production waits 14 days. */
    @Test
    void theJobExecutorFiresTheReminderTimerAndEscalatesTheTask() throws InterruptedException {
        String number = api.openCase("Skoleklasser på gården", "5006", "SCHOOL_AND_UPBRINGING").getString("caseNumber");
        JsonObject task = api.tasksOf(number).getJsonObject(0);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        while (task.getInt("priority") != 80 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            task = api.tasksOf(number).getJsonObject(0);
        }
        assertThat(task.getInt("priority")).isEqualTo(80);
        assertThat(task.getJsonArray("candidateGroups").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("procurement-officer", "project-lead");
        assertThat(task.getString("taskDefinitionKey")).isEqualTo("DescribeNeed");
        assertThat(api.getCase(number).getJsonArray("activeActivities").getString(0)).isEqualTo("DescribeNeed");
    }
}

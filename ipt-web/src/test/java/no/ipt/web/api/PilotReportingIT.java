package no.ipt.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.ipt.web.testing.ApiClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A pilot's reporting to the funder over HTTP on the real WAR with the demo data: the Vestland pilot's
 * reports are overdue, so its reporting process (started at start-up) raises the report task at once
 * for the county pilot lead; submitting the report completes it and raises the next.
 */
@ExtendWith(ArquillianExtension.class)
class PilotReportingIT {

    static final String VESTLAND = "IPT-løftet 2 Vestland";

    @ArquillianResource
    URL deployment;

    private ApiClient countyLead;
    private ApiClient steinkjer;
    private ApiClient admin;

    @BeforeEach
    void clients() throws Exception {
        ApiClient anonymous = new ApiClient(deployment.toURI());
        countyLead = anonymous.as("fylke.vestland");
        steinkjer = anonymous.as("innkjoper");
        admin = anonymous.as("admin");
    }

    private JsonObject vestland(ApiClient client) {
        JsonArray pilots = client.get("api/pilots").expect(200).array();
        return pilots.getValuesAs(JsonObject.class).stream().filter(p -> p.getString("name").equals(VESTLAND))
                .findFirst().orElseThrow();
    }

    private JsonArray reportTasks() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        JsonArray tasks = countyLead.get("api/tasks?candidateGroup=county-pilot-lead").expect(200).array();
        while (tasks.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            tasks = countyLead.get("api/tasks?candidateGroup=county-pilot-lead").expect(200).array();
        }
        return tasks;
    }

    @Test
    void theCountyPilotLeadSeesItsPilotOnlyAndOtherTenantsNone() {
        JsonArray pilots = countyLead.get("api/pilots").expect(200).array();
        assertThat(pilots).hasSize(1);
        JsonObject pilot = pilots.getJsonObject(0);
        assertThat(pilot.getString("name")).isEqualTo(VESTLAND);
        assertThat(pilot.getJsonArray("municipalities").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactlyInAnyOrder("4613", "4649");
        assertThat(steinkjer.get("api/pilots").expect(200).array()).isEmpty();
        assertThat(steinkjer.get("api/pilots/" + pilot.getJsonNumber("id").longValue()).status()).isEqualTo(404);
        assertThat(admin.get("api/pilots").expect(200).array().size()).isGreaterThanOrEqualTo(3);
        assertThat(countyLead.get("api/pilots/1x").status()).isEqualTo(404);
    }

    @Test
    void anOverdueReportIsRaisedAndSubmittingItRaisesTheNext() throws InterruptedException {
        JsonArray tasks = reportTasks();
        assertThat(tasks).hasSize(1);
        JsonObject task = tasks.getJsonObject(0);
        assertThat(task.getString("taskDefinitionKey")).isEqualTo("SubmitReport");
        assertThat(task.getString("formKey")).isEqualTo("ipt:pilot/report");
        // the task is done by submitting the report, not by completing the task
        assertThat(countyLead.complete(task.getString("id"), 0, Map.of()).status()).isEqualTo(400);

        JsonObject pilot = vestland(countyLead);
        long id = pilot.getJsonNumber("id").longValue();
        long version = pilot.getJsonNumber("version").longValue();
        JsonObject first = pilot.getJsonArray("reports").getJsonObject(0);
        assertThat(first.getBoolean("overdue")).isTrue();
        String due = first.getString("dueDate");

        // bad input and stale versions change nothing
        assertThat(countyLead.post("api/pilots/" + id + "/reports/" + due + "/submission",
                Map.of("summary", " ", "version", version)).status()).isEqualTo(400);
        assertThat(countyLead.post("api/pilots/" + id + "/reports/" + due + "/submission",
                Map.of("summary", "Status", "version", version - 1)).status()).isEqualTo(409);
        assertThat(countyLead.post("api/pilots/" + id + "/reports/2021-01-01/submission",
                Map.of("summary", "Status", "version", version)).status()).isEqualTo(400);
        assertThat(countyLead.post("api/pilots/" + id + "/reports", Map.of("kind", "WEEKLY", "dueDate", "2021-09-30",
                "version", version)).status()).isEqualTo(400);
        assertThat(steinkjer.post("api/pilots/" + id + "/reports/" + due + "/submission",
                Map.of("summary", "Status", "version", version)).status())
                .as("an officer may report for no pilot, so the role answers first").isEqualTo(403);

        JsonObject after = countyLead.post("api/pilots/" + id + "/reports/" + due + "/submission",
                Map.of("summary", "Tolv deltakarar i arbeidstrening", "version", version)).expect(200).object();
        JsonObject sent = after.getJsonArray("reports").getJsonObject(0);
        assertThat(sent.getBoolean("submitted")).isTrue();
        assertThat(sent.getString("submittedBy")).isEqualTo("fylke.vestland");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        JsonArray next = reportTasks();
        while ((next.isEmpty() || next.getJsonObject(0).getString("id").equals(task.getString("id")))
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
            next = reportTasks();
        }
        assertThat(next).hasSize(1);
        assertThat(next.getJsonObject(0).getString("id")).isNotEqualTo(task.getString("id"));

        JsonArray audit = admin.get("api/audit?action=PILOT_REPORT_SUBMITTED").expect(200).array();
        assertThat(audit).isNotEmpty();
    }
}

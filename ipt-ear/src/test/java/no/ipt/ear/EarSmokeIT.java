package no.ipt.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.ipt.web.testing.ApiClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built EAR on a full Payara Server, driven over HTTP: the server reports database and engine
 * ready, and one case goes from the officer's description through the steering group's approval to
 * supplier mobilisation, as on Payara Micro. The application's start-up (migrations, engine, models)
 * runs once, though the EAR's libraries are a bean archive of their own.
 */
@ExtendWith(ArquillianExtension.class)
class EarSmokeIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("ipt.ear")));
    }

    /** The web module's root, {@code http://host:8080/ipt/}. */
    @ArquillianResource
    URL webModule;

    @Test
    void theStartUpRanOnce() throws Exception {
        // The build gives every run a fresh domain1, so its log holds this deployment only.
        String log = Files.readString(Path.of(System.getProperty("payara.home"),
                "glassfish", "domains", "domain1", "logs", "server.log"));
        assertThat(log).containsOnlyOnce("Domain schema migrated to version").containsOnlyOnce("Process engine 'default' started");
    }

    @Test
    void aCaseGoesThroughTheEarToTheMarket() throws Exception {
        ApiClient server = new ApiClient(new URI(webModule.getProtocol(), null, webModule.getHost(),
                webModule.getPort(), "/", null, null));
        JsonObject health = server.get("health/ready").expect(200).object();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("name")).contains("database", "process-engine");

        ApiClient api = new ApiClient(webModule.toURI()).as("innkjoper");
        ApiClient steering = new ApiClient(webModule.toURI()).as("styre1");
        assertThat(new ApiClient(webModule.toURI()).get("api/cases").status()).as("no API without login").isEqualTo(401);
        assertThat(webModule.getPath()).startsWith("/ipt");
        JsonObject opened = api.openCase("Grønt arbeid", "5006", "WORK_TRAINING_AND_MENTAL_HEALTH");
        String number = opened.getString("caseNumber");
        assertThat(opened.getString("stage")).isEqualTo("NEEDS_ASSESSMENT");

        JsonObject describe = api.tasksOf(number).getJsonObject(0);
        assertThat(describe.getString("taskDefinitionKey")).isEqualTo("DescribeNeed");
        api.complete(describe.getString("id"), api.getCase(number).getJsonNumber("version").longValue(),
                ApiClient.need("Arbeidstrening på gård for 6 deltakere", 6)).expect(204);

        JsonObject decision = steering.tasksOf(number).getJsonObject(0);
        assertThat(decision.getString("taskDefinitionKey")).isEqualTo("SteeringGroupDecision");
        steering.vote(number, "APPROVE", null).expect(200);
        new ApiClient(webModule.toURI()).as("styre2").vote(number, "APPROVE", null).expect(200);

        JsonObject approved = api.getCase(number);
        assertThat(approved.getString("stage")).isEqualTo("SUPPLIER_MOBILISATION");
        assertThat(approved.getBoolean("processActive")).as("the case goes on to the market").isTrue();
        assertThat(api.tasksOf(number).getJsonObject(0).getString("taskDefinitionKey")).isEqualTo("PlanMarketDialogue");
    }
}

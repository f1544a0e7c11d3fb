package no.ipt.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import no.ipt.web.testing.ApiClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The steering groups' inbox over HTTP ({@code GET /api/decisions?open=}) and a farm's approvals and
 * agreements ({@code GET /api/farms/{orgNo}/dealings}), each within the caller's municipalities.
 */
@ExtendWith(ArquillianExtension.class)
class DecisionInboxIT {

    @ArquillianResource
    URL deployment;

    private ApiClient anonymous;

    @BeforeEach
    void client() throws Exception {
        anonymous = new ApiClient(deployment.toURI());
    }

    @Test
    void theOpenAndDecidedPointsOfTheCallersMunicipalityOnly() {
        ApiClient officer = anonymous.as("innkjoper");
        JsonObject opened = officer.openCase("Innboks over API", "5006", "HEALTH_AND_CARE");
        String number = opened.getString("caseNumber");
        assertThat(numbers(anonymous.as("styre1").get("api/decisions?open=true").expect(200).array()))
                .as("still describing its need").doesNotContain(number);
        officer.complete(officer.tasksOf(number).getJsonObject(0).getString("id"),
                opened.getJsonNumber("version").longValue(), ApiClient.need("Dagtilbud for 6", 6)).expect(204);

        JsonArray open = anonymous.as("styre1").get("api/decisions").expect(200).array();
        JsonObject point = open.getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("caseNumber").equals(number)).findFirst().orElseThrow();
        assertThat(point.getBoolean("decided")).isFalse();
        assertThat(point.getJsonArray("members")).hasSize(3);
        assertThat(numbers(anonymous.as("evaluator").get("api/decisions?open=true").expect(200).array()))
                .as("every role within the municipality reads them").contains(number);
        assertThat(numbers(anonymous.as("innkjoper.kongsberg").get("api/decisions?open=true").expect(200).array()))
                .doesNotContain(number);
        assertThat(anonymous.as("gard.vang").get("api/decisions").expect(200).array()).isEmpty();

        for (String member : List.of("styre1", "styre2")) {
            anonymous.as(member).vote(number, "APPROVE", null).expect(200);
        }
        assertThat(numbers(anonymous.as("styre1").get("api/decisions?open=true").expect(200).array()))
                .doesNotContain(number);
        JsonArray decided = anonymous.as("styre1").get("api/decisions?open=false").expect(200).array();
        JsonObject done = decided.getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("caseNumber").equals(number)).findFirst().orElseThrow();
        assertThat(done.getString("outcome")).isEqualTo("APPROVE");
        assertThat(decided.getValuesAs(JsonObject.class)).as("Binde school's minutes from the demo data")
                .anyMatch(d -> d.getString("minutes", "").startsWith("Styringsgruppa godkjende behovet"));
        assertThat(numbers(anonymous.as("innkjoper.kongsberg").get("api/decisions?open=false").expect(200).array()))
                .doesNotContain(number);
        assertThat(anonymous.as("styre1").get("api/decisions?open=maybe").status()).isEqualTo(400);
    }

    @Test
    void aFarmsApprovalsAndAgreementsAreItsMunicipalitysOwn() {
        JsonObject steinkjer = anonymous.as("innkjoper").get("api/farms/910000055/dealings").expect(200).object();
        assertThat(steinkjer.getJsonArray("approvals").getValuesAs(JsonObject.class))
                .anyMatch(a -> a.getString("municipalityNumber").equals("5006") && "APPROVED".equals(a.getString("decision", null))
                        && !a.isNull("expires"));
        JsonObject kongsberg = anonymous.as("innkjoper.kongsberg").get("api/farms/910000055/dealings").expect(200).object();
        assertThat(kongsberg.getJsonArray("approvals")).isEmpty();
        assertThat(kongsberg.getJsonArray("agreements")).isEmpty();
        assertThat(anonymous.as("gard.vang").get("api/farms/910000055/dealings").status()).isEqualTo(403);
        assertThat(anonymous.as("innkjoper").get("api/farms/123456789/dealings").status()).isEqualTo(404);
    }

    private static List<String> numbers(JsonArray points) {
        return points.getValuesAs(JsonObject.class).stream().map(d -> d.getString("caseNumber")).toList();
    }
}

package no.ipt.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import no.ipt.web.testing.ApiClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The farm register over HTTP: search the seeded farms, register one, describe it; bad input changes nothing. */
@ExtendWith(ArquillianExtension.class)
class FarmRegisterIT {

    /** 12345678 → check digit 5 (DOMAIN.md's example). */
    static final String NEW_FARM = "123456785";

    @ArquillianResource
    URL deployment;

    private ApiClient officer;
    private ApiClient evaluator;
    private ApiClient admin;

    @BeforeEach
    void clients() throws Exception {
        ApiClient anonymous = new ApiClient(deployment.toURI());
        officer = anonymous.as("innkjoper");
        evaluator = anonymous.as("evaluator");
        admin = anonymous.as("admin");
    }

    private static String body(String organisationNumber, String kind, String extra) {
        return "{\"organisationNumber\":\"" + organisationNumber + "\",\"producerNumber\":\"3303900099\","
                + "\"municipalityNumber\":\"3303\",\"kind\":\"" + kind + "\",\"enterpriseName\":\"Nygard gardsdrift AS\","
                + "\"displayName\":\"Nygard\"" + extra + "}";
    }

    @Test
    void theSeededFarmsAreSearchedByNameAndMunicipality() {
        JsonArray steinkjer = evaluator.get("api/farms?municipality=5006").expect(200).array();
        assertThat(steinkjer.size()).isGreaterThanOrEqualTo(6);
        JsonArray vang = evaluator.get("api/farms?name=vang").expect(200).array();
        assertThat(vang.getValuesAs(JsonObject.class)).extracting(f -> f.getString("organisationNumber"))
                .contains("910000063");
        assertThat(evaluator.get("api/farms/910000063").expect(200).object().getString("displayName")).isEqualTo("Vang");
        assertThat(evaluator.get("api/farms/123456789").status()).as("a bad check digit is no farm").isEqualTo(404);
        assertThat(evaluator.get("api/farms/12345").status()).isEqualTo(404);
    }

    @Test
    void anOfficerRegistersAndDescribesAFarmAndBadInputChangesNothing() {
        assertThat(officer.post("api/farms", body("123456789", "WORKING_FARM", "")).status())
                .as("organisation number with a wrong check digit").isEqualTo(400);
        assertThat(officer.post("api/farms", body(NEW_FARM, "CASTLE", "")).status()).isEqualTo(400);
        assertThat(officer.post("api/farms", body(NEW_FARM, "WORKING_FARM", ",\"places\":-1")).status()).isEqualTo(400);
        assertThat(evaluator.post("api/farms", body(NEW_FARM, "WORKING_FARM", "")).status()).isEqualTo(403);
        assertThat(officer.get("api/farms/" + NEW_FARM).status()).as("nothing was stored").isEqualTo(404);

        JsonObject farm = officer.post("api/farms", body(NEW_FARM, "WORKING_FARM",
                ",\"animals\":\"Sau, høner\",\"places\":6,\"serviceAreas\":[\"HEALTH_AND_CARE\"]")).expect(201).object();
        assertThat(farm.getString("animals")).isEqualTo("Sau, høner");
        assertThat(farm.getInt("places")).isEqualTo(6);
        assertThat(officer.post("api/farms", body(NEW_FARM, "WORKING_FARM", "")).status())
                .as("registered once").isEqualTo(400);

        long version = farm.getJsonNumber("version").longValue();
        String change = "{\"enterpriseName\":\"Nygard gardsdrift AS\",\"displayName\":\"Nygard\",\"buildings\":\"Eldhus\","
                + "\"places\":8,\"serviceAreas\":[\"HEALTH_AND_CARE\",\"INTEGRATION\"],\"version\":";
        assertThat(officer.put("api/farms/" + NEW_FARM, change + (version + 5) + "}").status()).isEqualTo(409);
        JsonObject described = officer.put("api/farms/" + NEW_FARM, change + version + "}").expect(200).object();
        assertThat(described.getInt("places")).isEqualTo(8);
        assertThat(described.getJsonArray("serviceAreas").toString()).contains("INTEGRATION");

        JsonArray audit = admin.get("api/audit?subject=" + NEW_FARM).expect(200).array();
        assertThat(audit.getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .contains("FARM_REGISTERED", "FARM_CHANGED");
    }
}

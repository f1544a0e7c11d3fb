package no.ipt.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
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
 * Project plans and service capacity over HTTP on the real WAR with the demo data: a case's plan
 * with a balanced budget (an unbalanced one refused with its year and shortfall, nothing stored),
 * stale versions, tenants and roles, spend and the summary; the Vestland pilot plan; Steinkjer's
 * dementia day places and a capacity's waiting list.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectPlanApiIT {

    private static final String VESTLAND_PILOT = "IPT-løftet 2 Vestland";

    @ArquillianResource
    URL deployment;

    private ApiClient officer;
    private ApiClient projectLead;
    private ApiClient steering;
    private ApiClient kongsberg;
    private ApiClient countyLead;
    private ApiClient evaluator;
    private ApiClient admin;

    @BeforeEach
    void clients() throws Exception {
        ApiClient anonymous = new ApiClient(deployment.toURI());
        officer = anonymous.as("innkjoper");
        projectLead = anonymous.as("prosjektleder");
        steering = anonymous.as("styre1");
        kongsberg = anonymous.as("innkjoper.kongsberg");
        countyLead = anonymous.as("fylke.vestland");
        evaluator = anonymous.as("evaluator");
        admin = anonymous.as("admin");
    }

    private static JsonObject line(String label, int year, long amount, String comment) {
        var line = Json.createObjectBuilder().add("label", label).add("year", year).add("amount", amount);
        return (comment == null ? line : line.add("comment", comment)).build();
    }

    private static String budget(long version, List<JsonObject> budget, List<JsonObject> financing) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        budget.forEach(b::add);
        JsonArrayBuilder f = Json.createArrayBuilder();
        financing.forEach(f::add);
        return Json.createObjectBuilder().add("version", version).add("budget", b).add("financing", f).build()
                .toString();
    }

    private static String edit(long version, Map<String, ?> values) {
        return Json.createObjectBuilder(values).add("version", version).build().toString();
    }

    private static BigDecimal amount(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue().stripTrailingZeros();
    }

    @Test
    void aCasePlanKeepsItsBudgetBalancedAndItsTenantAndRolesApart() {
        String caseNumber = officer.openCase("Dagtilbod demens med plan", "5006", "HEALTH_AND_CARE")
                .getString("caseNumber");
        ApiClient.Reply created = officer.post("api/plans", Map.of("title", "Plan for " + caseNumber,
                "owner", "Steinkjer kommune", "projectLead", "Per Prosjektleder", "start", "2026-01-01",
                "end", "2027-12-31", "caseNumber", caseNumber));
        created.expect(201);
        assertThat(created.contentType()).startsWith("application/json");
        JsonObject plan = created.object();
        String path = "api/plans/" + plan.getJsonNumber("id").longValue();
        assertThat(created.location()).endsWith(path);
        assertThat(plan.getString("municipalityNumber")).isEqualTo("5006");
        assertThat(plan.getString("caseNumber")).isEqualTo(caseNumber);
        assertThat(amount(plan, "fullTimeEquivalentRate")).isEqualByComparingTo("750000");
        long version = plan.getJsonNumber("version").longValue();

        // balanced: a 20 % staffing line costed at the rate, and the financing to match, year by year
        JsonObject staffing = Json.createObjectBuilder().add("label", "Prosjektleiing").add("year", 2026)
                .add("fullTimeEquivalents", 0.2).add("comment", "20 % stilling").build();
        ApiClient.Reply balanced = projectLead.put(path + "/budget", budget(version,
                List.of(staffing, line("Reiser", 2026, 10_000, null), line("Reiser", 2027, 40_000, null)),
                List.of(line("Steinkjer kommune", 2026, 160_000, "Eige arbeid"),
                        line("Statsforvaltaren", 2027, 40_000, null))));
        balanced.expect(200);
        plan = balanced.object();
        assertThat(plan.getBoolean("balanced")).isTrue();
        assertThat(amount(plan, "budgetTotal")).isEqualByComparingTo("200000");
        assertThat(amount(plan.getJsonArray("budget").getJsonObject(0), "amount")).isEqualByComparingTo("150000");
        long balancedVersion = plan.getJsonNumber("version").longValue();
        assertThat(balancedVersion).isGreaterThan(version);

        // unbalanced in 2027 by 15,000: refused with the year and the shortfall, nothing stored
        ApiClient.Reply unbalanced = projectLead.put(path + "/budget", budget(balancedVersion,
                List.of(line("Reiser", 2026, 10_000, null), line("Reiser", 2027, 40_000, null)),
                List.of(line("Steinkjer kommune", 2026, 10_000, null), line("Statsforvaltaren", 2027, 25_000, null))));
        assertThat(unbalanced.status()).isEqualTo(400);
        assertThat(unbalanced.contentType()).startsWith("application/problem+json");
        assertThat(unbalanced.object().getString("type")).endsWith("/unbalanced-plan");
        assertThat(unbalanced.object().getString("detail")).contains("unbalanced in 2027")
                .contains("budget exceeds the financing by NOK 15000.00");
        JsonObject after = officer.get(path).expect(200).object();
        assertThat(after.getJsonNumber("version").longValue()).isEqualTo(balancedVersion);
        assertThat(after.getJsonArray("budget")).isEqualTo(plan.getJsonArray("budget"));
        assertThat(after.getJsonArray("financing")).isEqualTo(plan.getJsonArray("financing"));

        // an edit on the version before the budget: 409, nothing stored
        ApiClient.Reply stale = officer.post(path + "/goals", edit(version, Map.of("goal", "Kortare venteliste")));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(officer.get(path).object().getJsonArray("goals")).isEmpty();

        // another municipality: not found, whatever it tries; the steering group reads but does not edit
        assertThat(kongsberg.get(path).status()).isEqualTo(404);
        assertThat(kongsberg.get(path + "/summary").status()).isEqualTo(404);
        assertThat(kongsberg.put(path + "/budget", budget(balancedVersion, List.of(), List.of())).status())
                .isEqualTo(404);
        assertThat(kongsberg.get("api/plans").expect(200).array()).extracting(v -> v.asJsonObject().getString("title"))
                .doesNotContain("Plan for " + caseNumber);
        assertThat(steering.get(path).status()).isEqualTo(200);
        ApiClient.Reply refused = steering.post(path + "/goals", edit(balancedVersion, Map.of("goal", "x")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(evaluator.get(path).status()).isEqualTo(403);
        assertThat(kongsberg.post("api/plans", Map.of("title", "Ikkje vår", "owner", "Kongsberg",
                "projectLead", "Kari", "start", "2026-01-01", "end", "2026-12-31", "caseNumber", caseNumber)).status())
                .isEqualTo(404);

        // goals, phases, steering group, risks with measures
        long v = balancedVersion;
        v = version(projectLead.post(path + "/goals", edit(v, Map.of("goal", "Kortare venteliste"))));
        v = version(projectLead.post(path + "/phases", edit(v, Map.of("name", "Fase 1", "start", "2026-01-01",
                "end", "2026-12-31", "description", "Kartlegging og godkjenning av gardar"))));
        v = version(projectLead.post(path + "/steering-group", edit(v, Map.of("name", "Siri Styremedlem",
                "role", "CHAIR", "position", "kommunalsjef"))));
        v = version(projectLead.post(path + "/risks", Json.createObjectBuilder().add("version", v)
                .add("title", "Økonomi").add("description", "Stram kommuneøkonomi").add("likelihood", 3)
                .add("consequence", 4).add("measures", Json.createArrayBuilder().add("Forankring i budsjettet"))
                .build().toString()));
        v = version(officer.post(path + "/risks/1/measures", edit(v, Map.of("measure", "Rapportere forbruk"))));
        assertThat(projectLead.post(path + "/phases", edit(v, Map.of("name", "Fase 2", "start", "2026-06-01",
                "end", "2027-06-30", "description", "Overlappar"))).status()).isEqualTo(400);
        JsonObject described = officer.get(path).object();
        assertThat(described.getJsonArray("goals")).hasSize(1);
        assertThat(described.getJsonArray("phases")).hasSize(1);
        assertThat(described.getJsonArray("steeringGroup").getJsonObject(0).getString("role")).isEqualTo("CHAIR");
        JsonObject risk = described.getJsonArray("risks").getJsonObject(0);
        assertThat(risk.getInt("score")).isEqualTo(12);
        assertThat(risk.getJsonArray("measures")).hasSize(2);

        // spend against the lines, and the summary: budget against spend, overspent lines
        v = version(officer.post(path + "/spend", edit(v, Map.of("label", "reiser", "year", 2026,
                "amount", 12_500, "spentOn", "2026-06-30", "note", "Samlingar"))));
        v = version(officer.post(path + "/spend", edit(v, Map.of("label", "Prosjektleiing", "year", 2026,
                "amount", 100_000, "spentOn", "2026-06-30"))));
        assertThat(officer.post(path + "/spend", edit(v, Map.of("label", "Ukjend linje", "year", 2026,
                "amount", 1, "spentOn", "2026-06-30"))).status()).isEqualTo(400);
        JsonObject summary = steering.get(path + "/summary").expect(200).object();
        assertThat(amount(summary, "spentTotal")).isEqualByComparingTo("112500");
        JsonObject year2026 = summary.getJsonArray("years").getJsonObject(0);
        assertThat(year2026.getInt("year")).isEqualTo(2026);
        assertThat(amount(year2026, "budget")).isEqualByComparingTo("160000");
        assertThat(amount(year2026, "remaining")).isEqualByComparingTo("47500");
        assertThat(summary.getJsonArray("lines")).hasSize(3);
        JsonObject overspent = summary.getJsonArray("overspent").getJsonObject(0);
        assertThat(summary.getJsonArray("overspent")).hasSize(1);
        assertThat(overspent.getString("label")).isEqualTo("Reiser");
        assertThat(amount(overspent, "remaining")).isEqualByComparingTo("-2500");

        // every change is in the audit trail
        JsonArray events = admin.get("api/audit?subject=" + plan.getJsonNumber("id")).expect(200)
                .array();
        assertThat(events.stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("subjectType").equals("project-plan")).map(e -> e.getString("action")))
                .containsExactlyInAnyOrder("PLAN_CREATED", "PLAN_BUDGET_REPLACED", "PLAN_GOAL_ADDED", "PLAN_PHASE_ADDED",
                        "PLAN_STEERING_GROUP_MEMBER_ADDED", "PLAN_RISK_ADDED", "PLAN_RISK_MEASURE_ADDED",
                        "PLAN_SPEND_RECORDED", "PLAN_SPEND_RECORDED");
    }

    @Test
    void thePilotPlansAreTheCountyLeadsToEditAndThePilotMunicipalitiesToRead() {
        JsonObject vestland = countyLead.get("api/plans").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(p -> VESTLAND_PILOT.equals(p.getString("pilot", null))).findFirst().orElseThrow();
        assertThat(vestland.getBoolean("balanced")).isTrue();
        assertThat(amount(vestland, "budgetTotal")).isEqualByComparingTo("1880000");
        String path = "api/plans/" + vestland.getJsonNumber("id").longValue();
        JsonObject summary = countyLead.get(path + "/summary").expect(200).object();
        assertThat(summary.getJsonArray("overspent")).extracting(o -> o.asJsonObject().getString("label"))
                .containsExactly("Reiser og møteverksemd - prosjektleiar FMVL");
        assertThat(officer.get(path).status()).isEqualTo(404);

        ApiClient.Reply created = countyLead.post("api/plans", Map.of("title", "Vestland – oppfølging " + System.nanoTime(),
                "owner", "Statsforvaltaren i Vestland", "projectLead", "Ragna Flotve", "start", "2023-01-01",
                "end", "2023-12-31", "pilot", VESTLAND_PILOT, "fullTimeEquivalentRate", 800_000));
        created.expect(201);
        JsonObject plan = created.object();
        assertThat(amount(plan, "fullTimeEquivalentRate")).isEqualByComparingTo("800000");
        assertThat(plan.containsKey("municipalityNumber") && !plan.isNull("municipalityNumber")).isFalse();
        String own = "api/plans/" + plan.getJsonNumber("id").longValue();
        assertThat(version(countyLead.post(own + "/goals", edit(plan.getJsonNumber("version").longValue(),
                Map.of("goal", "Vidareføre tilboda"))))).isGreaterThan(plan.getJsonNumber("version").longValue());
        assertThat(officer.get(own).status()).isEqualTo(404);
        assertThat(officer.post("api/plans", Map.of("title", "Ikkje min pilot", "owner", "Steinkjer",
                "projectLead", "Per", "start", "2023-01-01", "end", "2023-12-31", "pilot", VESTLAND_PILOT)).status())
                .isEqualTo(403);
        assertThat(countyLead.post("api/plans", Map.of("title", "Utan eigar", "owner", "Vestland",
                "projectLead", "Ragna", "start", "2023-01-01", "end", "2023-12-31")).status()).isEqualTo(400);
    }

    @Test
    void aServiceCapacityCountsPlacesAndTheWaitingList() {
        JsonObject dementia = officer.get("api/capacities").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("serviceName").equals("Dagaktivitetstilbud for personer med demens"))
                .findFirst().orElseThrow();
        assertThat(dementia.getInt("waitingList")).isPositive();
        assertThat(dementia.getJsonArray("history").size()).isGreaterThan(2);
        assertThat(kongsberg.get("api/capacities").expect(200).array())
                .allMatch(c -> c.asJsonObject().getString("municipalityNumber").equals("3303"));
        assertThat(kongsberg.get("api/capacities/" + dementia.getJsonNumber("id")).status()).isEqualTo(404);

        ApiClient.Reply created = officer.post("api/capacities", Map.of("municipalityNumber", "5006",
                "serviceArea", "CHILD_WELFARE", "serviceName", "Besøksheim " + System.nanoTime(), "places", 2,
                "on", "2026-01-05"));
        created.expect(201);
        String path = "api/capacities/" + created.object().getJsonNumber("id").longValue();
        long v = created.object().getJsonNumber("version").longValue();
        v = version(officer.post(path + "/waiting-list/join", edit(v, Map.of("count", 3, "on", "2026-01-06"))));

        ApiClient.Reply negative = officer.post(path + "/waiting-list/join", edit(v, Map.of("count", -2)));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.contentType()).startsWith("application/problem+json");
        assertThat(negative.object().getString("detail")).contains("-2");
        ApiClient.Reply shrink = officer.put(path + "/places", edit(v, Map.of("places", -1)));
        assertThat(shrink.status()).isEqualTo(400);
        assertThat(officer.get(path).object().getJsonNumber("version").longValue()).isEqualTo(v);

        JsonObject admitted = officer.post(path + "/admit", edit(v, Map.of("on", "2026-01-07"))).expect(200).object();
        assertThat(admitted.getInt("placesInUse")).isEqualTo(2);
        assertThat(admitted.getInt("waitingList")).isEqualTo(1);
        v = admitted.getJsonNumber("version").longValue();
        assertThat(officer.post(path + "/admit", edit(v, Map.of("count", 1))).status()).isEqualTo(400);
        assertThat(officer.post(path + "/release", edit(v - 1, Map.of("count", 1))).status()).isEqualTo(409);
        assertThat(steering.get(path).status()).isEqualTo(200);
        assertThat(steering.post(path + "/release", edit(v, Map.of("count", 1))).status()).isEqualTo(403);
        assertThat(kongsberg.post(path + "/release", edit(v, Map.of("count", 1))).status()).isEqualTo(404);
        v = version(projectLead.post(path + "/release", edit(v, Map.of("count", 1, "on", "2026-02-01"))));
        v = version(projectLead.put(path + "/places", edit(v, Map.of("places", 3, "on", "2026-02-01"))));
        v = version(projectLead.post(path + "/waiting-list/leave", edit(v, Map.of("count", 1, "on", "2026-02-02"))));

        JsonObject read = steering.get(path).expect(200).object();
        assertThat(read.getInt("placesAvailable")).isEqualTo(3);
        assertThat(read.getInt("placesInUse")).isEqualTo(1);
        assertThat(read.getInt("freePlaces")).isEqualTo(2);
        assertThat(read.getInt("waitingList")).isZero();
        assertThat(read.getJsonArray("history")).extracting(h -> h.asJsonObject().getString("kind")).containsExactly(
                "ESTABLISHED", "JOINED_WAITING_LIST", "ADMITTED", "RELEASED", "PLACES_CHANGED", "LEFT_WAITING_LIST");
        assertThat(officer.post("api/capacities", Map.of("municipalityNumber", "3303", "serviceArea", "CHILD_WELFARE",
                "serviceName", "Ikkje vår", "places", 1)).status()).isEqualTo(403);
    }

    @Test
    void badInputToThePlanAndCapacityEndpointsIsRefusedAndChangesNothing() {
        String caseNumber = officer.openCase("Plan med feil", "5006", "HEALTH_AND_CARE").getString("caseNumber");
        JsonObject plan = officer.post("api/plans", Map.of("title", "Feilplan " + caseNumber, "owner", "Steinkjer",
                "projectLead", "Per", "start", "2026-01-01", "end", "2026-12-31", "caseNumber", caseNumber))
                .expect(201).object();
        String path = "api/plans/" + plan.getJsonNumber("id").longValue();
        JsonObject capacity = officer.post("api/capacities", Map.of("municipalityNumber", "5006",
                "serviceArea", "PREVENTION", "serviceName", "Feiltest " + System.nanoTime(), "places", 1)).expect(201)
                .object();
        String capacityPath = "api/capacities/" + capacity.getJsonNumber("id").longValue();
        String planBefore = officer.get(path).body();
        String capacityBefore = officer.get(capacityPath).body();

        String big = "1" + "0".repeat(20);
        List<String> bodies = List.of("{\"version\": ", "[1,2,3]", "\"text\"", "{\"version\": \"abc\"}",
                "{\"version\": 0, \"unknownField\": 1}", "{\"goal\": \"x\"}",
                "{\"version\": 0, \"budget\": [{\"label\": \"A\", \"year\": 2026, \"amount\": " + big
                        + "}], \"financing\": [{\"label\": \"B\", \"year\": 2026, \"amount\": " + big + "}]}",
                "{\"version\": 0, \"budget\": [{\"label\": \"A\", \"year\": 2147483648, \"amount\": 1}],"
                        + " \"financing\": []}",
                "{\"version\": 0, \"budget\": [{\"label\": \"" + "x".repeat(300) + "\", \"year\": 2026, \"amount\": 1}],"
                        + " \"financing\": [{\"label\": \"B\", \"year\": 2026, \"amount\": 1}]}",
                "{\"version\": 0, \"budget\": [{\"label\": \"A\", \"year\": 2026, \"amount\": 0.001}], \"financing\": []}",
                "{\"version\": 0, \"budget\": [null], \"financing\": []}",
                "{\"version\": 0, \"label\": \"A\", \"year\": 2026, \"amount\": -5, \"spentOn\": \"2026-02-30\"}",
                "{\"version\": 0, \"count\": 2.5}", "{\"version\": 0, \"places\": \"many\"}",
                "{\"version\": 0, \"count\": 100001}");
        List<String> posts = List.of("api/plans", path + "/goals", path + "/phases", path + "/steering-group",
                path + "/risks", path + "/risks/1/measures", path + "/spend", "api/capacities",
                capacityPath + "/waiting-list/join", capacityPath + "/waiting-list/leave", capacityPath + "/admit",
                capacityPath + "/release");
        String planVersion = String.valueOf(plan.getJsonNumber("version").longValue());
        String capacityVersion = String.valueOf(capacity.getJsonNumber("version").longValue());
        for (String template : bodies) {
            String forPlan = template.replace("\"version\": 0", "\"version\": " + planVersion);
            String forCapacity = template.replace("\"version\": 0", "\"version\": " + capacityVersion);
            String body = forPlan;
            List<ApiClient.Reply> replies = new java.util.ArrayList<>();
            posts.forEach(endpoint -> replies.add(officer.post(endpoint, endpoint.startsWith("api/capacities")
                    ? forCapacity : forPlan)));
            replies.add(officer.put(path + "/budget", forPlan));
            replies.add(officer.put(capacityPath + "/places", forCapacity));
            for (ApiClient.Reply reply : replies) {
                assertThat(reply.status()).as(body.length() > 80 ? body.substring(0, 80) : body).isBetween(400, 499)
                        .isNotEqualTo(409);
                assertThat(reply.contentType()).startsWith("application/problem+json");
                assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
            }
        }
        assertThat(officer.get("api/plans/abc").status()).isEqualTo(404);
        assertThat(officer.get("api/capacities/99999999").status()).isEqualTo(404);
        assertThat(officer.get(path).body()).as("the plan is unchanged").isEqualTo(planBefore);
        assertThat(officer.get(capacityPath).body()).as("the capacity is unchanged").isEqualTo(capacityBefore);
    }

    private static long version(ApiClient.Reply reply) {
        return reply.expect(200).object().getJsonNumber("version").longValue();
    }
}

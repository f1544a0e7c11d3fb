package no.ipt.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import no.ipt.web.testing.ApiClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role matrix of docs/roles.md, row by row, over HTTP on the real WAR: for every action and every
 * role (one demo user each, all of Steinkjer's roles on a Steinkjer case) the documented outcome –
 * allowed, 403 (the tenant may see it but the role may not do it) or 404 (another tenant's object).
 * Then the tenant matrix: a Kongsberg officer finds nothing of Steinkjer's, a county pilot lead sees
 * the pilot's municipalities only. Keep the rows here and the table in docs/roles.md the same.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    /** One demo user per role (docs/roles.md "Demo users"), in the order of the matrix's columns. */
    static final Map<String, String> USER_OF_ROLE = new LinkedHashMap<>();

    static {
        USER_OF_ROLE.put("procurement-officer", "innkjoper");
        USER_OF_ROLE.put("evaluator", "evaluator");
        USER_OF_ROLE.put("steering-group", "styre1");
        USER_OF_ROLE.put("project-lead", "prosjektleder");
        USER_OF_ROLE.put("county-pilot-lead", "fylke.vestland");
        USER_OF_ROLE.put("admin", "admin");
        USER_OF_ROLE.put("farm", "gard.vang");
    }

    /** What a row expects: done (2xx), 403, 404, or a 200 whose list does not hold the object. */
    enum Outcome {
        DONE, FORBIDDEN, NOT_FOUND, NOT_LISTED
    }

    private static final Outcome Y = Outcome.DONE;
    private static final Outcome F = Outcome.FORBIDDEN;
    private static final Outcome N = Outcome.NOT_FOUND;
    private static final Outcome L = Outcome.NOT_LISTED;

    @ArquillianResource
    URL deployment;

    private ApiClient anonymous;

    @BeforeEach
    void client() throws Exception {
        anonymous = new ApiClient(deployment.toURI());
    }

    /** One row of the matrix: an action and the outcome for each role, in the order of {@link #USER_OF_ROLE}. */
    private record Row(String action, BiFunction<ApiClient, String, Outcome> attempt, Outcome... expected) {
    }

    @TestFactory
    Stream<DynamicNode> roleMatrix() {
        List<Row> rows = List.of(
                //                                                        officer evaluator steering lead county admin farm
                new Row("open a case for Steinkjer", this::openCase, Y, F, F, Y, F, Y, F),
                new Row("list cases (sees a Steinkjer case)", this::listCases, Y, Y, Y, Y, L, Y, L),
                new Row("read a Steinkjer case", this::readCase, Y, Y, Y, Y, N, Y, N),
                new Row("list open tasks (sees a procurement-officer task)", this::listTasks, Y, L, L, L, L, Y, L),
                new Row("read a task", this::readTask, Y, Y, Y, Y, N, Y, N),
                new Row("claim a procurement-officer task", this::claim, Y, F, F, F, N, Y, N),
                new Row("release a task claimed by innkjoper", this::release, Y, F, F, F, N, Y, N),
                new Row("complete a procurement-officer task", this::complete, Y, F, F, F, N, Y, N),
                new Row("read the open decision", this::readDecision, Y, Y, Y, Y, N, Y, N),
                new Row("vote at a decision point", this::vote, F, F, Y, F, F, F, F),
                new Row("read the decision history", this::decisionHistory, Y, Y, Y, Y, N, Y, N),
                new Row("record minutes of a decided point", this::minutes, F, F, Y, Y, F, F, F),
                new Row("search the audit trail", this::searchAudit, F, F, F, F, F, Y, F),
                new Row("manage users", this::listUsers, F, F, F, F, F, Y, F));
        return rows.stream().map(row -> DynamicContainer.dynamicContainer(row.action(), columns(row)));
    }

    private Stream<DynamicNode> columns(Row row) {
        List<DynamicNode> tests = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> role : USER_OF_ROLE.entrySet()) {
            Outcome expected = row.expected()[i++];
            tests.add(dynamicTest(role.getKey() + " (" + role.getValue() + "): " + expected,
                    () -> assertThat(row.attempt().apply(anonymous.as(role.getValue()), role.getValue()))
                            .as(row.action() + " as " + role.getKey()).isEqualTo(expected)));
        }
        return tests.stream();
    }

    @Test
    void aKongsbergOfficerFindsNothingOfSteinkjers() {
        ApiClient kongsberg = anonymous.as("innkjoper.kongsberg");
        Fresh at = steinkjerCaseAtDescribeNeed();
        assertThat(kongsberg.get("api/cases/" + at.caseNumber()).status()).isEqualTo(404);
        assertThat(numbers(kongsberg.get("api/cases").expect(200).array())).doesNotContain(at.caseNumber());
        assertThat(kongsberg.get("api/tasks/" + at.taskId()).status()).isEqualTo(404);
        assertThat(kongsberg.tasksOf(at.caseNumber())).isEmpty();
        assertThat(kongsberg.post("api/tasks/" + at.taskId() + "/claim", "").status()).isEqualTo(404);
        assertThat(kongsberg.complete(at.taskId(), at.version(), Map.of("needDescription", "x", "participants", 1))
                .status()).isEqualTo(404);

        String waiting = steinkjerCaseAtDecision();
        assertThat(kongsberg.get("api/cases/" + waiting + "/decision").status()).isEqualTo(404);
        assertThat(kongsberg.get("api/cases/" + waiting + "/decisions").status()).isEqualTo(404);
        Decided decided = decidedSteinkjerCase();
        assertThat(kongsberg.post("api/cases/" + decided.caseNumber() + "/decisions/" + decided.pointId() + "/minutes",
                Map.of("text", "x")).status()).as("a Kongsberg officer may not record minutes anywhere").isEqualTo(403);

        // The audit trail: an officer may not search it at all; Kongsberg's own admin finds nothing of Steinkjer's.
        assertThat(kongsberg.get("api/audit?subject=" + at.caseNumber()).status()).isEqualTo(403);
        ApiClient kongsbergAdmin = kongsbergAdmin();
        assertThat(kongsbergAdmin.get("api/audit?subject=" + at.caseNumber()).expect(200).array()).isEmpty();
        assertThat(kongsbergAdmin.get("api/audit?limit=1000").expect(200).array().getValuesAs(JsonObject.class))
                .isNotEmpty().allMatch(e -> "3303".equals(e.getString("municipalityNumber", null)));
        assertThat(anonymous.as("admin").get("api/audit?subject=" + at.caseNumber()).expect(200).array()).isNotEmpty();
        assertThat(kongsbergAdmin.get("api/cases/" + at.caseNumber()).status()).isEqualTo(404);
        assertThat(kongsbergAdmin.get("api/tasks/" + at.taskId()).status()).isEqualTo(404);
    }

    @Test
    void aCountyPilotLeadSeesTheCasesOfThePilotsMunicipalitiesOnly() {
        ApiClient county = anonymous.as("fylke.vestland");
        String bomlo = anonymous.as("admin").openCase("Arbeidstrening på gard", "4613", "WORK_TRAINING_AND_MENTAL_HEALTH")
                .getString("caseNumber");
        String sveio = anonymous.as("admin").openCase("Ikkje i piloten", "4612", "PREVENTION").getString("caseNumber");
        List<String> municipalities = county.get("api/cases").expect(200).array().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("municipalityNumber")).toList();
        assertThat(municipalities).isNotEmpty().containsOnly("4613", "4649");
        assertThat(county.get("api/cases/" + bomlo).expect(200).object().getString("municipalityNumber")).isEqualTo("4613");
        assertThat(county.get("api/cases/" + sveio).status()).isEqualTo(404);
        assertThat(county.get("api/cases/" + steinkjerCaseAtDescribeNeed().caseNumber()).status()).isEqualTo(404);
        assertThat(county.post("api/cases", Map.of("title", "x", "municipalityNumber", "4613",
                "serviceArea", "PREVENTION")).status()).as("a county pilot lead follows cases, it opens none").isEqualTo(403);
    }

    // --- the attempts: each returns the outcome it met --------------------------------------------------------

    private Outcome openCase(ApiClient as, String user) {
        return outcome(as.post("api/cases", Map.of("title", "Matrise " + user, "municipalityNumber", "5006",
                "serviceArea", "PREVENTION")));
    }

    private Outcome listCases(ApiClient as, String user) {
        String number = steinkjerCaseAtDescribeNeed().caseNumber();
        return listed(as.get("api/cases"), number, "caseNumber");
    }

    private Outcome readCase(ApiClient as, String user) {
        return outcome(as.get("api/cases/" + steinkjerCaseAtDescribeNeed().caseNumber()));
    }

    private Outcome listTasks(ApiClient as, String user) {
        Fresh at = steinkjerCaseAtDescribeNeed();
        return listed(as.get("api/tasks?caseNumber=" + at.caseNumber()), at.taskId(), "id");
    }

    private Outcome readTask(ApiClient as, String user) {
        return outcome(as.get("api/tasks/" + steinkjerCaseAtDescribeNeed().taskId()));
    }

    private Outcome claim(ApiClient as, String user) {
        return outcome(as.post("api/tasks/" + steinkjerCaseAtDescribeNeed().taskId() + "/claim", ""));
    }

    private Outcome release(ApiClient as, String user) {
        Fresh at = steinkjerCaseAtDescribeNeed();
        anonymous.as("innkjoper").post("api/tasks/" + at.taskId() + "/claim", "").expect(200);
        return outcome(as.post("api/tasks/" + at.taskId() + "/unclaim", ""));
    }

    private Outcome complete(ApiClient as, String user) {
        Fresh at = steinkjerCaseAtDescribeNeed();
        return outcome(as.complete(at.taskId(), at.version(), ApiClient.need("Behov beskrevet av " + user, 3)));
    }

    private Outcome readDecision(ApiClient as, String user) {
        return outcome(as.get("api/cases/" + steinkjerCaseAtDecision() + "/decision"));
    }

    private Outcome vote(ApiClient as, String user) {
        return outcome(as.vote(steinkjerCaseAtDecision(), "APPROVE", null));
    }

    private Outcome decisionHistory(ApiClient as, String user) {
        return outcome(as.get("api/cases/" + steinkjerCaseAtDecision() + "/decisions"));
    }

    private Outcome minutes(ApiClient as, String user) {
        Decided decided = decidedSteinkjerCase();
        return outcome(as.post("api/cases/" + decided.caseNumber() + "/decisions/" + decided.pointId() + "/minutes",
                Map.of("text", "Protokoll ført av " + user)));
    }

    private Outcome searchAudit(ApiClient as, String user) {
        return outcome(as.get("api/audit?limit=5"));
    }

    private Outcome listUsers(ApiClient as, String user) {
        return outcome(as.get("api/users"));
    }

    private static Outcome outcome(ApiClient.Reply reply) {
        return switch (reply.status()) {
            case 200, 201, 204 -> Outcome.DONE;
            case 403 -> Outcome.FORBIDDEN;
            case 404 -> Outcome.NOT_FOUND;
            default -> throw new AssertionError("Neither done, 403 nor 404: HTTP " + reply.status() + " " + reply.body());
        };
    }

    private static Outcome listed(ApiClient.Reply reply, String id, String field) {
        reply.expect(200);
        return reply.array().getValuesAs(JsonObject.class).stream().anyMatch(o -> id.equals(o.getString(field)))
                ? Outcome.DONE : Outcome.NOT_LISTED;
    }

    // --- fresh Steinkjer cases at the stage a row needs ---------------------------------------------------------

    private record Fresh(String caseNumber, String taskId, long version) {
    }

    private record Decided(String caseNumber, long pointId) {
    }

    /** A new Steinkjer case waiting for its need to be described (a procurement-officer task). */
    private Fresh steinkjerCaseAtDescribeNeed() {
        ApiClient officer = anonymous.as("innkjoper");
        JsonObject opened = officer.openCase("Rolle-matrise", "5006", "HEALTH_AND_CARE");
        String number = opened.getString("caseNumber");
        return new Fresh(number, officer.tasksOf(number).getJsonObject(0).getString("id"),
                opened.getJsonNumber("version").longValue());
    }

    /** A new Steinkjer case waiting for the steering group's decision. */
    private String steinkjerCaseAtDecision() {
        Fresh at = steinkjerCaseAtDescribeNeed();
        anonymous.as("innkjoper").complete(at.taskId(), at.version(),
                ApiClient.need("Dagtilbud for 6", 6)).expect(204);
        return at.caseNumber();
    }

    /** A new Steinkjer case whose decision point two of three members approved. */
    private Decided decidedSteinkjerCase() {
        String number = steinkjerCaseAtDecision();
        for (String member : List.of("styre1", "styre2", "styre3")) {
            if (anonymous.as(member).vote(number, "APPROVE", null).expect(200).object().getBoolean("decided")) {
                break;
            }
        }
        JsonArray points = anonymous.as("admin").get("api/cases/" + number + "/decisions").expect(200).array();
        return new Decided(number, points.getJsonObject(0).getJsonNumber("id").longValue());
    }

    /** An admin of Kongsberg, created through the user API the first time it is needed. */
    private ApiClient kongsbergAdmin() {
        String password = "Kongsberg-admin-2026";
        if (anonymous.as("admin").get("api/users/admin.kongsberg").status() == 404) {
            anonymous.as("admin").post("api/users", Json.createObjectBuilder().add("username", "admin.kongsberg")
                    .add("displayName", "Admin Kongsberg").add("password", password)
                    .add("roles", Json.createArrayBuilder().add("admin")).add("municipalityNumber", "3303")
                    .build().toString()).expect(201);
        }
        return anonymous.as("admin.kongsberg", password);
    }

    private static List<String> numbers(JsonArray cases) {
        return cases.getValuesAs(JsonObject.class).stream().map(c -> c.getString("caseNumber")).toList();
    }
}

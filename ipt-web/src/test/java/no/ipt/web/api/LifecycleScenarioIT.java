package no.ipt.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import no.ipt.web.testing.ApiClient;
import no.ipt.web.testing.CaseDriver;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One case of Steinkjer driven through all six stages over HTTP by the demo users, as the API's
 * clients would: needs assessment, supplier mobilisation, farm approval of two farms (in parallel),
 * a Part I tender whose offer deadline fires on the job executor, the framework agreement with a
 * call-off on request, and its follow-up with a deviation reported and closed, an evaluation on its
 * timer and one on request, each stage ending at a steering-group decision. Steps run by the job
 * executor (asynchronous continuations and timers) are waited for by polling with a deadline. The
 * test server's follow-up evaluates after 30 s (arquillian.xml); production waits P12M.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleScenarioIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** Seeded Steinkjer farms (SeedCatalogue): Linåsve and Vådal; their organisation numbers pass the check digit. */
    private static final String LINASVE = "910000012";
    private static final String VADAL = "910000020";

    @ArquillianResource
    URL deployment;

    private ApiClient officer;
    private ApiClient evaluator;
    private ApiClient projectLead;
    private ApiClient styre1;
    private ApiClient styre2;
    private CaseDriver driver;

    @BeforeEach
    void clients() throws Exception {
        ApiClient anonymous = new ApiClient(deployment.toURI());
        officer = anonymous.as("innkjoper");
        evaluator = anonymous.as("evaluator");
        projectLead = anonymous.as("prosjektleder");
        styre1 = anonymous.as("styre1");
        styre2 = anonymous.as("styre2");
        driver = new CaseDriver(officer);
    }

    @Test
    void oneCaseGoesFromNeedToTheFollowUpDecisionOverHttp() throws Exception {
        String n = officer.openCase("Dagtilbod på gard for personar med demens", "5006", "HEALTH_AND_CARE")
                .getString("caseNumber");

        // 1 Needs assessment
        assertStage(n, "NEEDS_ASSESSMENT");
        // a health and social service of NOK 2.1 million: a Part I competition without standstill
        complete(officer, n, "DescribeNeed", "procurement-officer", null,
                ApiClient.need("Dagtilbod på gard for heimebuande personar med demens", 8));
        decide(n, "NEEDS_ASSESSMENT");

        // 2 Supplier mobilisation: a market dialogue and two interested farms
        assertStage(n, "SUPPLIER_MOBILISATION");
        LocalDate today = LocalDate.now(OSLO);
        complete(officer, n, "PlanMarketDialogue", "procurement-officer", null, Map.of("eventKind", "INFORMATION_MEETING",
                "eventDate", today.toString(), "place", "Steinkjer rådhus", "agenda", "Dagtilbod for personar med demens",
                "targetInterestedFarms", 2));
        for (String farm : List.of(LINASVE, VADAL)) {
            complete(officer, n, "RegisterInterest", "procurement-officer", null, Map.of("organisationNumber", farm,
                    "invitedOn", today.toString(), "attendedEvent", 1, "serviceArea", "HEALTH_AND_CARE", "places", 4));
        }
        decide(n, "SUPPLIER_MOBILISATION");

        // 3 Farm approval, one instance per interested farm
        assertStage(n, "FARM_APPROVAL");
        JsonObject linasveTask = waitForTask(officer, n, "RecordNationalStatus", LINASVE);
        waitForTask(officer, n, "RecordNationalStatus", VADAL);
        ApiClient.Reply wrongFarm = officer.complete(linasveTask.getString("id"), version(n),
                Map.of("farm", VADAL, "registeredOn", "2025-01-20"));
        assertThat(wrongFarm.status()).as("a farm's task does not take another farm's values").isEqualTo(400);
        assertThat(wrongFarm.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("farm");
        approveFarm(n, LINASVE, Map.of("decision", "APPROVED"));
        approveFarm(n, VADAL, Map.of("decision", "APPROVED_WITH_CONDITIONS", "condition1Text", "Gjerde rundt dammen",
                "condition1Deadline", today.plusDays(30).toString()));
        complete(officer, n, "FollowUpConditions", "procurement-officer", VADAL,
                Map.of("farm", VADAL, "conditionNumber", 1, "fulfilledOn", today.toString()));
        decide(n, "FARM_APPROVAL");

        // 4 Tender: Part I (health and social service, NOK 2.1 million), no standstill; the deadline is a real timer
        assertStage(n, "TENDER");
        OffsetDateTime offerDeadline = OffsetDateTime.now(OSLO).plusSeconds(45).truncatedTo(ChronoUnit.SECONDS);
        complete(officer, n, "PrepareTenderDocuments", "procurement-officer", null, Map.of(
                "qualificationRequirements", "Godkjend Inn på tunet-gard\nPolitiattest",
                "criterion.Kvalitet", 70, "criterion.Pris", 30,
                "questionPeriodEnd", today.toString(), "offerDeadline", offerDeadline.toString(), "suppliers", 2));
        complete(officer, n, "AnnounceTender", "procurement-officer", null, Map.of("announcedOn", today.toString()));
        for (String farm : List.of(LINASVE, VADAL)) {
            complete(officer, n, "RegisterOffer", "procurement-officer", null, Map.of("organisationNumber", farm,
                    "receivedAt", OffsetDateTime.now(OSLO).truncatedTo(ChronoUnit.SECONDS).toString()));
        }
        assertThat(OffsetDateTime.now(OSLO)).as("the offers came before the deadline").isBefore(offerDeadline);
        JsonObject qualify = waitForTask(officer, n, "QualifyOffers", null);
        assertThat(OffsetDateTime.now(OSLO)).as("offers close when the deadline's timer fires").isAfterOrEqualTo(offerDeadline);
        assertThat(officer.tasksOf(n).getValuesAs(JsonObject.class)).extracting(t -> t.getString("taskDefinitionKey"))
                .doesNotContain("RegisterOffer");
        assertThat(groups(qualify)).containsExactly("procurement-officer");
        complete(officer, n, "QualifyOffers", "procurement-officer", null, Map.of("decision." + LINASVE, "QUALIFIED",
                "decision." + VADAL, "QUALIFIED", "evaluators", "evaluator"));
        JsonObject score = waitForTask(evaluator, n, "ScoreOffers", null);
        assertThat(score.getString("assignee")).isEqualTo("evaluator");
        complete(evaluator, n, "ScoreOffers", "evaluator", null, Map.of("evaluator", "evaluator",
                "score." + LINASVE + ".Kvalitet", 9, "score." + LINASVE + ".Pris", 7,
                "score." + VADAL + ".Kvalitet", 7, "score." + VADAL + ".Pris", 8));
        decide(n, "TENDER");
        complete(officer, n, "NotifyBidders", "procurement-officer", null, Map.of("notifiedOn", today.toString()));
        waitForTask(officer, n, "SignContract", null);
        ApiClient.Reply lateComplaint = officer.post("api/cases/" + n + "/complaints",
                Map.of("receivedOn", today.toString(), "text", "Vi meiner poenga for kvalitet er feil"));
        assertThat(lateComplaint.status()).as("Part I has no standstill period to complain in").isEqualTo(400);
        complete(officer, n, "SignContract", "procurement-officer", null, Map.of());

        // 5 Framework agreement with both farms in rank order, and a call-off on request
        waitForStage(n, "FRAMEWORK_AGREEMENT");
        complete(officer, n, "RegisterAgreement", "procurement-officer", null, Map.of("termStart", today.toString(),
                "termEnd", today.plusYears(2).minusDays(1).toString(), "callOffRule", "RANKING",
                "suppliers.1.organisationNumber", LINASVE, "suppliers.1.pricePerPlacePerDay", "1450",
                "suppliers.1.capacity", 4,
                "suppliers.2.organisationNumber", VADAL, "suppliers.2.pricePerPlacePerDay", "1390",
                "suppliers.2.capacity", 4));

        // 6 Follow-up starts beside the agreement once it is registered
        waitForStage(n, "FOLLOW_UP");
        officer.post("api/cases/" + n + "/requests", Map.of("type", "CALL_OFF")).expect(202);
        complete(officer, n, "PlaceCallOff", "procurement-officer", null, Map.of("periodStart", today.plusDays(7).toString(),
                "periodEnd", today.plusDays(35).toString(), "places", 2, "daysPerWeek", 2, "reason", "Ventelista"));
        officer.post("api/cases/" + n + "/requests", Map.of("type", "DEVIATION")).expect(202);
        complete(officer, n, "ReportDeviation", "procurement-officer", null, Map.of("reportedOn", today.toString(),
                "category", "TRANSPORT", "severity", "HIGH", "description", "Skyssen kom ikkje",
                "actions.1.description", "Ny skyssavtale", "actions.1.deadline", today.plusDays(10).toString()));
        JsonObject actionsTask = waitForTask(officer, n, "FollowUpCorrectiveActions", null);
        ApiClient.Reply wrongDeviation = officer.complete(actionsTask.getString("id"), version(n),
                Map.of("deviationNumber", 2, "closeDeviation", "true", "closedOn", today.toString()));
        assertThat(wrongDeviation.status()).as("the task follows up deviation 1 only").isEqualTo(400);
        assertThat(wrongDeviation.object().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("deviationNumber");
        complete(officer, n, "FollowUpCorrectiveActions", "procurement-officer", null, Map.of("deviationNumber", 1,
                "doneActions", "1", "doneOn", today.toString(), "closeDeviation", "true", "closedOn", today.toString()));
        // the evaluation falls due on its timer
        evaluate(n, "CONTINUE");
        // ... and on request
        officer.post("api/cases/" + n + "/requests", Map.of("type", "EVALUATION")).expect(202);
        evaluate(n, "END");

        JsonArray history = styre1.get("api/cases/" + n + "/decisions").expect(200).array();
        assertThat(history.getValuesAs(JsonObject.class)).extracting(d -> d.getString("stage")).containsExactly(
                "NEEDS_ASSESSMENT", "SUPPLIER_MOBILISATION", "FARM_APPROVAL", "TENDER", "FOLLOW_UP", "FOLLOW_UP");
        assertThat(history.getValuesAs(JsonObject.class)).allSatisfy(d -> {
            assertThat(d.getBoolean("decided")).isTrue();
            assertThat(d.getString("outcome")).isEqualTo("APPROVE");
        });
        // ending the service asks the officer to terminate the agreement; with it the case is concluded
        complete(officer, n, "TerminateAgreement", "procurement-officer", null, Map.of(
                "terminationDate", today.plusDays(30).toString(), "reason", "Tenesta blir avslutta etter evalueringa"));
        JsonObject after = waitForStatus(n, "COMPLETED");
        assertThat(after.getString("stage")).isEqualTo("FOLLOW_UP");
        assertThat(after.getBoolean("processActive")).isFalse();
    }

    /** Requests and complaints answer bad input with a problem and change nothing. */
    @Test
    void requestsAndComplaintsRefuseBadInput() {
        String n = officer.openCase("Førespurnader utan avtale", "5006", "PREVENTION").getString("caseNumber");
        JsonObject before = officer.getCase(n);

        assertProblem(officer.post("api/cases/" + n + "/requests", Map.of("type", "GOLF")), 400, "type");
        assertProblem(officer.post("api/cases/" + n + "/requests", "{}"), 400, "type");
        assertProblem(officer.post("api/cases/" + n + "/requests", Map.of("type", "CALL_OFF", "extra", "1")), 400, null);
        assertProblem(officer.post("api/cases/" + n + "/requests", Map.of("type", "CALL_OFF")), 400, "type");
        assertProblem(officer.post("api/cases/" + n + "/requests", Map.of("type", "EVALUATION")), 400, "type");
        assertProblem(evaluator.post("api/cases/" + n + "/requests", Map.of("type", "DEVIATION")), 403, null);
        assertProblem(officer.as("innkjoper.kongsberg").post("api/cases/" + n + "/requests",
                Map.of("type", "TERMINATION")), 404, null);
        assertProblem(officer.post("api/cases/IPT-1999-99999/requests", Map.of("type", "CALL_OFF")), 404, null);

        assertProblem(officer.post("api/cases/" + n + "/complaints", Map.of("receivedOn", "12.06.2026", "text", "x")),
                400, "receivedOn");
        assertProblem(officer.post("api/cases/" + n + "/complaints", Map.of("receivedOn", "2026-02-30", "text", "x")),
                400, "receivedOn");
        assertProblem(officer.post("api/cases/" + n + "/complaints", Map.of("receivedOn", "2026-06-12", "text", " ")),
                400, "text");
        assertProblem(officer.post("api/cases/" + n + "/complaints", Map.of("receivedOn", "2026-06-12",
                "text", "x".repeat(4001))), 400, "text");
        assertProblem(officer.post("api/cases/" + n + "/complaints", Map.of("receivedOn", "2026-06-12",
                "text", "Feil poeng")), 400, "caseNumber");
        assertProblem(styre1.post("api/cases/" + n + "/complaints", Map.of("receivedOn", "2026-06-12",
                "text", "Feil poeng")), 403, null);

        JsonObject after = officer.getCase(n);
        assertThat(after.getJsonNumber("version").longValue()).isEqualTo(before.getJsonNumber("version").longValue());
        assertThat(activities(after)).isEqualTo(activities(before)).contains("DescribeNeed");
        assertThat(officer.tasksOf(n)).hasSize(1);
    }

    // --- steps ------------------------------------------------------------------------------------------

    private void approveFarm(String n, String farm, Map<String, Object> decision) {
        driver.approveFarm(officer, n, farm, decision);
    }

    /** The evaluation against the current service, the steering group's decision and the project lead's outcome. */
    private void evaluate(String n, String outcome) {
        complete(officer, n, "EvaluateService", "procurement-officer", null, Map.of("currentCostPerPlacePerDay", "1600",
                "notes", "Betre tilbod til lågare kostnad per plass enn dagsenteret"));
        decide(n, "FOLLOW_UP");
        complete(projectLead, n, "DecideOutcome", "project-lead", null, Map.of("outcome", outcome,
                "reason", "Styringsgruppa godkjende evalueringa"));
    }

    /** Two of the three members approve: a majority of Steinkjer's steering group decides. */
    private void decide(String n, String stage) {
        JsonObject task = waitForTask(styre1, n, "SteeringGroupDecision", null);
        assertThat(task.getString("formKey")).isEqualTo("ipt:decision-point");
        assertThat(groups(task)).containsExactly("steering-group");
        assertThat(officer.tasksOf(n).getValuesAs(JsonObject.class)).as("only the steering group sees the decision")
                .extracting(t -> t.getString("taskDefinitionKey")).doesNotContain("SteeringGroupDecision");
        JsonObject open = styre1.get("api/cases/" + n + "/decision").expect(200).object();
        assertThat(open.getString("stage")).isEqualTo(stage);
        assertThat(styre1.vote(n, "APPROVE", null).expect(200).object().getBoolean("decided")).isFalse();
        JsonObject decided = styre2.vote(n, "APPROVE", "Vidare").expect(200).object();
        assertThat(decided.getBoolean("decided")).isTrue();
        assertThat(decided.getString("outcome")).isEqualTo("APPROVE");
        driver.done(task);
    }

    /** Waits for the task, checks its candidate group and completes it with the case's current version. */
    private void complete(ApiClient user, String n, String key, String candidateGroup, String farm, Map<String, ?> values) {
        JsonObject task = waitForTask(user, n, key, farm);
        assertThat(groups(task)).as("candidate groups of " + key).contains(candidateGroup);
        driver.complete(user, n, key, farm, values);
    }

    private JsonObject waitForTask(ApiClient user, String n, String key, String farm) {
        return driver.waitForTask(user, n, key, farm);
    }

    private void waitForStage(String n, String stage) {
        driver.waitForStage(n, stage);
    }

    private JsonObject waitForStatus(String n, String status) {
        return CaseDriver.poll("status " + status + " of " + n, () -> {
            JsonObject c = officer.getCase(n);
            return status.equals(c.getString("status")) ? c : null;
        });
    }

    private void assertStage(String n, String stage) {
        assertThat(officer.getCase(n).getString("stage")).isEqualTo(stage);
    }

    private long version(String n) {
        return driver.version(n);
    }

    private static List<String> groups(JsonObject task) {
        return task.getJsonArray("candidateGroups").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static List<String> activities(JsonObject c) {
        return c.getJsonArray("activeActivities").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static void assertProblem(ApiClient.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(e -> e.getString("field")).contains(field);
        }
    }
}

package no.ipt.web.testing;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Takes a case through its tasks over the REST API as the demo users, for the tests that need a case
 * at a later stage: a task is waited for (the job executor runs asynchronous steps and timers), completed
 * with the case's current version (once more when a job moved the case on in between), and not looked
 * for again.
 */
public final class CaseDriver {

    public static final Duration JOB_WAIT = Duration.ofSeconds(90);
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final ApiClient officer;
    /** Tasks completed here: a task looked for again must be a new one. */
    private final Set<String> completed = new HashSet<>();

    public CaseDriver(ApiClient officer) {
        this.officer = officer;
    }

    /** Polls the user's open tasks until the case has a task {@code key} (for {@code farm}) not completed before. */
    public JsonObject waitForTask(ApiClient user, String n, String key, String farm) {
        Predicate<JsonObject> wanted = t -> t.getString("taskDefinitionKey").equals(key)
                && !completed.contains(t.getString("id"))
                && (farm == null || farm.equals(t.getString("farm", null)));
        return poll("task " + key + (farm == null ? "" : " of farm " + farm) + " of " + n,
                () -> user.tasksOf(n).getValuesAs(JsonObject.class).stream().filter(wanted).findFirst().orElse(null));
    }

    /** Waits for the task and completes it with the values; returns the task. */
    public JsonObject complete(ApiClient user, String n, String key, String farm, Map<String, ?> values) {
        JsonObject task = waitForTask(user, n, key, farm);
        ApiClient.Reply reply = user.complete(task.getString("id"), version(n), values);
        if (reply.status() == 409) {
            // a job of the case moved it on between our read of the version and the completion
            reply = user.complete(task.getString("id"), version(n), values);
        }
        reply.expect(204);
        done(task);
        return task;
    }

    /**
     * The officer approves the farm in the case's farm approval: national status, the farm's and then the
     * activity's documents, the site visit, and the {@code decision} (with its conditions, if any). Each
     * of these tasks is the procurement officers'.
     */
    public void approveFarm(ApiClient officer, String n, String farm, Map<String, Object> decision) {
        String today = LocalDate.now(OSLO).toString();
        officerTask(officer, n, "RecordNationalStatus", farm, Map.of("farm", farm,
                "iptSchoolDoneOn", "2024-09-10", "registeredOn", "2024-10-01", "selfAuditDoneOn", "2024-11-15",
                "externalAuditDoneOn", "2025-01-20", "approvedOn", "2025-02-10"));
        officerTask(officer, n, "CheckDocuments", farm, Map.of("farm", farm,
                "addActivity", "HEALTH_AND_CARE", "topic", "ALL", "receivedOn", today, "verifiedOn", today));
        // the farm's own documents are verified, the activity's not yet: the checklist comes back
        officerTask(officer, n, "CheckDocuments", farm, Map.of("farm", farm,
                "activity", "HEALTH_AND_CARE", "topic", "ALL", "receivedOn", today, "verifiedOn", today));
        officerTask(officer, n, "VisitFarm", farm, Map.of("farm", farm, "visitedOn", today,
                "visitedBy", "Innkjøpar og sjukepleiar", "notes", "Tilgjengeleg tun og gode rom inne"));
        Map<String, Object> values = new HashMap<>(decision);
        values.put("farm", farm);
        values.put("decidedOn", today);
        officerTask(officer, n, "DecideApproval", farm, values);
    }

    private void officerTask(ApiClient officer, String n, String key, String farm, Map<String, ?> values) {
        JsonObject task = waitForTask(officer, n, key, farm);
        if (!task.getJsonArray("candidateGroups").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList().contains("procurement-officer")) {
            throw new AssertionError(key + " is not the procurement officers' task: " + task);
        }
        complete(officer, n, key, farm, values);
    }

    /** Two of Steinkjer's three steering-group members approve over the API: the majority decides. */
    public void approveByMajority(String n, ApiClient first, ApiClient second) {
        JsonObject task = waitForTask(first, n, "SteeringGroupDecision", null);
        first.vote(n, "APPROVE", null).expect(200);
        second.vote(n, "APPROVE", null).expect(200);
        done(task);
    }

    /** Marks a task as completed elsewhere (a vote, the browser): it is not looked for again. */
    public void done(JsonObject task) {
        completed.add(task.getString("id"));
    }

    public void waitForStage(String n, String stage) {
        poll("stage " + stage + " of " + n, () -> stage.equals(officer.getCase(n).getString("stage")) ? stage : null);
    }

    public long version(String n) {
        return officer.getCase(n).getJsonNumber("version").longValue();
    }

    /** Asks {@code probe} every quarter second until it answers, for at most {@link #JOB_WAIT}. */
    public static <T> T poll(String what, Supplier<T> probe) {
        long deadline = System.nanoTime() + JOB_WAIT.toNanos();
        while (true) {
            T found = probe.get();
            if (found != null) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + JOB_WAIT.toSeconds() + " s in vain for " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }
}

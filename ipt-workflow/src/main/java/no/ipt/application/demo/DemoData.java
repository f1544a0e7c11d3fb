package no.ipt.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import no.ipt.application.access.Caller;
import no.ipt.application.cases.CaseApplicationService;
import no.ipt.application.cases.CaseRequestService;
import no.ipt.application.decisions.DecisionApplicationService;
import no.ipt.application.cases.CaseView;
import no.ipt.application.cases.OpenCaseCommand;
import no.ipt.application.tasks.TaskApplicationService;
import no.ipt.application.tasks.TaskView;
import no.ipt.infrastructure.persistence.DemoReferenceDataLoader;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Loads the seeds' reference data and demo cases once, the cases at different stages, driven by the demo
 * users through the same services as the API; a second call, on this node or another, finds them and does nothing. */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    /** Key of the PostgreSQL advisory lock that serialises demo loading across nodes. */
    private static final long DEMO_LOCK = 0x1B7D_E30L;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final int MAX_JOB_ROUNDS = 20;
    private static final String OFFICER = "innkjoper";
    // Steinkjer's IPT farms (SeedCatalogue)
    private static final String LINASVE = "910000012";
    private static final String VADAL = "910000020";
    private static final String BRATTLIA = "910000055";
    private static final String VANG = "910000063";
    private static final String LANDSEM = "910000039";
    private static final String TOMMERDALSAUNET = "910000047";

    @PersistenceContext(unitName = "ipt")
    EntityManager em;

    @Inject
    CaseApplicationService cases;

    @Inject
    TaskApplicationService tasks;

    @Inject
    DemoReferenceDataLoader referenceData;

    @Inject
    DemoUsers users;

    @Inject
    DecisionApplicationService decisions;

    @Inject
    DemoPlanningData planning;

    @Inject
    CaseRequestService requests;

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    private final Caller system = Caller.system();

    @Transactional
    public void loadOnce() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + DEMO_LOCK + ")").getSingleResult();
        DemoReferenceDataLoader.Result stored = referenceData.load();
        LOG.info(() -> "Demo reference data: " + stored.total() + " new record(s) (municipalities, farms, pilots, plans)");
        int newUsers = users.load();
        LOG.info(() -> "Demo users: " + newUsers + " new");
        planning.load();
        if (!cases.list(system).isEmpty()) {
            LOG.info("Demo data already present");
            return;
        }
        // Steinkjer: dementia day places with a waiting list (seed 000) - waiting for the steering group.
        CaseView steinkjer = cases.open(system, new OpenCaseCommand("Dagaktivitetstilbud for personer med demens",
                "5006", "HEALTH_AND_CARE"));
        describe(steinkjer, OFFICER, need("Gruppetilbud på gård for personer med demens og kognitiv svikt; venteliste i dag.",
                12, 1_800_000));
        planning.planForDementiaCase(steinkjer.caseNumber());
        // Binde school buys "the farm as a pedagogical resource" from Vang farm (seed 000) - approved; in the
        // market dialogue Vang farm has registered its interest, one more farm is wanted.
        CaseView binde = cases.open(system, new OpenCaseCommand("Gården som pedagogisk ressurs – Binde skole",
                "5006", "SCHOOL_AND_UPBRINGING"));
        describe(binde, OFFICER, need("Undervisning på gården for 2., 3. og 6. trinn gjennom skoleåret.", 60, 400_000));
        decide(binde, "APPROVE", null);
        long bindeDecision = decisions.history(system, binde.caseNumber()).get(0).id();
        decisions.recordMinutes(users.caller("styre1"), binde.caseNumber(), bindeDecision,
                "Styringsgruppa godkjende behovet. Skulen held fram med marknadsdialogen; éin gard til er ønskt.");
        planMarketDialogue(binde, 2);
        registerInterest(binde, VANG, "SCHOOL_AND_UPBRINGING", 25);
        // Vestland pilot (seed 004): work training and mental health in Bomlo and Stad - just opened.
        cases.open(system, new OpenCaseCommand("Inn på tunet innan psykisk helse, rus og arbeidstrening", "4613",
                "WORK_TRAINING_AND_MENTAL_HEALTH"));
        cases.open(system, new OpenCaseCommand("Inn på tunet innan psykisk helse, rus og arbeidstrening", "4649",
                "WORK_TRAINING_AND_MENTAL_HEALTH"));
        // Kongsberg's framework-agreement model (seed 003) - waiting for its steering group.
        CaseView kongsberg = cases.open(system, new OpenCaseCommand("Rammeavtale med IPT-tilbydere", "3303",
                "HEALTH_AND_CARE"));
        describe(kongsberg, "innkjoper.kongsberg", need("Tverrfaglig arbeidslag; rammeavtale med utvalgte tilbydere.",
                20, 3_000_000));
        // Steinkjer's respite case was sent back once by its steering group.
        CaseView respite = cases.open(system, new OpenCaseCommand("Avlastning for barn som bur heime", "5006",
                "CHILD_WELFARE"));
        describe(respite, OFFICER, need("Avlastning på gard for barn med ADHD, annenkvar helg.", 5, 900_000));
        decide(respite, "SEND_BACK", "Samanlikn med dagens tilbod og kostnad.");
        // Steinkjer's green work training: two farms registered interest; their approval is under way.
        CaseView greenWork = toFarmApproval(new OpenCaseCommand("Grønt arbeid – arbeidstrening på gard", "5006",
                "WORK_TRAINING_AND_MENTAL_HEALTH"), need("Arbeidstrening på gard for 6 deltakarar frå NAV.", 6, 1_200_000),
                List.of(LINASVE, VADAL), "WORK_TRAINING_AND_MENTAL_HEALTH");
        complete(greenWork, "RecordNationalStatus", OFFICER, Map.of("farm", LINASVE, "iptSchoolDoneOn", "2025-01-10",
                "registeredOn", "2025-01-20"));
        // Steinkjer's day places for elderly people: Brattlia farm approved, the tender is announced and open for offers.
        CaseView dayCare = toFarmApproval(new OpenCaseCommand("Dagtilbod på gard for eldre", "5006", "HEALTH_AND_CARE"),
                need("Dagtilbod på gard for heimebuande eldre, to dagar i veka.", 8, 2_100_000), List.of(BRATTLIA),
                "HEALTH_AND_CARE");
        approveFarm(dayCare, BRATTLIA, "HEALTH_AND_CARE");
        decide(dayCare, "APPROVE", null);
        LocalDate today = LocalDate.now(OSLO);
        complete(dayCare, "PrepareTenderDocuments", OFFICER, Map.of(
                "qualificationRequirements", "Godkjend Inn på tunet-gard\nPolitiattest for dei tilsette",
                "criterion.Kvalitet", 60, "criterion.Pris", 40, "questionPeriodEnd", today.plusDays(7).toString(),
                "offerDeadline", today.plusDays(14).atTime(12, 0).atZone(OSLO).toOffsetDateTime().toString(),
                "suppliers", 1));
        runDueJobs(dayCare);
        complete(dayCare, "AnnounceTender", OFFICER, Map.of("announcedOn", today.toString()));
        inForce();
        LOG.info("Demo data loaded");
    }

    /**
     * Steinkjer's respite and day places for people with dementia (seed 000's Landsem and Tømmerdalsaunet):
     * through the whole tender to a framework agreement in force, with its follow-up running and places
     * called off. The offer deadline passes by running its timer, as the clock would.
     */
    private void inForce() {
        CaseView c = toFarmApproval(new OpenCaseCommand("Inn på tunet-plassar for personar med demens – rammeavtale",
                "5006", "HEALTH_AND_CARE"), need("Dagtilbod og avlastning på gard for heimebuande personar med demens.",
                10, 2_400_000), List.of(LANDSEM, TOMMERDALSAUNET), "HEALTH_AND_CARE");
        approveFarm(c, LANDSEM, "HEALTH_AND_CARE");
        approveFarm(c, TOMMERDALSAUNET, "HEALTH_AND_CARE");
        decide(c, "APPROVE", null);
        LocalDate today = LocalDate.now(OSLO);
        // The tender ran today: announced, offers in, and the offer deadline already passed. The domain lets
        // nothing happen out of order (announced on or after the procedure was chosen, offers before the
        // deadline, opened only after it), so the deadline is a minute after midnight, the offers came at
        // midnight, and the deadline's timer runs at once instead of waiting for the job executor.
        Instant deadline = today.atStartOfDay(OSLO).plusMinutes(1).toInstant();
        waitUntilPassed(deadline);
        complete(c, "PrepareTenderDocuments", OFFICER, Map.of(
                "qualificationRequirements", "Godkjend Inn på tunet-gard\nPolitiattest for dei tilsette",
                "criterion.Kvalitet", 70, "criterion.Pris", 30, "questionPeriodEnd", today.toString(),
                "offerDeadline", deadline.atZone(OSLO).toOffsetDateTime().toString(), "suppliers", 2));
        runDueJobs(c);
        complete(c, "AnnounceTender", OFFICER, Map.of("announcedOn", today.toString()));
        for (String farm : List.of(LANDSEM, TOMMERDALSAUNET)) {
            complete(c, "RegisterOffer", OFFICER, Map.of("organisationNumber", farm,
                    "receivedAt", today.atStartOfDay(OSLO).toOffsetDateTime().toString()));
        }
        passTenderDeadlines(c);
        complete(c, "QualifyOffers", OFFICER, Map.of("decision." + LANDSEM, "QUALIFIED",
                "decision." + TOMMERDALSAUNET, "QUALIFIED", "evaluators", "evaluator"));
        complete(c, "ScoreOffers", "evaluator", Map.of("evaluator", "evaluator",
                "score." + LANDSEM + ".Kvalitet", 9, "score." + LANDSEM + ".Pris", 7,
                "score." + TOMMERDALSAUNET + ".Kvalitet", 8, "score." + TOMMERDALSAUNET + ".Pris", 8));
        decide(c, "APPROVE", null);
        complete(c, "NotifyBidders", OFFICER, Map.of("notifiedOn", today.toString()));
        runDueJobs(c);
        complete(c, "SignContract", OFFICER, Map.of());
        runDueJobs(c);
        complete(c, "RegisterAgreement", OFFICER, Map.of("termStart", today.toString(),
                "termEnd", today.plusYears(2).minusDays(1).toString(), "callOffRule", "RANKING",
                "suppliers.1.organisationNumber", LANDSEM, "suppliers.1.pricePerPlacePerDay", "1450",
                "suppliers.1.capacity", 4,
                "suppliers.2.organisationNumber", TOMMERDALSAUNET, "suppliers.2.pricePerPlacePerDay", "1390",
                "suppliers.2.capacity", 4));
        runDueJobs(c);
        requests.request(users.caller(OFFICER), c.caseNumber(), "CALL_OFF");
        complete(c, "PlaceCallOff", OFFICER, Map.of("periodStart", today.plusDays(7).toString(),
                "periodEnd", today.plusMonths(6).toString(), "places", 3, "daysPerWeek", 2, "reason", "Ventelista"));
        runDueJobs(c);
    }

    /** Only in the first minute after midnight: waits for the demo tender's deadline to pass. */
    private static void waitUntilPassed(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (!left.isNegative()) {
            try {
                Thread.sleep(left.toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while loading the demo data", e);
            }
        }
    }

    /** Runs the tender's offer-deadline timer now (it is due; the job executor would run it after commit), then what follows. */
    private void passTenderDeadlines(CaseView c) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNumber())
                .processDefinitionKey("ipt-tender").list()) {
            management.createJobQuery().processInstanceId(instance.getId()).timers().activityId("OfferDeadlinePassed")
                    .list().forEach(job -> management.executeJob(job.getId()));
        }
        runDueJobs(c);
    }

    /** The officer and the steering group take a case through its needs assessment and market dialogue to farm approval. */
    private CaseView toFarmApproval(OpenCaseCommand command, Map<String, Object> need, List<String> farms, String area) {
        CaseView c = cases.open(system, command);
        describe(c, OFFICER, need);
        decide(c, "APPROVE", null);
        planMarketDialogue(c, farms.size());
        for (String farm : farms) {
            registerInterest(c, farm, area, 4);
        }
        decide(c, "APPROVE", null);
        return c;
    }

    /** National status, the farm's and the activity's documents, the site visit and the approval of one farm. */
    private void approveFarm(CaseView c, String farm, String activity) {
        String day = LocalDate.now(OSLO).toString();
        complete(c, "RecordNationalStatus", OFFICER, Map.of("farm", farm, "iptSchoolDoneOn", "2024-09-10",
                "registeredOn", "2024-10-01", "selfAuditDoneOn", "2024-11-15", "externalAuditDoneOn", "2025-01-20",
                "approvedOn", "2025-02-10"));
        complete(c, "CheckDocuments", OFFICER, Map.of("farm", farm, "addActivity", activity, "topic", "ALL",
                "receivedOn", day, "verifiedOn", day));
        runDueJobs(c);
        complete(c, "CheckDocuments", OFFICER, Map.of("farm", farm, "activity", activity, "topic", "ALL",
                "receivedOn", day, "verifiedOn", day));
        runDueJobs(c);
        complete(c, "VisitFarm", OFFICER, Map.of("farm", farm, "visitedOn", day, "visitedBy", "Innkjøpar, Steinkjer kommune"));
        complete(c, "DecideApproval", OFFICER, Map.of("farm", farm, "decision", "APPROVED", "decidedOn", day));
        runDueJobs(c);
    }

    private void planMarketDialogue(CaseView c, int target) {
        complete(c, "PlanMarketDialogue", OFFICER, Map.of("eventKind", "INFORMATION_MEETING",
                "eventDate", LocalDate.now(OSLO).toString(), "place", "Steinkjer rådhus",
                "agenda", "Kva kommunen vil kjøpe, og korleis konkurransen blir", "targetInterestedFarms", target));
    }

    /** Registers the farm's interest; the dialogue's interest gateway then runs (it is an asynchronous step). */
    private void registerInterest(CaseView c, String farm, String area, int places) {
        complete(c, "RegisterInterest", OFFICER, Map.of("organisationNumber", farm, "serviceArea", area, "places", places));
        runDueJobs(c);
    }

    /** The demo's needs assessment of the given estimated value (NOK excl. VAT). */
    private static Map<String, Object> need(String description, int participants, long estimatedValue) {
        Map<String, Object> values = needsAssessment(description, participants);
        values.put("estimatedContractValue", Long.toString(estimatedValue));
        return values;
    }

    /** A complete needs assessment as an officer fills it in: a health and social service of NOK 2.1 million. */
    public static Map<String, Object> needsAssessment(String need, int participants) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("needDescription", need);
        values.put("participants", participants);
        values.put("targetGroup", "Heimebuande i kommunen som treng eit tilbod på dagtid");
        values.put("places", Math.max(1, participants / 2));
        values.put("daysPerWeek", 3);
        values.put("periodStart", "2027-01-01");
        values.put("periodEnd", "2028-12-31");
        values.put("transport", "MUNICIPALITY");
        values.put("currentService", "Dagsenter i sentrum");
        values.put("currentServiceYearlyCost", "950000");
        values.put("expectedOutcomes", "Kortare venteliste\nMeir aktivitet ute");
        values.put("estimatedContractValue", "2100000");
        values.put("serviceCategory", "HEALTH_AND_SOCIAL");
        values.put("buyerType", "MUNICIPALITY");
        values.put("unitsInvolved", "Helse og omsorg\nTildelingskontoret");
        return values;
    }

    private void describe(CaseView c, String officer, Map<String, Object> need) {
        complete(c, "DescribeNeed", officer, need);
    }

    /** Completes the case's open task {@code taskKey} as the demo user, as a user would over the API. */
    private void complete(CaseView c, String taskKey, String username, Map<String, ?> values) {
        Object farm = values.get("farm");
        TaskView task = tasks.openTasks(system, c.caseNumber(), null).stream()
                .filter(t -> t.taskDefinitionKey().equals(taskKey) && (farm == null || farm.equals(t.farm())))
                .findFirst().orElseThrow(() -> new IllegalStateException("Demo case " + c.caseNumber() + " has no task "
                        + taskKey + (farm == null ? "" : " for farm " + farm)));
        tasks.complete(users.caller(username), task.id(), cases.find(system, c.caseNumber()).version(), values);
    }

    /**
     * Runs the case's jobs that are due now (asynchronous continuations), as the job executor would
     * after commit: the demo data is loaded in one transaction, so a later step could not wait for it.
     */
    private void runDueJobs(CaseView c) {
        for (int round = 0; round < MAX_JOB_ROUNDS; round++) {
            List<Job> due = new ArrayList<>();
            for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(c.caseNumber()).list()) {
                due.addAll(management.createJobQuery().processInstanceId(instance.getId()).executable().list());
            }
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("Demo case " + c.caseNumber() + " still has due jobs after " + MAX_JOB_ROUNDS + " rounds");
    }

    /** Two of Steinkjer's three steering-group members vote alike: a majority of the members decides. */
    private void decide(CaseView c, String decision, String comment) {
        only(c, "SteeringGroupDecision");
        for (String member : List.of("styre1", "styre2")) {
            decisions.vote(users.caller(member), c.caseNumber(), decision, comment);
        }
    }

    private TaskView only(CaseView c, String taskKey) {
        return tasks.openTasks(system, c.caseNumber(), null).stream()
                .filter(t -> t.taskDefinitionKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo case " + c.caseNumber() + " has no task " + taskKey));
    }
}

package no.ipt.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.logging.Logger;
import no.ipt.application.access.Caller;
import no.ipt.application.cases.CaseApplicationService;
import no.ipt.application.decisions.DecisionApplicationService;
import no.ipt.application.cases.CaseView;
import no.ipt.application.cases.OpenCaseCommand;
import no.ipt.application.tasks.TaskApplicationService;
import no.ipt.application.tasks.TaskView;
import no.ipt.infrastructure.persistence.DemoReferenceDataLoader;

/** Loads the seeds' reference data and demo cases once; a second call, on this node or another, finds them and does nothing. */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    /** Key of the PostgreSQL advisory lock that serialises demo loading across nodes. */
    private static final long DEMO_LOCK = 0x1B7D_E30L;

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
        describe(steinkjer, "Gruppetilbud på gård for personer med demens og kognitiv svikt; venteliste i dag.", 12);
        // Binde school buys "the farm as a pedagogical resource" from Vang farm (seed 000) - approved.
        CaseView binde = cases.open(system, new OpenCaseCommand("Gården som pedagogisk ressurs – Binde skole",
                "5006", "SCHOOL_AND_UPBRINGING"));
        describe(binde, "Undervisning på gården for 2., 3. og 6. trinn gjennom skoleåret.", 60);
        decide(binde, "APPROVE", null);
        // Vestland pilot (seed 004): work training and mental health in Bomlo and Stad - just opened.
        cases.open(system, new OpenCaseCommand("Inn på tunet innan psykisk helse, rus og arbeidstrening", "4613",
                "WORK_TRAINING_AND_MENTAL_HEALTH"));
        cases.open(system, new OpenCaseCommand("Inn på tunet innan psykisk helse, rus og arbeidstrening", "4649",
                "WORK_TRAINING_AND_MENTAL_HEALTH"));
        // Kongsberg's framework-agreement model (seed 003) - sent back once by the steering group.
        CaseView kongsberg = cases.open(system, new OpenCaseCommand("Rammeavtale med IPT-tilbydere", "3303",
                "HEALTH_AND_CARE"));
        describe(kongsberg, "Tverrfaglig arbeidslag; rammeavtale med utvalgte tilbydere.", 20);
        // Steinkjer's respite case was sent back once by its steering group.
        CaseView respite = cases.open(system, new OpenCaseCommand("Avlastning for barn som bur heime", "5006",
                "CHILD_WELFARE"));
        describe(respite, "Avlastning på gard for barn med ADHD, annenkvar helg.", 5);
        decide(respite, "SEND_BACK", "Samanlikn med dagens tilbod og kostnad.");
        LOG.info("Demo data loaded");
    }

    private void describe(CaseView c, String need, int participants) {
        TaskView task = only(c, "DescribeNeed");
        tasks.complete(system, task.id(), cases.find(system, c.caseNumber()).version(),
                needsAssessment(need, participants));
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

    /** Two of Steinkjer's three steering-group members vote alike: a majority of the members decides. */
    private void decide(CaseView c, String decision, String comment) {
        only(c, "SteeringGroupDecision");
        for (String member : java.util.List.of("styre1", "styre2")) {
            decisions.vote(users.caller(member), c.caseNumber(), decision, comment);
        }
    }

    private TaskView only(CaseView c, String taskKey) {
        return tasks.openTasks(system, c.caseNumber(), null).stream()
                .filter(t -> t.taskDefinitionKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo case " + c.caseNumber() + " has no task " + taskKey));
    }
}

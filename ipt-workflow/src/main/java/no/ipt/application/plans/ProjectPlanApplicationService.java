package no.ipt.application.plans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.ipt.application.access.Caller;
import no.ipt.application.audit.AuditLog;
import no.ipt.application.cases.VisibleCases;
import no.ipt.domain.pilot.Pilot;
import no.ipt.domain.pilot.PilotRepository;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.project.PlanLineDraft;
import no.ipt.domain.project.ProjectPlan;
import no.ipt.domain.project.ProjectPlanRepository;
import no.ipt.domain.project.Risk;
import no.ipt.domain.project.SteeringRole;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Money;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.Period;

/**
 * Project plans: load the plan the caller may see, check the version the change was made on, call
 * the plan, store it and audit the change – all in one transaction, so a refused change stores
 * nothing.
 */
@ApplicationScoped
@Transactional
public class ProjectPlanApplicationService {

    static final String SUBJECT = "project-plan";

    @Inject
    ProjectPlanRepository plans;

    @Inject
    PilotRepository pilots;

    @Inject
    VisibleCases visibleCases;

    @Inject
    VisiblePlans visiblePlans;

    @Inject
    AuditLog audit;

    /** A plan for a case (the caller's municipality's) or for a pilot (the caller leads), never both. */
    public PlanView create(Caller caller, CreatePlanCommand command) {
        if ((command.caseNumber() == null) == (command.pilot() == null)) {
            throw new DomainRuleViolation("case-or-pilot", "caseNumber",
                    "A plan belongs to either a case (caseNumber) or a pilot (pilot)");
        }
        ProcurementCase procurementCase = command.caseNumber() == null ? null
                : visibleCases.load(caller, command.caseNumber());
        Pilot pilot = command.pilot() == null ? null : pilots.findByName(command.pilot()).orElseThrow(() ->
                new DomainRuleViolation("unknown-pilot", "pilot", "There is no pilot '" + command.pilot() + "'"));
        visiblePlans.requireEditor(caller, pilot);
        if (plans.findByTitle(command.title() == null ? null : command.title().strip()).isPresent()) {
            throw new DomainRuleViolation("duplicate-plan-title", "title",
                    "A plan called '" + command.title().strip() + "' exists already");
        }
        Money rate = command.fullTimeEquivalentRate() == null ? ProjectPlan.DEFAULT_FULL_TIME_EQUIVALENT_RATE
                : Money.nok(command.fullTimeEquivalentRate());
        ProjectPlan plan = new ProjectPlan(command.title(), command.owner(), command.projectLead(),
                Period.of(command.start(), command.end()), rate);
        if (procurementCase != null) {
            plan.linkToCase(procurementCase.caseNumber(), procurementCase.municipality());
        } else {
            plan.linkToPilot(pilot);
        }
        plans.store(plan);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", plan.title());
        after.put("caseNumber", command.caseNumber());
        after.put("pilot", command.pilot());
        after.put("period", plan.period().toString());
        after.put("fullTimeEquivalentRate", rate.amount());
        audit.record(caller, "PLAN_CREATED", SUBJECT, plan.id().toString(), tenant(plan), null, after);
        return PlanView.of(plan);
    }

    public List<PlanView> list(Caller caller) {
        return visiblePlans.list(caller).stream().map(PlanView::of).toList();
    }

    public PlanView find(Caller caller, long id) {
        return PlanView.of(visiblePlans.read(caller, id));
    }

    public PlanSummaryView summary(Caller caller, long id) {
        return PlanSummaryView.of(visiblePlans.read(caller, id));
    }

    public PlanView addGoal(Caller caller, long id, long version, String goal) {
        return change(caller, id, version, "PLAN_GOAL_ADDED", Map.of("goal", String.valueOf(goal)),
                plan -> plan.addGoal(goal));
    }

    public PlanView addPhase(Caller caller, long id, long version, String name, LocalDate start, LocalDate end,
                             String description) {
        return change(caller, id, version, "PLAN_PHASE_ADDED", Map.of("phase", String.valueOf(name),
                "start", String.valueOf(start), "end", String.valueOf(end)),
                plan -> plan.addPhase(name, Period.of(start, end), description));
    }

    public PlanView addSteeringGroupMember(Caller caller, long id, long version, String name, String role,
                                           String position) {
        SteeringRole steeringRole = parseRole(role);
        return change(caller, id, version, "PLAN_STEERING_GROUP_MEMBER_ADDED",
                Map.of("name", String.valueOf(name), "role", steeringRole.name()),
                plan -> plan.addSteeringGroupMember(name, steeringRole, position));
    }

    public PlanView addRisk(Caller caller, long id, long version, String title, String description, int likelihood,
                            int consequence, List<String> measures) {
        return change(caller, id, version, "PLAN_RISK_ADDED", Map.of("risk", String.valueOf(title),
                "likelihood", likelihood, "consequence", consequence, "measures", measures == null ? 0 : measures.size()),
                plan -> plan.addRisk(title, description, likelihood, consequence, measures));
    }

    /** Adds a measure to the risk numbered {@code riskNumber} (1 is the first risk of the analysis). */
    public PlanView addMeasure(Caller caller, long id, long version, int riskNumber, String measure) {
        return change(caller, id, version, "PLAN_RISK_MEASURE_ADDED",
                Map.of("riskNumber", riskNumber, "measure", String.valueOf(measure)), plan -> {
                    List<Risk> risks = plan.risks();
                    if (riskNumber < 1 || riskNumber > risks.size()) {
                        throw new DomainRuleViolation("unknown-risk", "riskNumber", "The plan has risks 1 to "
                                + risks.size() + "; there is no risk " + riskNumber);
                    }
                    plan.addMeasure(risks.get(riskNumber - 1).title(), measure);
                });
    }

    /** Replaces the budget and financing together; an unbalanced year refuses the whole change. */
    public PlanView replaceBudget(Caller caller, long id, long version, List<PlanLineDraft> budget,
                                  List<PlanLineDraft> financing) {
        ProjectPlan plan = editable(caller, id, version);
        Map<String, Object> before = totals(plan);
        plan.replaceBudgetAndFinancing(budget, financing);
        return stored(caller, plan, "PLAN_BUDGET_REPLACED", before, totals(plan));
    }

    public PlanView recordSpend(Caller caller, long id, long version, String budgetLine, int year, BigDecimal amount,
                                LocalDate spentOn, String note) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("line", budgetLine);
        after.put("year", year);
        after.put("amount", amount);
        after.put("spentOn", String.valueOf(spentOn));
        return change(caller, id, version, "PLAN_SPEND_RECORDED", after,
                plan -> plan.recordSpend(budgetLine, year, Money.nok(amount), spentOn, note));
    }

    private PlanView change(Caller caller, long id, long version, String action, Map<String, ?> after,
                            Consumer<ProjectPlan> work) {
        ProjectPlan plan = editable(caller, id, version);
        work.accept(plan);
        return stored(caller, plan, action, null, after);
    }

    private ProjectPlan editable(Caller caller, long id, long version) {
        ProjectPlan plan = visiblePlans.edit(caller, id);
        plan.requireVersion(version);
        return plan;
    }

    private PlanView stored(Caller caller, ProjectPlan plan, String action, Map<String, ?> before,
                            Map<String, ?> after) {
        plans.store(plan);
        audit.record(caller, action, SUBJECT, plan.id().toString(), tenant(plan), before, after);
        return PlanView.of(plan);
    }

    private static Map<String, Object> totals(ProjectPlan plan) {
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("budgetLines", plan.budgetLines().size());
        totals.put("financingLines", plan.financingLines().size());
        totals.put("budgetTotal", plan.budgetTotal().amount());
        totals.put("financingTotal", plan.financingTotal().amount());
        return totals;
    }

    /** The municipality an audit event of the plan is filed under: a case plan's; none for a pilot's. */
    private static String tenant(ProjectPlan plan) {
        return plan.municipality().map(MunicipalityNumber::value).orElse(null);
    }

    private static SteeringRole parseRole(String role) {
        try {
            return SteeringRole.valueOf(String.valueOf(role));
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("invalid-steering-role", "role",
                    "A steering-group role is one of " + List.of(SteeringRole.values()) + " (got '" + role + "')");
        }
    }
}

package no.ipt.application.decisions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.ipt.application.access.Caller;
import no.ipt.application.access.EngineAuthentication;
import no.ipt.application.audit.AuditLog;
import no.ipt.application.cases.CaseNotFoundException;
import no.ipt.application.cases.VisibleCases;
import no.ipt.domain.access.Role;
import no.ipt.domain.access.UserAccountRepository;
import no.ipt.domain.decision.DecisionOutcome;
import no.ipt.domain.decision.DecisionPoint;
import no.ipt.domain.decision.DecisionPointRepository;
import no.ipt.domain.decision.Member;
import no.ipt.domain.procurement.CaseStatus;
import no.ipt.domain.procurement.ProcurementCase;
import no.ipt.domain.procurement.ProcurementCaseRepository;
import no.ipt.domain.procurement.Stage;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.workflow.decisions.DecisionPointForm;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Steering-group decision points. The open decision of a case is the decision-point task of its
 * process; its {@link DecisionPoint} is opened with the municipality's steering-group members at the
 * first look or vote. When the votes meet the quorum rule, the point closes, the task completes with
 * the outcome (the process routes on it) and the case follows: approve moves it to the next stage,
 * reject closes it, send back leaves it where it is.
 */
@ApplicationScoped
@Transactional
public class DecisionApplicationService {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Inject
    ProcurementCaseRepository cases;

    @Inject
    DecisionPointRepository points;

    @Inject
    UserAccountRepository accounts;

    @Inject
    TaskService taskService;

    @Inject
    EngineAuthentication engineAuthentication;

    @Inject
    AuditLog audit;

    @Inject
    VisibleCases visibleCases;

    private final Clock clock = Clock.systemUTC();

    /** The open decision of the case, with the votes so far. */
    public DecisionView current(Caller caller, String caseNumber) {
        ProcurementCase procurementCase = visibleCases.load(caller, caseNumber);
        Task task = openDecisionTask(procurementCase).orElseThrow(() -> new NoOpenDecisionException(caseNumber));
        return DecisionView.of(openPoint(procurementCase, task));
    }

    /**
     * The steering groups' inbox: the open decision of every case the caller sees (opening its point
     * as {@link #current} does), by case number. A case whose municipality has no steering-group
     * members yet is left out: nobody can vote on it until an admin adds them.
     */
    public List<DecisionView> openDecisions(Caller caller) {
        List<DecisionView> open = new ArrayList<>();
        for (ProcurementCase procurementCase : visibleCases(caller)) {
            Optional<Task> task = openDecisionTask(procurementCase);
            if (task.isEmpty()) {
                continue;
            }
            try {
                open.add(DecisionView.of(openPoint(procurementCase, task.get())));
            } catch (DomainRuleViolation noSteeringGroup) {
                if (!"no-steering-group".equals(noSteeringGroup.code())) {
                    throw noSteeringGroup;
                }
            }
        }
        return open;
    }

    /** The decided points of every case the caller sees, the latest closed first. */
    public List<DecisionView> decidedDecisions(Caller caller) {
        return visibleCases(caller).stream().flatMap(c -> points.findByCase(c.caseNumber()).stream())
                .filter(DecisionPoint::isDecided).map(DecisionView::of)
                .sorted(Comparator.comparing(DecisionView::closedOn, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(DecisionView::id, Comparator.reverseOrder()))
                .toList();
    }

    /** Every decision point of the case, oldest first. */
    public List<DecisionView> history(Caller caller, String caseNumber) {
        ProcurementCase procurementCase = visibleCases.load(caller, caseNumber);
        return points.findByCase(procurementCase.caseNumber()).stream().map(DecisionView::of).toList();
    }

    /** Records (or replaces) the caller's vote; completes the decision when the quorum rule is met. */
    public DecisionView vote(Caller caller, String caseNumber, String choice, String comment) {
        caller.requireAnyRole(Role.STEERING_GROUP_MEMBER);
        ProcurementCase procurementCase = visibleCases.load(caller, caseNumber);
        Task task = openDecisionTask(procurementCase).orElseThrow(() -> new NoOpenDecisionException(caseNumber));
        DecisionPoint point = openPoint(procurementCase, task);
        DecisionOutcome chosen = parse(choice);
        point.vote(caller.username(), chosen, comment, clock.instant());
        Map<String, Object> vote = new HashMap<>();
        vote.put("stage", point.concludesStage().name());
        vote.put("choice", chosen.name());
        vote.put("comment", comment);
        audit.record(caller, "VOTE_CAST", "case", caseNumber, procurementCase.municipality().value(), null, vote);
        if (point.isDecided()) {
            point.close(LocalDate.now(clock.withZone(OSLO)));
            DecisionOutcome outcome = point.outcome().orElseThrow();
            Map<String, Object> variables = new HashMap<>();
            variables.put("decision", outcome.name());
            variables.put("decisionComment", point.votes().stream().filter(v -> v.choice() == outcome)
                    .map(v -> v.comment()).filter(c -> c != null && !c.isBlank()).collect(Collectors.joining("\n")));
            engineAuthentication.run(caller, () -> {
                taskService.setAssignee(task.getId(), caller.username());
                taskService.complete(task.getId(), variables);
            });
            // the process moves the case on (caseProgress): approve enters the next stage, reject closes it
            String stageBefore = point.concludesStage().name();
            audit.record(caller, "DECISION_MADE", "case", caseNumber, procurementCase.municipality().value(),
                    Map.of("stage", stageBefore), Map.of("outcome", outcome.name(), "stage", procurementCase.stage().name(),
                            "status", procurementCase.status().name(), "votes", point.tally().toString()));
        }
        points.store(point);
        return DecisionView.of(point);
    }

    /** Concludes a decided point with its minutes. */
    public DecisionView recordMinutes(Caller caller, String caseNumber, long decisionPointId, String text) {
        caller.requireAnyRole(Role.STEERING_GROUP_MEMBER, Role.PROJECT_LEAD);
        ProcurementCase procurementCase = visibleCases.load(caller, caseNumber);
        DecisionPoint point = points.find(decisionPointId)
                .filter(p -> p.caseNumber().equals(procurementCase.caseNumber()))
                .orElseThrow(() -> new CaseNotFoundException(caseNumber + " decision " + decisionPointId));
        point.recordMinutes(text, caller.username(), LocalDate.now(clock.withZone(OSLO)));
        points.store(point);
        audit.record(caller, "MINUTES_RECORDED", "case", caseNumber, procurementCase.municipality().value(), null,
                Map.of("decisionPoint", decisionPointId, "minutes", text));
        return DecisionView.of(point);
    }

    private List<ProcurementCase> visibleCases(Caller caller) {
        List<ProcurementCase> visible = caller.scope().isAll() ? cases.findAll()
                : cases.findByMunicipalities(caller.scope().municipalityNumbers());
        return visible.stream().sorted(Comparator.comparing(c -> c.caseNumber().value())).toList();
    }

    private DecisionPoint openPoint(ProcurementCase procurementCase, Task task) {
        Optional<DecisionPoint> open = points.findOpenByCase(procurementCase.caseNumber());
        if (open.isPresent()) {
            return open.get();
        }
        Object stage = taskService.getVariable(task.getId(), "decisionStage");
        List<Member> members = accounts.findEnabledWithRole(Role.STEERING_GROUP_MEMBER, procurementCase.municipality())
                .stream().map(u -> new Member(u.username(), u.displayName())).toList();
        if (members.isEmpty()) {
            throw new DomainRuleViolation("no-steering-group", null, "Municipality " + procurementCase.municipality()
                    + " has no steering-group members; an admin must add them before the decision can be made");
        }
        DecisionPoint point = new DecisionPoint(procurementCase.caseNumber(),
                stage == null ? procurementCase.stage() : Stage.valueOf(stage.toString()),
                LocalDate.now(clock.withZone(OSLO)), members, procurementCase.quorumRule());
        points.store(point);
        return point;
    }

    private Optional<Task> openDecisionTask(ProcurementCase procurementCase) {
        return taskService.createTaskQuery().processInstanceBusinessKey(procurementCase.caseNumber().value())
                .initializeFormKeys().active().list().stream()
                .filter(t -> DecisionPointForm.FORM_KEY.equals(t.getFormKey())).findFirst();
    }

    private static DecisionOutcome parse(String choice) {
        try {
            return DecisionOutcome.valueOf(choice);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainRuleViolation("invalid-choice", "choice",
                    "Vote APPROVE, REJECT or SEND_BACK (got '" + choice + "')");
        }
    }
}

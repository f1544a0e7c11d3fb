package no.ipt.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.ipt.application.cases.CaseApplicationService;
import no.ipt.application.cases.CaseView;
import no.ipt.application.decisions.DecisionApplicationService;
import no.ipt.application.decisions.DecisionView;
import no.ipt.application.tasks.TaskApplicationService;
import no.ipt.application.tasks.TaskView;
import no.ipt.domain.access.Role;
import no.ipt.domain.procurement.Stage;
import no.ipt.web.security.CurrentCaller;

/**
 * A case: its summary, the stage timeline, the open tasks of the case the user may work on, the
 * decision history and the BPMN diagram (drawn in the browser from {@code GET /api/cases/{n}/diagram}).
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The user task of the steering-group decision point. */
    static final String DECISION_ACTIVITY = "SteeringGroupDecision";

    @Inject
    CaseApplicationService cases;

    @Inject
    TaskApplicationService tasks;

    @Inject
    DecisionApplicationService decisions;

    @Inject
    CurrentCaller caller;

    @Inject
    Failures failures;

    private String caseNumber;
    private CaseView view;
    private List<TaskView> caseTasks = List.of();
    private List<DecisionView> history = List.of();

    /** The view action: reads the case; an unknown or foreign case shows "not found" and nothing else. */
    public void load() {
        try {
            view = cases.find(caller.get(), caseNumber);
            caseTasks = tasks.openTasks(caller.get(), view.caseNumber(), null);
            history = decisions.history(caller.get(), view.caseNumber());
        } catch (RuntimeException e) {
            view = null;
            failures.show(e, Map.of());
        }
    }

    /** One step of the stage timeline. */
    public record StageStep(String stage, String state) {
    }

    /** Every stage in order: {@code done}, {@code current} or {@code upcoming}. */
    public List<StageStep> getTimeline() {
        if (view == null) {
            return List.of();
        }
        Stage current = Stage.valueOf(view.stage());
        boolean ended = !"OPEN".equals(view.status());
        return Arrays.stream(Stage.values()).map(s -> new StageStep(s.name(),
                s.ordinal() < current.ordinal() || (ended && s == current) ? "done"
                        : s == current ? "current" : "upcoming")).toList();
    }

    /** Whether the case waits for its steering group, and the user is a member who may vote. */
    public boolean isVoteOpen() {
        return view != null && view.activeActivities().contains(DECISION_ACTIVITY)
                && caller.get().hasRole(Role.STEERING_GROUP_MEMBER);
    }

    public boolean isFound() {
        return view != null;
    }

    public CaseView getCase() {
        return view;
    }

    public List<TaskView> getTasks() {
        return caseTasks;
    }

    public List<DecisionView> getDecisions() {
        return history;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }
}

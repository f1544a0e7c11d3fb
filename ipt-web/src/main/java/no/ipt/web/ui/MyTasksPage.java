package no.ipt.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.ipt.application.cases.CaseApplicationService;
import no.ipt.application.cases.CaseView;
import no.ipt.application.tasks.TaskApplicationService;
import no.ipt.application.tasks.TaskView;
import no.ipt.web.security.CurrentCaller;
import no.ipt.workflow.decisions.DecisionPointForm;

/**
 * "My tasks": the open tasks offered to the user's groups or assigned to them, filtered by case and
 * candidate group (as {@code GET /api/tasks}); claim and release through {@link TaskApplicationService}.
 */
@Named
@ViewScoped
public class MyTasksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskApplicationService tasks;

    @Inject
    CaseApplicationService cases;

    @Inject
    CurrentCaller caller;

    @Inject
    Texts texts;

    @Inject
    Failures failures;

    private String caseNumber;
    private String candidateGroup;
    private List<TaskView> open = List.of();
    private List<CaseView> visibleCases = List.of();

    /** Reads the tasks for the filters in the address (the view action). */
    public void load() {
        open = tasks.openTasks(caller.get(), caseNumber, candidateGroup);
        visibleCases = cases.list(caller.get());
    }

    public String filter() {
        return "/tasks?faces-redirect=true&includeViewParams=true";
    }

    public String claim(String taskId) {
        return act(() -> tasks.claim(caller.get(), taskId), "tasks.claimed");
    }

    public String unclaim(String taskId) {
        return act(() -> tasks.unclaim(caller.get(), taskId), "tasks.released");
    }

    /** Runs the service call, says how it went (after the redirect) and shows the list again. */
    private String act(Runnable call, String doneKey) {
        try {
            call.run();
            texts.message(null, FacesMessage.SEVERITY_INFO, texts.get(doneKey));
        } catch (RuntimeException e) {
            failures.show(e, Map.of());
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return filter();
    }

    public boolean isMine(TaskView task) {
        return caller.get().username().equals(task.assignee());
    }

    public boolean isDecision(TaskView task) {
        return DecisionPointForm.FORM_KEY.equals(task.formKey());
    }

    /** The candidate groups the user can filter by: their own. */
    public List<String> getGroups() {
        return caller.get().groups().stream().sorted().toList();
    }

    public List<TaskView> getTasks() {
        return open;
    }

    public List<CaseView> getCases() {
        return visibleCases;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = blankToNull(caseNumber);
    }

    public String getCandidateGroup() {
        return candidateGroup;
    }

    public void setCandidateGroup(String candidateGroup) {
        this.candidateGroup = blankToNull(candidateGroup);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

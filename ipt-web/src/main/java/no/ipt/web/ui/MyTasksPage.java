package no.ipt.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ipt.application.cases.CaseApplicationService;
import no.ipt.application.cases.CaseView;
import no.ipt.application.tasks.TaskApplicationService;
import no.ipt.application.tasks.TaskView;
import no.ipt.domain.procurement.Stage;
import no.ipt.web.security.CurrentCaller;
import no.ipt.workflow.decisions.DecisionPointForm;

/**
 * "My tasks": the open tasks offered to the user's groups or assigned to them, filtered by case and
 * candidate group (as {@code GET /api/tasks}) and by their case's stage, municipality and service area
 * and their due date ({@link TaskFilter}); claim and release through {@link TaskApplicationService}.
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
    private String stage;
    private String municipality;
    private String serviceArea;
    private String due;
    private List<TaskView> open = List.of();
    private List<CaseView> visibleCases = List.of();
    private Map<String, CaseView> caseIndex = Map.of();

    /** Reads the tasks for the filters in the address (the view action). */
    public void load() {
        visibleCases = cases.list(caller.get());
        Map<String, CaseView> byNumber = visibleCases.stream()
                .collect(Collectors.toMap(CaseView::caseNumber, Function.identity()));
        TaskFilter filter = new TaskFilter(stage, municipality, serviceArea, TaskFilter.due(due));
        Instant now = Instant.now();
        open = tasks.openTasks(caller.get(), caseNumber, candidateGroup).stream()
                .filter(t -> filter.matches(t, byNumber.get(t.caseNumber()), now))
                .toList();
        caseIndex = byNumber;
    }

    /** The case of a listed task (for its stage and municipality columns). */
    public CaseView caseOf(TaskView task) {
        return caseIndex.get(task.caseNumber());
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

    /** The stages, municipalities and service areas of the user's cases, for the filters' choices. */
    public List<String> getStages() {
        return Arrays.stream(Stage.values()).map(Enum::name).toList();
    }

    public List<String> getMunicipalities() {
        return visibleCases.stream().map(CaseView::municipalityNumber).distinct().sorted().toList();
    }

    public List<String> getServiceAreas() {
        return visibleCases.stream().map(CaseView::serviceArea).distinct().sorted().toList();
    }

    public List<String> getDueChoices() {
        return Arrays.stream(TaskFilter.Due.values()).map(Enum::name).toList();
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = blankToNull(stage);
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = blankToNull(municipality);
    }

    public String getServiceArea() {
        return serviceArea;
    }

    public void setServiceArea(String serviceArea) {
        this.serviceArea = blankToNull(serviceArea);
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = blankToNull(due);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package no.ipt.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.Part;
import no.ipt.application.casefile.CaseFileApplicationService;
import no.ipt.application.casefile.CaseOverviewService;
import no.ipt.application.casefile.CommentView;
import no.ipt.application.casefile.DocumentView;
import no.ipt.application.casefile.FarmInvolvement;
import no.ipt.application.casefile.HistoryEntry;
import no.ipt.application.casefile.UploadCommand;
import no.ipt.application.cases.CaseApplicationService;
import no.ipt.application.plans.PlanSummaryView;
import no.ipt.domain.casefile.DocumentCategory;
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
 * decision history and the BPMN diagram (drawn in the browser from {@code GET /api/cases/{n}/diagram});
 * the case's documents (upload, download through the API) and comments, its history, the farms
 * involved and the budget of its plan.
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
    CaseFileApplicationService caseFile;

    @Inject
    CaseOverviewService overview;

    @Inject
    Texts texts;

    @Inject
    CurrentCaller caller;

    /** The domain's field names on the case page's forms. */
    static final Map<String, String> FIELDS = Map.of("file", "upload:file", "fileName", "upload:file",
            "title", "upload:title", "category", "upload:category", "organisationNumber", "upload:farm",
            "text", "comment:text");

    @Inject
    Failures failures;

    private String caseNumber;
    private CaseView view;
    private List<TaskView> caseTasks = List.of();
    private List<DecisionView> history = List.of();
    private List<DocumentView> documents = List.of();
    private List<CommentView> comments = List.of();
    private List<HistoryEntry> events = List.of();
    private List<FarmInvolvement> farms = List.of();
    private PlanSummaryView budget;
    private boolean worksOnCase;

    private transient Part file;
    private String title;
    private String category;
    private String farm;
    private String commentText;

    /** The view action: reads the case; an unknown or foreign case shows "not found" and nothing else. */
    public void load() {
        try {
            view = cases.find(caller.get(), caseNumber);
            caseTasks = tasks.openTasks(caller.get(), view.caseNumber(), null);
            history = decisions.history(caller.get(), view.caseNumber());
            worksOnCase = caseFile.worksOnCases(caller.get());
            if (worksOnCase) {
                documents = caseFile.documents(caller.get(), view.caseNumber());
                comments = caseFile.comments(caller.get(), view.caseNumber());
                events = overview.history(caller.get(), view.caseNumber());
                farms = overview.farms(caller.get(), view.caseNumber());
                budget = overview.budget(caller.get(), view.caseNumber()).orElse(null);
            }
        } catch (RuntimeException e) {
            view = null;
            failures.show(e, Map.of());
        }
    }

    /** Stores the chosen file on the case; a refusal is shown at the file field and nothing is stored. */
    public String upload() {
        try {
            byte[] content = UploadedFiles.read(file, caseFile.policy());
            DocumentView stored = caseFile.upload(caller.get(), caseNumber,
                    new UploadCommand(file.getSubmittedFileName(), title, category, farm, content));
            return done(texts.get("documents.uploaded", stored.fileName()));
        } catch (RuntimeException e) {
            failures.show(e, FIELDS);
            return null;
        }
    }

    /** Adds the comment; the page shows it first. */
    public String comment() {
        try {
            caseFile.comment(caller.get(), caseNumber, commentText);
            return done(texts.get("comments.added"));
        } catch (RuntimeException e) {
            failures.show(e, FIELDS);
            return null;
        }
    }

    /** Post/redirect/get, so a reload does not send the file or the comment again. */
    private String done(String message) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        texts.message(null, FacesMessage.SEVERITY_INFO, message);
        return "/case?faces-redirect=true&n=" + caseNumber;
    }

    /** A history line's "what" in the user's language: a task's name, a vote, an audited action. */
    public String describe(HistoryEntry e) {
        return switch (e.kind()) {
            case "TASK" -> texts.task(e.what(), e.detail());
            case "VOTE" -> texts.get("history.vote", texts.get("outcome." + e.what()), texts.get("stage." + e.detail()));
            default -> texts.orElse("history.action." + e.what(), e.what()) + (e.detail() == null ? "" : ": " + e.detail());
        };
    }

    public List<String> getCategories() {
        return Arrays.stream(DocumentCategory.values()).map(Enum::name).toList();
    }

    /** The largest file, for the upload hint. */
    public long getMaxBytes() {
        return caseFile.policy().maxBytes();
    }

    public boolean isWorksOnCase() {
        return worksOnCase;
    }

    public List<DocumentView> getDocuments() {
        return documents;
    }

    public List<CommentView> getComments() {
        return comments;
    }

    public List<HistoryEntry> getHistory() {
        return events;
    }

    public List<FarmInvolvement> getFarms() {
        return farms;
    }

    public PlanSummaryView getBudget() {
        return budget;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getFarm() {
        return farm;
    }

    public void setFarm(String farm) {
        this.farm = farm;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
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

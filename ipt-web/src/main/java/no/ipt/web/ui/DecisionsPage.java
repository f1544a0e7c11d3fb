package no.ipt.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ipt.application.access.AccessDeniedException;
import no.ipt.application.access.Caller;
import no.ipt.application.cases.CaseApplicationService;
import no.ipt.application.cases.CaseView;
import no.ipt.application.decisions.DecisionApplicationService;
import no.ipt.application.decisions.DecisionView;
import no.ipt.application.plans.PlanSummaryView;
import no.ipt.application.plans.PlanView;
import no.ipt.application.plans.ProjectPlanApplicationService;
import no.ipt.domain.access.Role;
import no.ipt.web.security.CurrentCaller;

/**
 * The steering groups' decisions inbox: every open decision point of the cases the user sees, with the
 * case, its project plan's budget against spend and risks, the votes so far and a link to vote; below,
 * the decided points with outcome, date and minutes (as PDF), where a member or project lead writes
 * the minutes of a point that has none through {@link DecisionApplicationService#recordMinutes}.
 */
@Named
@ViewScoped
public class DecisionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A decision point with its case and, when the case has one the user may read, its plan. */
    public record Item(DecisionView decision, CaseView procurementCase, PlanView plan, PlanSummaryView budget) implements Serializable {

        public long votesCast() {
            return decision.members().stream().filter(DecisionView.MemberView::voted).count();
        }
    }

    @Inject
    DecisionApplicationService decisions;

    @Inject
    CaseApplicationService cases;

    @Inject
    ProjectPlanApplicationService plans;

    @Inject
    CurrentCaller caller;

    @Inject
    Texts texts;

    @Inject
    Failures failures;

    private List<Item> open = List.of();
    private List<Item> decided = List.of();
    private final Map<Long, String> minutes = new HashMap<>();

    /** The view action. */
    public void load() {
        Caller c = caller.get();
        Map<String, CaseView> byNumber = cases.list(c).stream()
                .collect(Collectors.toMap(CaseView::caseNumber, Function.identity(), (a, b) -> a));
        Map<String, PlanView> planOfCase = casePlans(c);
        open = decisions.openDecisions(c).stream().map(d -> item(c, d, byNumber, planOfCase)).toList();
        decided = decisions.decidedDecisions(c).stream().map(d -> item(c, d, byNumber, planOfCase)).toList();
    }

    /** Records the minutes written for the decided point {@code id} of case {@code caseNumber}. */
    public String recordMinutes(String caseNumber, long id) {
        try {
            decisions.recordMinutes(caller.get(), caseNumber, id, minutes.get(id));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            texts.message(null, FacesMessage.SEVERITY_INFO, texts.get("inbox.minutesRecorded", caseNumber));
            return "/decisions?faces-redirect=true";
        } catch (RuntimeException e) {
            failures.show(e, Map.of());
            return null;
        }
    }

    /** Whether the user may write the minutes of a decided point without minutes (steering group, project lead). */
    public boolean mayWriteMinutes(DecisionView d) {
        Caller c = caller.get();
        return "CLOSED".equals(d.status()) && (c.hasRole(Role.STEERING_GROUP_MEMBER) || c.hasRole(Role.PROJECT_LEAD));
    }

    /** Whether the user is one of the point's members who has not voted yet. */
    public boolean awaitsVote(DecisionView d) {
        String me = caller.get().username();
        return d.members().stream().anyMatch(m -> m.userId().equals(me) && !m.voted());
    }

    /** The member's name as the point lists it. */
    public String memberName(DecisionView d, String userId) {
        return d.members().stream().filter(m -> m.userId().equals(userId)).map(DecisionView.MemberView::displayName)
                .findFirst().orElse(userId);
    }

    private Item item(Caller c, DecisionView d, Map<String, CaseView> byNumber, Map<String, PlanView> planOfCase) {
        PlanView plan = planOfCase.get(d.caseNumber());
        return new Item(d, byNumber.get(d.caseNumber()), plan, plan == null ? null : plans.summary(c, plan.id()));
    }

    /** The case plans the user may read (none for a role that reads no plans, such as an evaluator). */
    private Map<String, PlanView> casePlans(Caller c) {
        try {
            return plans.list(c).stream().filter(p -> p.caseNumber() != null)
                    .collect(Collectors.toMap(PlanView::caseNumber, Function.identity(), (a, b) -> a));
        } catch (AccessDeniedException readsNoPlans) {
            return Map.of();
        }
    }

    public List<Item> getOpen() {
        return open;
    }

    public List<Item> getDecided() {
        return decided;
    }

    public Map<Long, String> getMinutes() {
        return minutes;
    }
}

package no.ipt.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import no.ipt.application.cases.CaseApplicationService;
import no.ipt.application.cases.CaseView;
import no.ipt.application.decisions.DecisionApplicationService;
import no.ipt.application.decisions.DecisionView;
import no.ipt.web.security.CurrentCaller;

/**
 * The open steering-group decision of a case: members and votes so far, and the member's vote
 * (approve, reject or send back, with a comment) through {@link DecisionApplicationService#vote}.
 * A protected view (faces-config.xml): reachable only through the application's own links.
 */
@Named
@ViewScoped
public class DecisionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The domain's field names and the form fields that show their messages. */
    static final Map<String, String> FIELDS = Map.of("comment", "vote:comment");

    @Inject
    DecisionApplicationService decisions;

    @Inject
    CaseApplicationService cases;

    @Inject
    CurrentCaller caller;

    @Inject
    Texts texts;

    @Inject
    Failures failures;

    private String caseNumber;
    private CaseView procurementCase;
    private DecisionView decision;
    private String comment;

    /** The view action. */
    public void load() {
        try {
            procurementCase = cases.find(caller.get(), caseNumber);
            decision = decisions.current(caller.get(), procurementCase.caseNumber());
        } catch (RuntimeException e) {
            decision = null;
            failures.show(e, Map.of());
        }
    }

    /** Casts the vote; when it decides the case, goes to the case page, otherwise shows the votes. */
    public String vote(String choice) {
        try {
            DecisionView after = decisions.vote(caller.get(), caseNumber, choice, comment);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            if (after.decided()) {
                texts.message(null, FacesMessage.SEVERITY_INFO,
                        texts.get("decision.decided", texts.get("outcome." + after.outcome())));
                return "/case?faces-redirect=true&n=" + caseNumber;
            }
            texts.message(null, FacesMessage.SEVERITY_INFO, texts.get("decision.voted"));
            return "/decision?faces-redirect=true&includeViewParams=true";
        } catch (RuntimeException e) {
            failures.show(e, FIELDS);
            return null;
        }
    }

    public boolean isMember() {
        return decision != null && decision.members().stream().anyMatch(m -> m.userId().equals(caller.get().username()));
    }

    public String memberName(String userId) {
        return decision == null ? userId : decision.members().stream().filter(m -> m.userId().equals(userId))
                .map(DecisionView.MemberView::displayName).findFirst().orElse(userId);
    }

    public CaseView getCase() {
        return procurementCase;
    }

    public DecisionView getDecision() {
        return decision;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}

package no.ipt.workflow.decisions;

import jakarta.enterprise.context.ApplicationScoped;
import no.ipt.workflow.forms.CompletedElsewhereForm;

/**
 * The decision-point task is not completed like other tasks: each member votes, and the quorum rule
 * completes it. Completing it directly is refused with a pointer to the vote.
 */
@ApplicationScoped
public class DecisionPointForm extends CompletedElsewhereForm {

    public static final String FORM_KEY = "ipt:decision-point";

    public DecisionPointForm() {
        super(FORM_KEY, "decided-by-votes", "A steering-group decision is made by the members'"
                + " votes: POST /api/cases/{caseNumber}/decision/votes with your choice");
    }
}

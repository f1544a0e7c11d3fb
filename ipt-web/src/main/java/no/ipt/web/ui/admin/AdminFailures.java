package no.ipt.web.ui.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import no.ipt.application.modeling.ModelProblem;
import no.ipt.application.modeling.ModelingNotFoundException;
import no.ipt.application.modeling.RefusedWithProblems;
import no.ipt.web.ui.Failures;
import no.ipt.web.ui.Texts;

/**
 * What the modeling services refuse, as messages on an admin page: a refused model or migration gives
 * its problems per element (returned for the page to list), an unknown version "not found"; the rest
 * goes to {@link Failures} (domain rules, forbidden).
 */
@ApplicationScoped
public class AdminFailures {

    @Inject
    Failures failures;

    @Inject
    Texts texts;

    /** Shows {@code e} on the page and returns the problems per element it carries (else none). */
    public List<ModelProblem> show(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RefusedWithProblems refused) {
                texts.message(null, FacesMessage.SEVERITY_ERROR, texts.get("admin.refused", refused.summary()));
                return refused.problems();
            }
            if (t instanceof ModelingNotFoundException) {
                texts.message(null, FacesMessage.SEVERITY_ERROR, texts.get("admin.notFound"));
                return List.of();
            }
        }
        failures.show(e, Map.of());
        return List.of();
    }
}

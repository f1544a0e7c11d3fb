package no.ipt.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.ipt.application.cases.CaseApplicationService;
import no.ipt.application.cases.CaseView;
import no.ipt.web.security.CurrentCaller;

/** The start page: the cases the user may see (as {@code GET /api/cases}). */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CaseApplicationService cases;

    @Inject
    CurrentCaller caller;

    private List<CaseView> visible;

    public List<CaseView> getCases() {
        if (visible == null) {
            visible = cases.list(caller.get());
        }
        return visible;
    }
}

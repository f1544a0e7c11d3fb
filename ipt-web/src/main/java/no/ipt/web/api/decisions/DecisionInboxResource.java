package no.ipt.web.api.decisions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.ipt.application.decisions.DecisionApplicationService;
import no.ipt.application.decisions.DecisionView;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.web.security.CurrentCaller;

/**
 * GET /api/decisions?open=true: the decision points across the cases the caller sees – the open ones
 * ({@code open=true}, the default) or the decided ones ({@code open=false}); the steering groups' inbox.
 */
@Path("decisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DecisionInboxResource {

    @Inject
    DecisionApplicationService decisions;

    @Inject
    CurrentCaller caller;

    @GET
    public List<DecisionView> list(@QueryParam("open") String open) {
        if (open == null || "true".equals(open)) {
            return decisions.openDecisions(caller.get());
        }
        if ("false".equals(open)) {
            return decisions.decidedDecisions(caller.get());
        }
        throw new DomainRuleViolation("invalid-choice", "open", "'open' is true or false (got '" + open + "')");
    }
}

package no.ipt.web.api.decisions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.ipt.application.decisions.DecisionApplicationService;
import no.ipt.application.decisions.DecisionView;
import no.ipt.web.security.CurrentCaller;

/** Every decision point of a case, and their minutes. */
@Path("cases/{caseNumber}/decisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionHistoryResource {

    @Inject
    DecisionApplicationService decisions;

    @Inject
    CurrentCaller caller;

    @GET
    public List<DecisionView> history(@PathParam("caseNumber") String caseNumber) {
        return decisions.history(caller.get(), caseNumber);
    }

    @POST
    @Path("{id}/minutes")
    public DecisionView minutes(@PathParam("caseNumber") String caseNumber, @PathParam("id") long id,
                                @NotNull @Valid MinutesRequest request) {
        return decisions.recordMinutes(caller.get(), caseNumber, id, request.text);
    }
}

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
import no.ipt.application.decisions.DecisionApplicationService;
import no.ipt.application.decisions.DecisionView;
import no.ipt.web.security.CurrentCaller;

/** The steering-group decision a case waits for, and the members' votes on it. */
@Path("cases/{caseNumber}/decision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionResource {

    @Inject
    DecisionApplicationService decisions;

    @Inject
    CurrentCaller caller;

    /** The decision the case waits for, with the members, the votes so far and whether the quorum is met. */
    @GET
    public DecisionView current(@PathParam("caseNumber") String caseNumber) {
        return decisions.current(caller.get(), caseNumber);
    }

    /** Casts (or changes) the caller's vote; the decision is made when the quorum rule is met. */
    @POST
    @Path("votes")
    public DecisionView vote(@PathParam("caseNumber") String caseNumber, @NotNull @Valid VoteRequest request) {
        return decisions.vote(caller.get(), caseNumber, request.choice, request.comment);
    }
}

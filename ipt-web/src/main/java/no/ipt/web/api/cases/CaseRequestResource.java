package no.ipt.web.api.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.ipt.application.cases.CaseRequestService;
import no.ipt.web.security.CurrentCaller;

/**
 * What a case's running stage is asked from outside its task list: a call-off, a deviation report, an
 * evaluation or a termination. Each raises a task; a case whose stage is not waiting for it answers 400.
 */
@Path("cases/{caseNumber}/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseRequestResource {

    @Inject
    CaseRequestService requests;

    @Inject
    CurrentCaller caller;

    @POST
    public Response request(@PathParam("caseNumber") String caseNumber, @NotNull @Valid CaseRequestBody body) {
        requests.request(caller.get(), caseNumber, body.type);
        return Response.accepted().build();
    }
}

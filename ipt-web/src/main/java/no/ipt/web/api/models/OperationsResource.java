package no.ipt.web.api.models;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.ipt.application.modeling.IncidentView;
import no.ipt.application.modeling.OperationsService;
import no.ipt.application.modeling.ProcessVariablesView;
import no.ipt.application.modeling.TimerView;
import no.ipt.web.security.CurrentCaller;

/**
 * {@code /api/operations} (platform admins): {@code GET incidents}, {@code POST incidents/{id}/retry?retries=1},
 * {@code POST incidents/{id}/resolve}, {@code GET timers?caseNumber=}, {@code GET cases/{caseNumber}/variables}.
 */
@Path("operations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OperationsResource {

    @Inject
    OperationsService operations;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("incidents")
    public List<IncidentView> incidents() {
        return operations.incidents(caller.get());
    }

    @POST
    @Path("incidents/{id}/retry")
    public Response retry(@PathParam("id") String incidentId,
                          @QueryParam("retries") @DefaultValue("1") @Min(1) @Max(10) int retries) {
        operations.retry(caller.get(), incidentId, retries);
        return Response.noContent().build();
    }

    @POST
    @Path("incidents/{id}/resolve")
    public Response resolve(@PathParam("id") String incidentId) {
        operations.resolve(caller.get(), incidentId);
        return Response.noContent().build();
    }

    @GET
    @Path("timers")
    public List<TimerView> timers(@QueryParam("caseNumber") String caseNumber) {
        return operations.timers(caller.get(), caseNumber);
    }

    @GET
    @Path("cases/{caseNumber}/variables")
    public List<ProcessVariablesView> variables(@PathParam("caseNumber") String caseNumber) {
        return operations.variables(caller.get(), caseNumber);
    }
}

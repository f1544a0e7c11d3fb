package no.ipt.web.api.farms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.ipt.application.farms.FarmDealingsView;
import no.ipt.application.farms.FarmRegisterService;
import no.ipt.application.farms.FarmView;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.web.security.CurrentCaller;

/** The farm register: search, read, register and describe farms; a municipality's approvals and agreements of a farm. */
@Path("farms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FarmResource {

    @Inject
    FarmRegisterService register;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @GET
    public List<FarmView> search(@QueryParam("name") String name, @QueryParam("municipality") String municipality) {
        if (name != null && name.length() > 200) {
            throw new DomainRuleViolation("too-long", "name", "Search with at most 200 characters");
        }
        return register.search(caller.get(), name, municipality);
    }

    @GET
    @Path("{organisationNumber:[0-9]{9}}")
    public FarmView find(@PathParam("organisationNumber") String organisationNumber) {
        return register.find(caller.get(), organisationNumber);
    }

    /** The approvals of and agreements with the farm that belong to the caller's municipalities. */
    @GET
    @Path("{organisationNumber:[0-9]{9}}/dealings")
    public FarmDealingsView dealings(@PathParam("organisationNumber") String organisationNumber) {
        return register.dealings(caller.get(), organisationNumber);
    }

    @POST
    public Response registerFarm(@NotNull @Valid FarmRequest request) {
        FarmView farm = register.register(caller.get(), request.organisationNumber, request.producerNumber,
                request.municipalityNumber, request.kind, request.details());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(farm.organisationNumber()).build())
                .entity(farm).build();
    }

    @PUT
    @Path("{organisationNumber:[0-9]{9}}")
    public FarmView describe(@PathParam("organisationNumber") String organisationNumber,
                             @NotNull @Valid FarmRequest request) {
        if (request.version == null) {
            throw new DomainRuleViolation("required", "version", "'version' is required");
        }
        return register.describe(caller.get(), organisationNumber, request.details(), request.version);
    }
}

package no.ipt.web.api.capacity;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import no.ipt.application.capacity.CapacityApplicationService;
import no.ipt.application.capacity.CapacityView;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.web.security.CurrentCaller;

/** A municipality's service capacities and waiting lists, as counts with their history. */
@Path("capacities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CapacityResource {

    @Inject
    CapacityApplicationService capacities;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    public Response create(@NotNull @Valid CreateCapacityRequest r) {
        CapacityView created = capacities.create(caller.get(), r.municipalityNumber, r.serviceArea, r.serviceName,
                whole(r.places, "places"), r.on);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    public List<CapacityView> list() {
        return capacities.list(caller.get());
    }

    @GET
    @Path("{id}")
    public CapacityView find(@PathParam("id") long id) {
        return capacities.find(caller.get(), id);
    }

    @PUT
    @Path("{id}/places")
    public CapacityView changePlaces(@PathParam("id") long id, @NotNull @Valid CapacityChangeRequest r) {
        return capacities.changePlaces(caller.get(), id, r.version, required(r.places, "places"), r.on);
    }

    @POST
    @Path("{id}/waiting-list/join")
    public CapacityView join(@PathParam("id") long id, @NotNull @Valid CapacityChangeRequest r) {
        return capacities.joinWaitingList(caller.get(), id, r.version, required(r.count, "count"), r.on);
    }

    @POST
    @Path("{id}/waiting-list/leave")
    public CapacityView leave(@PathParam("id") long id, @NotNull @Valid CapacityChangeRequest r) {
        return capacities.leaveWaitingList(caller.get(), id, r.version, required(r.count, "count"), r.on);
    }

    @POST
    @Path("{id}/admit")
    public CapacityView admit(@PathParam("id") long id, @NotNull @Valid CapacityChangeRequest r) {
        return capacities.admit(caller.get(), id, r.version, whole(r.count, "count"), r.on);
    }

    @POST
    @Path("{id}/release")
    public CapacityView release(@PathParam("id") long id, @NotNull @Valid CapacityChangeRequest r) {
        return capacities.release(caller.get(), id, r.version, required(r.count, "count"), r.on);
    }

    private static int required(BigDecimal value, String field) {
        if (value == null) {
            throw new DomainRuleViolation("missing-" + field, field, "Give the " + field);
        }
        return whole(value, field);
    }

    /** A count of people or places is a whole number (a NUMBER of 2.5 is refused, not truncated). */
    private static Integer whole(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new DomainRuleViolation("invalid-count", field,
                    "The " + field + " is a whole number (got " + value.toPlainString() + ")");
        }
    }
}

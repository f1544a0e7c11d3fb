package no.ipt.web.api.plans;

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
import java.util.List;
import no.ipt.application.plans.CreatePlanCommand;
import no.ipt.application.plans.PlanSummaryView;
import no.ipt.application.plans.PlanView;
import no.ipt.application.plans.ProjectPlanApplicationService;
import no.ipt.web.security.CurrentCaller;

/** Project plans of cases and pilots (docs/roles.md says who reads and edits them). */
@Path("plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    ProjectPlanApplicationService plans;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    public Response create(@NotNull @Valid CreatePlanRequest r) {
        PlanView created = plans.create(caller.get(), new CreatePlanCommand(r.title, r.owner, r.projectLead, r.start,
                r.end, r.fullTimeEquivalentRate, r.caseNumber, r.pilot));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    public List<PlanView> list() {
        return plans.list(caller.get());
    }

    @GET
    @Path("{id}")
    public PlanView find(@PathParam("id") long id) {
        return plans.find(caller.get(), id);
    }

    @GET
    @Path("{id}/summary")
    public PlanSummaryView summary(@PathParam("id") long id) {
        return plans.summary(caller.get(), id);
    }

    @POST
    @Path("{id}/goals")
    public PlanView addGoal(@PathParam("id") long id, @NotNull @Valid GoalRequest r) {
        return plans.addGoal(caller.get(), id, r.version, r.goal);
    }

    @POST
    @Path("{id}/phases")
    public PlanView addPhase(@PathParam("id") long id, @NotNull @Valid PhaseRequest r) {
        return plans.addPhase(caller.get(), id, r.version, r.name, r.start, r.end, r.description);
    }

    @POST
    @Path("{id}/steering-group")
    public PlanView addSteeringGroupMember(@PathParam("id") long id, @NotNull @Valid SteeringGroupMemberRequest r) {
        return plans.addSteeringGroupMember(caller.get(), id, r.version, r.name, r.role, r.position);
    }

    @POST
    @Path("{id}/risks")
    public PlanView addRisk(@PathParam("id") long id, @NotNull @Valid RiskRequest r) {
        return plans.addRisk(caller.get(), id, r.version, r.title, r.description, r.likelihood, r.consequence,
                r.measures);
    }

    @POST
    @Path("{id}/risks/{riskNumber}/measures")
    public PlanView addMeasure(@PathParam("id") long id, @PathParam("riskNumber") int riskNumber,
                               @NotNull @Valid MeasureRequest r) {
        return plans.addMeasure(caller.get(), id, r.version, riskNumber, r.measure);
    }

    /** The whole budget and financing plan at once; an unbalanced year is refused (400) and nothing is stored. */
    @PUT
    @Path("{id}/budget")
    public PlanView replaceBudget(@PathParam("id") long id, @NotNull @Valid BudgetRequest r) {
        return plans.replaceBudget(caller.get(), id, r.version,
                r.budget.stream().map(BudgetLineRequest::toDraft).toList(),
                r.financing.stream().map(BudgetLineRequest::toDraft).toList());
    }

    @POST
    @Path("{id}/spend")
    public PlanView recordSpend(@PathParam("id") long id, @NotNull @Valid SpendRequest r) {
        return plans.recordSpend(caller.get(), id, r.version, r.label, r.year, r.amount, r.spentOn, r.note);
    }
}

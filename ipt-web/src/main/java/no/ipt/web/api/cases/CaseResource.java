package no.ipt.web.api.cases;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import no.ipt.application.cases.CaseApplicationService;
import no.ipt.application.cases.OpenCaseCommand;
import no.ipt.web.security.CurrentCaller;

@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    CaseApplicationService cases;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    public Response open(@NotNull @Valid OpenCaseRequest request) {
        CaseDto opened = CaseDto.of(cases.open(caller.get(),
                new OpenCaseCommand(request.title, request.municipalityNumber, request.serviceArea)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(opened.caseNumber()).build())
                .entity(opened).build();
    }

    @GET
    public List<CaseDto> list() {
        return cases.list(caller.get()).stream().map(CaseDto::of).toList();
    }

    @GET
    @Path("{caseNumber}")
    public CaseDto find(@PathParam("caseNumber") String caseNumber) {
        return CaseDto.of(cases.find(caller.get(), caseNumber));
    }

    /** Chooses the quorum rule of the case's coming decision points (project lead or admin). */
    @PUT
    @Path("{caseNumber}/quorum-rule")
    public CaseDto chooseQuorumRule(@PathParam("caseNumber") String caseNumber,
                                    @NotNull @Valid QuorumRuleRequest request) {
        return CaseDto.of(cases.chooseQuorumRule(caller.get(), caseNumber, request.quorumRule, request.version));
    }
}

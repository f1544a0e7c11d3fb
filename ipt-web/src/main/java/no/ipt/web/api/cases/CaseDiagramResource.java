package no.ipt.web.api.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.ipt.application.cases.CaseDiagramService;
import no.ipt.web.security.CurrentCaller;

/** The BPMN diagrams of a case with its active and completed activities (the case page draws them). */
@Path("cases/{caseNumber}/diagram")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseDiagramResource {

    @Inject
    CaseDiagramService diagrams;

    @Inject
    CurrentCaller caller;

    @GET
    public CaseDiagramDto diagram(@PathParam("caseNumber") String caseNumber) {
        return CaseDiagramDto.of(diagrams.of(caller.get(), caseNumber));
    }
}

package no.ipt.web.api.casefile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.ipt.application.casefile.CaseOverviewService;
import no.ipt.application.casefile.HistoryEntry;
import no.ipt.web.security.CurrentCaller;

/** Who did what on a case and when, newest first. */
@Path("cases/{caseNumber}/history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseHistoryResource {

    @Inject
    CaseOverviewService overview;

    @Inject
    CurrentCaller caller;

    @GET
    public List<HistoryEntry> history(@PathParam("caseNumber") String caseNumber) {
        return overview.history(caller.get(), caseNumber);
    }
}

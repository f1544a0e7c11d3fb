package no.ipt.web.api.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import no.ipt.application.reports.ReportApplicationService;
import no.ipt.web.security.CurrentCaller;

/** GET /api/cases/{n}/decisions/{id}/pdf: the decision point's decision and minutes as PDF. */
@Path("cases/{caseNumber}/decisions/{id:[0-9]{1,18}}/pdf")
@RequestScoped
public class DecisionPdfResource {

    @Inject
    ReportApplicationService reports;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(Downloads.PDF)
    public Response download(@PathParam("caseNumber") String caseNumber, @PathParam("id") long id) {
        return Downloads.attachment(DecisionPdf.render(reports.decision(caller.get(), caseNumber, id)), Downloads.PDF,
                "vedtak-" + caseNumber + "-" + id + ".pdf");
    }
}

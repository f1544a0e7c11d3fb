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
import no.ipt.workflow.pilot.PilotReports;

/** GET /api/pilots/{id}/report.pdf: the pilot's status or final report to Landbruksdirektoratet. */
@Path("pilots/{id:[0-9]{1,18}}/report.pdf")
@RequestScoped
public class PilotReportResource {

    @Inject
    ReportApplicationService reports;

    @Inject
    CurrentCaller caller;

    @Inject
    PilotReports pilotReports;

    @GET
    @Produces(Downloads.PDF)
    public Response download(@PathParam("id") long id) {
        return Downloads.attachment(PilotReportPdf.render(reports.pilot(caller.get(), id), pilotReports.today()),
                Downloads.PDF, "pilotrapport-" + id + ".pdf");
    }
}

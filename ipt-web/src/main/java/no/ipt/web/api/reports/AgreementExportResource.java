package no.ipt.web.api.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import no.ipt.application.reports.ReportApplicationService;
import no.ipt.web.security.CurrentCaller;

/** GET /api/agreements.xlsx: the framework agreements of the caller's municipalities. */
@Path("agreements.xlsx")
@RequestScoped
public class AgreementExportResource {

    @Inject
    ReportApplicationService reports;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(Downloads.XLSX)
    public Response download() {
        return Downloads.attachment(Workbooks.agreements(reports.agreements(caller.get())), Downloads.XLSX, "rammeavtaler.xlsx");
    }
}

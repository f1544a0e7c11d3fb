package no.ipt.web.api.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import no.ipt.application.reports.ReportApplicationService;
import no.ipt.web.security.CurrentCaller;

/** GET /api/farms.xlsx: the farm register with the caller's municipalities' approvals and agreements. */
@Path("farms.xlsx")
@RequestScoped
public class FarmRegisterResource {

    @Inject
    ReportApplicationService reports;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(Downloads.XLSX)
    public Response download() {
        return Downloads.attachment(Workbooks.farms(reports.farms(caller.get())), Downloads.XLSX, "gardsregister.xlsx");
    }
}

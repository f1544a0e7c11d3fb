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

/** GET /api/plans/{id}/budget.xlsx: a plan's budget, financing and spend by year and line. */
@Path("plans/{id:[0-9]{1,18}}/budget.xlsx")
@RequestScoped
public class PlanBudgetResource {

    @Inject
    ReportApplicationService reports;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(Downloads.XLSX)
    public Response download(@PathParam("id") long id) {
        return Downloads.attachment(Workbooks.budget(reports.planBudget(caller.get(), id)), Downloads.XLSX,
                "budsjett-plan-" + id + ".xlsx");
    }
}

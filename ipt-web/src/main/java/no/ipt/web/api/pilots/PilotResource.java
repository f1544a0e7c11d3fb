package no.ipt.web.api.pilots;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import no.ipt.application.pilots.PilotApplicationService;
import no.ipt.application.pilots.PilotView;
import no.ipt.web.security.CurrentCaller;

/** Pilots the caller sees, and their reporting schedule to Landbruksdirektoratet. */
@Path("pilots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PilotResource {

    @Inject
    PilotApplicationService pilots;

    @Inject
    CurrentCaller caller;

    @GET
    public List<PilotView> list() {
        return pilots.visiblePilots(caller.get());
    }

    @GET
    @Path("{id:[0-9]{1,18}}")
    public PilotView find(@PathParam("id") long id) {
        return pilots.find(caller.get(), id);
    }

    /** Schedules a status report or the final report. */
    @POST
    @Path("{id:[0-9]{1,18}}/reports")
    public PilotView schedule(@PathParam("id") long id, @NotNull @Valid ScheduleReportRequest request) {
        return pilots.scheduleReport(caller.get(), id, request.kind, request.dueDate, request.version);
    }

    /** Submits the report due on {@code dueDate} (yyyy-MM-dd) with its summary. */
    @POST
    @Path("{id:[0-9]{1,18}}/reports/{dueDate}/submission")
    public PilotView submit(@PathParam("id") long id, @PathParam("dueDate") String dueDate,
                            @NotNull @Valid SubmitReportRequest request) {
        LocalDate due;
        try {
            due = LocalDate.parse(dueDate);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("No report due " + dueDate);
        }
        return pilots.submitReport(caller.get(), id, due, request.summary, request.version);
    }
}

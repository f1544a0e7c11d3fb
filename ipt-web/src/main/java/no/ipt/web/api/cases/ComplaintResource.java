package no.ipt.web.api.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.ipt.application.tender.ComplaintService;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.web.security.CurrentCaller;

/**
 * A bidder's complaint about the award, received during the tender's standstill period: it stops the
 * signing and raises "Handsam klaga". Outside a standstill period the complaint answers 400.
 */
@Path("cases/{caseNumber}/complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    @Inject
    ComplaintService complaints;

    @Inject
    CurrentCaller caller;

    @POST
    public Response complain(@PathParam("caseNumber") String caseNumber, @NotNull @Valid ComplaintBody body) {
        LocalDate receivedOn;
        try {
            receivedOn = LocalDate.parse(body.receivedOn);
        } catch (DateTimeParseException e) {
            throw new DomainRuleViolation("wrong-type", "receivedOn", "'receivedOn' must be a date such as 2026-06-12");
        }
        complaints.receiveComplaint(caller.get(), caseNumber, receivedOn, body.text);
        return Response.accepted().build();
    }
}

package no.ipt.web.api.casefile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.ipt.application.casefile.CaseFileApplicationService;
import no.ipt.application.casefile.CommentView;
import no.ipt.web.security.CurrentCaller;

/** Comments on a case: {@code {"text": "..."}} in, newest first out. */
@Path("cases/{caseNumber}/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseCommentResource {

    /** The body of a new comment. */
    public static class CommentRequest {
        public String text;
    }

    @Inject
    CaseFileApplicationService caseFile;

    @Inject
    CurrentCaller caller;

    @GET
    public List<CommentView> list(@PathParam("caseNumber") String caseNumber) {
        return caseFile.comments(caller.get(), caseNumber);
    }

    @POST
    public Response add(@PathParam("caseNumber") String caseNumber, @NotNull CommentRequest request) {
        return Response.status(Response.Status.CREATED).entity(caseFile.comment(caller.get(), caseNumber, request.text)).build();
    }
}

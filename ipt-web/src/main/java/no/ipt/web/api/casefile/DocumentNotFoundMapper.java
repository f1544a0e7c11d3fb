package no.ipt.web.api.casefile;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.ipt.application.casefile.DocumentNotFoundException;
import no.ipt.web.api.problem.Problem;

/** An unknown document of a visible case: 404 like an unknown case. */
@Provider
public class DocumentNotFoundMapper implements ExceptionMapper<DocumentNotFoundException> {

    @Override
    public Response toResponse(DocumentNotFoundException e) {
        return Problem.of("not-found", "Not found", Response.Status.NOT_FOUND, e.getMessage(), null).toResponse();
    }
}

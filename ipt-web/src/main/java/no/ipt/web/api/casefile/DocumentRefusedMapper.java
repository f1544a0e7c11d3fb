package no.ipt.web.api.casefile;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import no.ipt.domain.casefile.DocumentRefusedException;
import no.ipt.web.api.problem.Problem;

/** A refused file: 413 when too large, 415 when not an allowed kind, else 400; nothing was stored. */
@Provider
public class DocumentRefusedMapper implements ExceptionMapper<DocumentRefusedException> {

    @Override
    public Response toResponse(DocumentRefusedException e) {
        Response.Status status = switch (e.reason()) {
            case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            case UNSUPPORTED_TYPE -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
            case EMPTY -> Response.Status.BAD_REQUEST;
        };
        return Problem.of(e.code(), "Document refused", status, e.getMessage(),
                List.of(new Problem.FieldError(e.field(), e.code(), e.getMessage()))).toResponse();
    }
}

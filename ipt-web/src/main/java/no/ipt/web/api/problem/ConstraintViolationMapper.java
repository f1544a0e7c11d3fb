package no.ipt.web.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on request bodies and parameters: 400 with one entry per field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), "invalid", v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of("invalid-input", "Invalid input", Response.Status.BAD_REQUEST,
                "The request has " + errors.size() + " invalid field(s)", errors).toResponse();
    }

    /** The last node of the property path: {@code open.arg0.title} becomes {@code title}. */
    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        String last = dot < 0 ? path : path.substring(dot + 1);
        return last.startsWith("arg") ? "body" : last;
    }
}

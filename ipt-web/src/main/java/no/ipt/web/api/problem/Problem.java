package no.ipt.web.api.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail. {@code type} is a stable URI per kind of problem. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://ipt.no/problems/";

    /** One input field at fault. */
    public record FieldError(String field, String code, String message) {
    }

    public static Problem of(String code, String title, Response.Status status, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + code, title, status.getStatusCode(), detail, errors == null ? List.of() : errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}

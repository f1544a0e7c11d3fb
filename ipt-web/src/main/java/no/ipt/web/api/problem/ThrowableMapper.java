package no.ipt.web.api.problem;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ipt.application.access.AccessDeniedException;
import no.ipt.application.decisions.NoOpenDecisionException;
import no.ipt.application.modeling.RefusedWithProblems;
import no.ipt.application.shared.NotFoundException;
import no.ipt.application.tasks.TaskConflictException;
import no.ipt.domain.access.StaleUserAccountException;
import no.ipt.domain.procurement.StaleCaseException;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.StaleVersionException;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Turns every other exception into a problem response. Known kinds get their status and message;
 * anything unexpected is logged with an id and answered 500 with only that id.
 */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ThrowableMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof ConstraintViolationException cve) {
            return new ConstraintViolationMapper().toResponse(cve);
        }
        if (e instanceof DomainRuleViolation v) {
            List<Problem.FieldError> errors = v.field() == null ? List.of()
                    : List.of(new Problem.FieldError(v.field(), v.code(), v.getMessage()));
            return Problem.of(v.code(), "Invalid input", Response.Status.BAD_REQUEST, v.getMessage(), errors).toResponse();
        }
        if (e instanceof RefusedWithProblems refused) {
            List<Problem.FieldError> errors = refused.problems().stream().map(p -> new Problem.FieldError(
                    p.elementId() == null ? "model" : p.elementId(), p.code(), p.message())).toList();
            return Problem.of(refused.code(), "Refused", Response.Status.BAD_REQUEST, refused.summary(), errors).toResponse();
        }
        if (e instanceof AccessDeniedException) {
            return Problem.of("forbidden", "Forbidden", Response.Status.FORBIDDEN, e.getMessage(), null).toResponse();
        }
        if (e instanceof NotFoundException) {
            return Problem.of("not-found", "Not found", Response.Status.NOT_FOUND, e.getMessage(), null).toResponse();
        }
        if (e instanceof NoOpenDecisionException) {
            return Problem.of("no-open-decision", "Conflict", Response.Status.CONFLICT, e.getMessage(), null).toResponse();
        }
        if (e instanceof StaleCaseException || e instanceof TaskConflictException || e instanceof StaleUserAccountException
                || e instanceof StaleVersionException
                || e instanceof OptimisticLockingException || e instanceof jakarta.persistence.OptimisticLockException) {
            String detail = e instanceof OptimisticLockingException || e instanceof jakarta.persistence.OptimisticLockException
                    ? "Someone else changed this at the same time. Reload and try again; your input was not saved."
                    : e.getMessage();
            return Problem.of("conflict", "Conflict", Response.Status.CONFLICT, detail, null).toResponse();
        }
        if (causedBy(thrown, "BodyTooLargeException")) {
            return Problem.of("payload-too-large", "Payload too large", Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "The request body is too large", null).toResponse();
        }
        if (e instanceof JsonbException || e instanceof ProcessingException) {
            return Problem.of("malformed-json", "Malformed request body", Response.Status.BAD_REQUEST,
                    "The request body is not valid JSON of the expected shape", null).toResponse();
        }
        if (e instanceof WebApplicationException wae) {
            Response.StatusType status = wae.getResponse().getStatusInfo();
            if (status.getStatusCode() < 500) {
                Throwable cause = wae.getCause();
                if (cause instanceof JsonbException || cause instanceof ProcessingException) {
                    return Problem.of("malformed-json", "Malformed request body", Response.Status.BAD_REQUEST,
                            "The request body is not valid JSON of the expected shape", null).toResponse();
                }
                return new Problem(Problem.TYPE_BASE + "http-" + status.getStatusCode(), status.getReasonPhrase(),
                        status.getStatusCode(), status.getReasonPhrase(), List.of()).toResponse();
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, thrown);
        return Problem.of("internal-error", "Internal error", Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing was saved. Incident " + incident, null).toResponse();
    }

    private static boolean causedBy(Throwable thrown, String simpleName) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    /** Transaction and EJB wrappers hide the exception that says what went wrong. */
    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        for (int i = 0; i < 10 && t.getCause() != null; i++) {
            if (t instanceof TransactionalException || t instanceof EJBException || t instanceof RollbackException
                    || t instanceof jakarta.persistence.RollbackException
                    || (t instanceof org.camunda.bpm.engine.ProcessEngineException && t.getCause() instanceof RuntimeException
                        && !(t instanceof OptimisticLockingException))) {
                t = t.getCause();
            } else {
                break;
            }
        }
        return t;
    }
}

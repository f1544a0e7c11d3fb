package no.ipt.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import java.util.Map;
import no.ipt.application.access.AccessDeniedException;
import no.ipt.application.decisions.NoOpenDecisionException;
import no.ipt.application.shared.NotFoundException;
import no.ipt.application.tasks.TaskConflictException;
import no.ipt.domain.procurement.StaleCaseException;
import no.ipt.domain.shared.DomainRuleViolation;

/**
 * Turns what an application service refuses into messages on the page, in the user's language, as the
 * REST API turns them into problem responses: a broken domain rule next to its field (by the rule's
 * code, {@code violation.<code>} in {@code violations*.properties}, else the text of its family, see
 * {@link Texts#violation}; never the domain's English words), the rest for the whole page. Anything
 * else is a bug and is thrown on.
 */
@ApplicationScoped
public class Failures {

    @Inject
    Texts texts;

    /** Shows {@code e} on the page; {@code fields} maps the domain's field names to client ids. */
    public void show(RuntimeException e, Map<String, String> fields) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof DomainRuleViolation)
                && !known(cause) && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof DomainRuleViolation v) {
            String clientId = v.field() == null ? null : fields.get(v.field());
            texts.message(clientId, FacesMessage.SEVERITY_ERROR, texts.violation(v));
            return;
        }
        String key = cause instanceof AccessDeniedException ? "error.forbidden"
                : cause instanceof NotFoundException ? "error.notFound"
                : cause instanceof NoOpenDecisionException ? "error.noOpenDecision"
                : cause instanceof TaskConflictException || cause instanceof StaleCaseException
                        || cause instanceof no.ipt.domain.access.StaleUserAccountException
                        || cause instanceof no.ipt.domain.shared.StaleVersionException ? "error.conflict"
                : null;
        if (key == null) {
            throw e;
        }
        texts.message(null, FacesMessage.SEVERITY_ERROR, texts.get(key));
    }

    private static boolean known(Throwable t) {
        return t instanceof AccessDeniedException || t instanceof NotFoundException
                || t instanceof NoOpenDecisionException || t instanceof TaskConflictException || t instanceof StaleCaseException
                || t instanceof no.ipt.domain.access.StaleUserAccountException
                || t instanceof no.ipt.domain.shared.StaleVersionException;
    }
}

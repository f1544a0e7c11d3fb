package no.ipt.web.ui;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;

/**
 * Faces' exception handling plus one case: a form sent from a page whose view the session no longer
 * keeps (the session holds the last ten pages, see {@code web.xml}, and a new session none) loads that
 * page afresh with a message that the input was not saved, instead of an error page. Nothing is changed
 * by the expired request: Faces refuses it before any action runs.
 */
public class ExpiredViewExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredViewExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            boolean reloaded = false;
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
                if (expired(events.next().getContext().getException())) {
                    events.remove();
                    if (!reloaded) {
                        reload(FacesContext.getCurrentInstance());
                        reloaded = true;
                    }
                }
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        /** Redirects to the page the form was on (its address with its parameters) with the message. */
        private static void reload(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            external.getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    CDI.current().select(Texts.class).get().get("view.expired"), null));
            try {
                external.redirect(samePage(external));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }

        /**
         * The form's page from the Referer (sent for this site's own pages only, see the Referrer-Policy),
         * reduced to a path in this application so that the redirect cannot leave it; else the start page.
         */
        static String samePage(ExternalContext external) {
            String context = external.getRequestContextPath();
            String referer = external.getRequestHeaderMap().get("Referer");
            if (referer != null) {
                try {
                    URI uri = URI.create(referer);
                    String path = uri.getRawPath();
                    if (path != null && path.startsWith(context + "/") && !path.contains("..")) {
                        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
                    }
                } catch (IllegalArgumentException e) {
                    // not a URI: the start page
                }
            }
            return context + "/";
        }
    }
}

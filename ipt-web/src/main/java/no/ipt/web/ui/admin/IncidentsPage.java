package no.ipt.web.ui.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.ipt.application.modeling.IncidentView;
import no.ipt.application.modeling.OperationsService;
import no.ipt.web.security.CurrentCaller;
import no.ipt.web.ui.Texts;

/** Open incidents ({@code /admin/incidents.xhtml}) with their error; a failed job is retried once more. */
@Named
@ViewScoped
public class IncidentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OperationsService operations;

    @Inject
    CurrentCaller caller;

    @Inject
    AdminFailures failures;

    @Inject
    Texts texts;

    private List<IncidentView> incidents;

    public List<IncidentView> getIncidents() {
        if (incidents == null) {
            try {
                incidents = operations.incidents(caller.get());
            } catch (RuntimeException e) {
                incidents = List.of();
                failures.show(e);
            }
        }
        return incidents;
    }

    /** Gives the incident's failed job one retry (the job executor runs it again). */
    public void retry(String incidentId) {
        try {
            operations.retry(caller.get(), incidentId, 1);
            texts.message(null, FacesMessage.SEVERITY_INFO, texts.get("incidents.retried"));
        } catch (RuntimeException e) {
            failures.show(e);
        }
        incidents = null;
    }
}

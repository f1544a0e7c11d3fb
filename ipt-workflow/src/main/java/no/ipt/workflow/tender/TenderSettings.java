package no.ipt.workflow.tender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings the tender model reads by name ({@code ${tenderSettings...}}): how long the officer has to
 * prepare the tender documents before the task is escalated. The legal periods (question period,
 * offer deadline, standstill) are not settings: they come from the tender and the DMN table.
 */
@Named("tenderSettings")
@ApplicationScoped
public class TenderSettings {

    private String prepareDocumentsReminder;

    @Inject
    public TenderSettings(
            @ConfigProperty(name = "ipt.tender.prepare-documents-reminder", defaultValue = "P14D") String prepareDocumentsReminder) {
        try {
            Duration.parse(prepareDocumentsReminder);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("ipt.tender.prepare-documents-reminder must be an ISO-8601 duration such as P14D, not '"
                    + prepareDocumentsReminder + "'", e);
        }
        this.prepareDocumentsReminder = prepareDocumentsReminder;
    }

    protected TenderSettings() {
        // for CDI proxies
    }

    /** ISO-8601 duration after which unprepared tender documents are escalated, e.g. {@code P14D}. */
    public String getPrepareDocumentsReminder() {
        return prepareDocumentsReminder;
    }
}

package no.ipt.workflow.pilot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import no.ipt.domain.pilot.Pilot;
import no.ipt.domain.pilot.PilotReport;
import no.ipt.domain.pilot.PilotRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the pilot-reporting model reads from the pilot's schedule ({@code ${pilotReports.next(pilotId)}} …):
 * whether a report is open, when to raise its task (a lead time before its due date) and its due date.
 */
@Named("pilotReports")
@ApplicationScoped
public class PilotReports {

    public static final String PROCESS = "ipt-pilot-reporting";
    public static final String CHANGED_MESSAGE = "PilotReportsChanged";
    public static final String REPORT_OPEN = "REPORT";
    public static final String NOTHING_SCHEDULED = "NONE";
    public static final String ALL_REPORTED = "DONE";
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private PilotRepository pilots;
    private Period leadTime;
    private Clock clock;

    @Inject
    public PilotReports(PilotRepository pilots,
                        @ConfigProperty(name = "ipt.pilot.report-lead-time", defaultValue = "P14D") String leadTime) {
        this(pilots, leadTime, Clock.system(OSLO));
    }

    public PilotReports(PilotRepository pilots, String leadTime, Clock clock) {
        this.pilots = pilots;
        try {
            this.leadTime = Period.parse(leadTime);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("ipt.pilot.report-lead-time must be a period such as P14D, not '"
                    + leadTime + "'", e);
        }
        this.clock = clock;
    }

    protected PilotReports() {
        // for CDI proxies
    }

    /** The business key of a pilot's reporting process. */
    public static String businessKey(Pilot pilot) {
        return "pilot-" + pilot.id();
    }

    /** {@code DONE} once the final report is sent, {@code REPORT} while one is open, else {@code NONE}. */
    public String next(Number pilotId) {
        Pilot pilot = pilot(pilotId);
        if (pilot.finalReport().filter(PilotReport::isSubmitted).isPresent()) {
            return ALL_REPORTED;
        }
        return firstOpen(pilot).isPresent() ? REPORT_OPEN : NOTHING_SCHEDULED;
    }

    /** The start of the day a lead time before the first open report is due (in the past: at once). */
    public Date remindAt(Number pilotId) {
        return startOf(openReport(pilotId).dueDate().minus(leadTime));
    }

    /** The end of the first open report's due day: the task is on time until then. */
    public Date dueDate(Number pilotId) {
        return startOf(openReport(pilotId).dueDate().plusDays(1));
    }

    private PilotReport openReport(Number pilotId) {
        return firstOpen(pilot(pilotId)).orElseThrow(() -> new IllegalStateException(
                "Pilot " + pilotId + " has no open report"));
    }

    /** The earliest report not yet sent, overdue ones first. */
    private static Optional<PilotReport> firstOpen(Pilot pilot) {
        return pilot.reports().stream().filter(r -> !r.isSubmitted()).findFirst();
    }

    private Pilot pilot(Number pilotId) {
        return pilots.findById(pilotId.longValue())
                .orElseThrow(() -> new IllegalStateException("No pilot " + pilotId));
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(OSLO).toInstant());
    }

    /** Today in Norway, for the application service's dates. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}

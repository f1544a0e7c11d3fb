package no.ipt.domain.pilot;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ipt.domain.procurement.ServiceArea;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.MunicipalityNumber;
import no.ipt.domain.shared.Period;
import no.ipt.domain.shared.Require;

/**
 * A pilot in IPT-løftet 2 (the aggregate root), identified by its name, e.g. "IPT-løftet 2
 * Vestland". The programme's rule that a running pilot has two to five participating
 * municipalities is guarded here, whatever order they join or leave in. The pilot also keeps its
 * reporting schedule to Landbruksdirektoratet: status reports on due dates within the period and
 * one final report at its end, sent only after every status report.
 */
@Entity
@Table(name = "pilot", schema = "ipt")
public class Pilot {

    public static final int MIN_MUNICIPALITIES = 2;
    public static final int MAX_MUNICIPALITIES = 5;
    public static final int MAX_NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = MAX_NAME_LENGTH)
    @Column(nullable = false, unique = true, updatable = false, length = MAX_NAME_LENGTH)
    private String name;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String county;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "service_area", nullable = false, length = 40)
    private ServiceArea serviceArea;

    @Embedded
    @Valid
    @NotNull
    private Period period;

    @NotBlank
    @Size(max = 100)
    @Column(name = "project_lead", nullable = false, length = 100)
    private String projectLead;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PilotStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pilot_municipality", schema = "ipt", joinColumns = @JoinColumn(name = "pilot_id"))
    @AttributeOverride(name = "value", column = @Column(name = "municipality_number", length = 4, nullable = false))
    @Size(max = MAX_MUNICIPALITIES)
    private Set<MunicipalityNumber> municipalities = new LinkedHashSet<>();

    /** In the order scheduled; {@link #reports()} sorts by due date. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pilot_report", schema = "ipt", joinColumns = @JoinColumn(name = "pilot_id"))
    @OrderColumn(name = "position")
    @Valid
    private List<PilotReport> reports = new ArrayList<>();

    @Version
    @Column(nullable = false)
    private long version;

    protected Pilot() {
        // for JPA
    }

    private Pilot(String name, String county, ServiceArea serviceArea, Period period, String projectLead) {
        this.name = Require.text(name, "name", MAX_NAME_LENGTH);
        this.county = Require.text(county, "county", 100);
        this.serviceArea = Require.present(serviceArea, "serviceArea");
        this.period = Require.present(period, "period");
        this.projectLead = Require.text(projectLead, "projectLead", 100);
        this.status = PilotStatus.RECRUITING;
    }

    /** A pilot that has its two to five municipalities and runs from the start. */
    public static Pilot running(String name, String county, ServiceArea serviceArea, Period period,
                                String projectLead, Collection<MunicipalityNumber> municipalities) {
        Pilot pilot = new Pilot(name, county, serviceArea, period, projectLead);
        Require.present(municipalities, "municipalities").forEach(pilot::join);
        pilot.start();
        return pilot;
    }

    /** A pilot still looking for its municipalities. */
    public static Pilot recruiting(String name, String county, ServiceArea serviceArea, Period period,
                                   String projectLead) {
        return new Pilot(name, county, serviceArea, period, projectLead);
    }

    public void join(MunicipalityNumber municipality) {
        Require.present(municipality, "municipalityNumber");
        if (!municipalities.contains(municipality) && municipalities.size() >= MAX_MUNICIPALITIES) {
            throw new DomainRuleViolation("too-many-pilot-municipalities", "municipalities",
                    "A pilot has at most " + MAX_MUNICIPALITIES + " municipalities; " + name + " already has "
                            + municipalities.size());
        }
        municipalities.add(municipality);
    }

    public void leave(MunicipalityNumber municipality) {
        if (status == PilotStatus.RUNNING && municipalities.contains(municipality)
                && municipalities.size() <= MIN_MUNICIPALITIES) {
            throw new DomainRuleViolation("too-few-pilot-municipalities", "municipalities",
                    "A running pilot keeps at least " + MIN_MUNICIPALITIES + " municipalities");
        }
        municipalities.remove(municipality);
    }

    /** Starts the pilot; from now on it never has fewer than two municipalities. */
    public void start() {
        if (municipalities.size() < MIN_MUNICIPALITIES) {
            throw new DomainRuleViolation("too-few-pilot-municipalities", "municipalities",
                    "A pilot starts with " + MIN_MUNICIPALITIES + " to " + MAX_MUNICIPALITIES
                            + " municipalities; " + name + " has " + municipalities.size());
        }
        this.status = PilotStatus.RUNNING;
    }

    /** Schedules a status report due on a day within the pilot period, before any final report. */
    public PilotReport scheduleStatusReport(LocalDate dueDate) {
        PilotReport report = new PilotReport(ReportKind.STATUS, dueDate);
        requireScheduleOpen();
        if (!period.contains(dueDate)) {
            throw new DomainRuleViolation("report-outside-period", "dueDate", "A status report of " + name
                    + " is due within the pilot period " + period + " (got " + dueDate + ")");
        }
        finalReport().filter(last -> !dueDate.isBefore(last.dueDate())).ifPresent(last -> {
            throw new DomainRuleViolation("status-report-after-final-report", "dueDate", "A status report due "
                    + dueDate + " would come after the final report due " + last.dueDate());
        });
        return schedule(report);
    }

    /** Schedules the one final report, due at the end of the pilot period or later. */
    public PilotReport scheduleFinalReport(LocalDate dueDate) {
        PilotReport report = new PilotReport(ReportKind.FINAL, dueDate);
        requireScheduleOpen();
        if (finalReport().isPresent()) {
            throw new DomainRuleViolation("final-report-already-scheduled", "dueDate",
                    name + " already has its final report, due " + finalReport().get().dueDate());
        }
        if (dueDate.isBefore(period.end())) {
            throw new DomainRuleViolation("final-report-before-period-end", "dueDate", "The final report of "
                    + name + " covers the whole period, so it is due on " + period.end() + " or later (got "
                    + dueDate + ")");
        }
        return schedule(report);
    }

    private PilotReport schedule(PilotReport report) {
        if (report(report.dueDate()).isPresent()) {
            throw new DomainRuleViolation("duplicate-report-due-date", "dueDate",
                    name + " already has a report due " + report.dueDate());
        }
        reports.add(report);
        return report;
    }

    /** Once the final report is sent the schedule is closed: nothing may come after it. */
    private void requireScheduleOpen() {
        if (finalReport().filter(PilotReport::isSubmitted).isPresent()) {
            throw new DomainRuleViolation("reporting-closed", "dueDate",
                    "The final report of " + name + " is submitted; no more reports can be scheduled");
        }
    }

    /**
     * Records that the report due on {@code dueDate} was sent. The final report goes only after
     * every status report has gone, and not on an earlier day than the last of them.
     */
    public PilotReport submitReport(LocalDate dueDate, LocalDate submittedOn, String summary, String submittedBy) {
        PilotReport report = report(Require.present(dueDate, "dueDate")).orElseThrow(() -> new DomainRuleViolation(
                "unknown-report", "dueDate", name + " has no report due " + dueDate));
        if (report.isSubmitted()) {
            throw new DomainRuleViolation("report-already-submitted", "dueDate", "The " + report.kind()
                    + " report of " + name + " due " + dueDate + " was submitted on " + report.submittedOn());
        }
        PilotReport sent = report.submitted(submittedOn, summary, submittedBy);
        if (submittedOn.isBefore(period.start())) {
            throw new DomainRuleViolation("report-before-period", "submittedOn", "A report of " + name
                    + " cannot be submitted before the pilot starts on " + period.start());
        }
        if (report.kind() == ReportKind.FINAL) {
            requireStatusReportsSubmittedBy(submittedOn);
        }
        reports.set(reports.indexOf(report), sent);
        return sent;
    }

    private void requireStatusReportsSubmittedBy(LocalDate finalSubmittedOn) {
        List<PilotReport> statusReports = reports.stream().filter(r -> r.kind() == ReportKind.STATUS).toList();
        List<LocalDate> outstanding = statusReports.stream().filter(r -> !r.isSubmitted())
                .map(PilotReport::dueDate).sorted().toList();
        if (!outstanding.isEmpty()) {
            throw new DomainRuleViolation("status-reports-outstanding", "dueDate", "The final report of " + name
                    + " goes after every status report; still outstanding: status reports due " + outstanding);
        }
        statusReports.stream().map(PilotReport::submittedOn).max(Comparator.naturalOrder())
                .filter(finalSubmittedOn::isBefore).ifPresent(lastStatus -> {
                    throw new DomainRuleViolation("final-report-before-status-report", "submittedOn",
                            "The final report of " + name + " cannot be submitted on " + finalSubmittedOn
                                    + ", before the last status report (" + lastStatus + ")");
                });
    }

    /** The reports not submitted whose due date has passed (the due date itself is still on time). */
    public List<PilotReport> overdueReports(LocalDate today) {
        Require.present(today, "today");
        return reports().stream().filter(r -> r.isOverdueOn(today)).toList();
    }

    /** The first report not yet submitted that is due today or later; overdue ones are in {@link #overdueReports}. */
    public Optional<PilotReport> nextReportDue(LocalDate today) {
        Require.present(today, "today");
        return reports().stream().filter(r -> !r.isSubmitted() && !r.dueDate().isBefore(today)).findFirst();
    }

    public Optional<PilotReport> report(LocalDate dueDate) {
        return reports.stream().filter(r -> r.dueDate().equals(dueDate)).findFirst();
    }

    public Optional<PilotReport> finalReport() {
        return reports.stream().filter(r -> r.kind() == ReportKind.FINAL).findFirst();
    }

    /** The reporting schedule by due date. */
    public List<PilotReport> reports() {
        return reports.stream().sorted(Comparator.comparing(PilotReport::dueDate)).toList();
    }

    public boolean includes(MunicipalityNumber municipality) {
        return municipalities.contains(municipality);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String county() {
        return county;
    }

    public ServiceArea serviceArea() {
        return serviceArea;
    }

    public Period period() {
        return period;
    }

    public String projectLead() {
        return projectLead;
    }

    public PilotStatus status() {
        return status;
    }

    /** The participating municipalities, by number. */
    public List<MunicipalityNumber> municipalities() {
        return municipalities.stream().sorted(Comparator.comparing(MunicipalityNumber::value)).toList();
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pilot other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}

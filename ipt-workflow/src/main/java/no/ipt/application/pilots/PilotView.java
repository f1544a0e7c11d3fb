package no.ipt.application.pilots;

import java.time.LocalDate;
import java.util.List;
import no.ipt.domain.pilot.Pilot;
import no.ipt.domain.pilot.PilotReport;
import no.ipt.domain.shared.MunicipalityNumber;

/** A pilot as callers see it: its municipalities and its reporting schedule. */
public record PilotView(long id, String name, String county, String serviceArea, LocalDate start, LocalDate end,
                        String projectLead, String status, List<String> municipalities, List<Report> reports,
                        long version) {

    public record Report(String kind, LocalDate dueDate, boolean submitted, LocalDate submittedOn, String summary,
                         String submittedBy, boolean overdue) {
    }

    public static PilotView of(Pilot pilot, LocalDate today) {
        return new PilotView(pilot.id(), pilot.name(), pilot.county(), pilot.serviceArea().name(),
                pilot.period().start(), pilot.period().end(), pilot.projectLead(), pilot.status().name(),
                pilot.municipalities().stream().map(MunicipalityNumber::value).toList(),
                pilot.reports().stream().map(r -> report(r, today)).toList(), pilot.version());
    }

    private static Report report(PilotReport r, LocalDate today) {
        return new Report(r.kind().name(), r.dueDate(), r.isSubmitted(), r.isSubmitted() ? r.submittedOn() : null,
                r.isSubmitted() ? r.summary() : null, r.isSubmitted() ? r.submittedBy() : null, r.isOverdueOn(today));
    }
}

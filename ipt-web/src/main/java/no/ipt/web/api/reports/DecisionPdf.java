package no.ipt.web.api.reports;

import static no.ipt.web.api.reports.ReportFormats.date;
import static no.ipt.web.api.reports.ReportFormats.dateTime;
import static no.ipt.web.api.reports.ReportFormats.label;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.ipt.application.cases.CaseView;
import no.ipt.application.decisions.DecisionView;
import no.ipt.application.reports.DecisionReport;

/** The decision document: the case, the decision point, its members and votes, outcome and minutes. */
public final class DecisionPdf {

    private DecisionPdf() {
    }

    public static byte[] render(DecisionReport report) {
        CaseView c = report.procurementCase();
        DecisionView d = report.decision();
        Map<String, String> names = d.members().stream()
                .collect(Collectors.toMap(DecisionView.MemberView::userId, DecisionView.MemberView::displayName,
                        (a, b) -> a));
        return PdfLayout.write("Vedtak i styringsgruppen – sak " + c.caseNumber(), pdf -> {
            pdf.heading("Sak");
            pdf.field("Saksnummer", c.caseNumber());
            pdf.field("Tittel", c.title());
            pdf.field("Kommune", c.municipalityNumber());
            pdf.field("Tjenesteområde", label("serviceArea", c.serviceArea()));
            pdf.field("Fase som avsluttes", label("stage", d.stage()));
            pdf.field("Saken står nå i", label("stage", c.stage()));
            pdf.heading("Beslutningspunkt");
            pdf.field("Beslutningsregel", label("quorum", d.quorumRule()));
            pdf.field("Status", d.decided() ? "Avgjort" : "Åpent");
            pdf.field("Utfall", d.outcome() == null ? "Ikke avgjort" : label("outcome", d.outcome()));
            pdf.field("Avsluttet", date(d.closedOn()));
            pdf.heading("Medlemmer");
            pdf.table(List.of("Medlem", "Bruker", "Har stemt"), d.members().stream()
                    .map(m -> List.of(m.displayName(), m.userId(), m.voted() ? "Ja" : "Nei")).toList(), List.of());
            pdf.heading("Stemmer");
            if (d.votes().isEmpty()) {
                pdf.paragraph("Ingen stemmer er avgitt.");
            } else {
                pdf.table(List.of("Medlem", "Stemme", "Kommentar", "Tidspunkt"), d.votes().stream()
                        .map(v -> List.of(names.getOrDefault(v.userId(), v.userId()), label("outcome", v.choice()),
                                v.comment() == null ? "" : v.comment(), dateTime(v.castAt())))
                        .toList(), List.of());
            }
            pdf.heading("Protokoll");
            pdf.paragraph(d.minutes() == null ? "Protokollen er ikke ført." : d.minutes());
            if (d.minutesRecordedBy() != null) {
                pdf.field("Ført av", d.minutesRecordedBy());
            }
        });
    }
}

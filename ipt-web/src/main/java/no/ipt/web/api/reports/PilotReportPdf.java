package no.ipt.web.api.reports;

import static no.ipt.web.api.reports.ReportFormats.date;
import static no.ipt.web.api.reports.ReportFormats.kroner;
import static no.ipt.web.api.reports.ReportFormats.label;

import java.time.LocalDate;
import java.util.List;
import no.ipt.application.pilots.PilotView;
import no.ipt.application.plans.PlanView;
import no.ipt.application.reports.PilotReport;
import no.ipt.application.reports.PlanBudget;

/**
 * A pilot's status (or final) report to the funder, Landbruksdirektoratet: the pilot, its municipalities,
 * the reporting schedule, and for each of its project plans budget against financing and spend by year.
 */
public final class PilotReportPdf {

    private PilotReportPdf() {
    }

    public static byte[] render(PilotReport report, LocalDate today) {
        PilotView p = report.pilot();
        boolean isFinal = p.reports().stream().anyMatch(r -> "FINAL".equals(r.kind()) && !r.dueDate().isAfter(today));
        String title = (isFinal ? "Sluttrapport" : "Statusrapport") + " til Landbruksdirektoratet – " + p.name();
        return PdfLayout.write(title, pdf -> {
            pdf.field("Dato", date(today));
            pdf.heading("Piloten");
            pdf.field("Navn", p.name());
            pdf.field("Fylke", p.county());
            pdf.field("Tjenesteområde", label("serviceArea", p.serviceArea()));
            pdf.field("Periode", date(p.start()) + " – " + date(p.end()));
            pdf.field("Prosjektleder", p.projectLead());
            pdf.heading("Kommuner");
            pdf.table(List.of("Kommunenummer", "Kommune"), report.municipalityNames().entrySet().stream()
                    .map(e -> List.of(e.getKey(), e.getValue())).toList(), List.of());
            pdf.heading("Rapporteringsplan");
            if (p.reports().isEmpty()) {
                pdf.paragraph("Ingen rapporter er planlagt.");
            } else {
                pdf.table(List.of("Rapport", "Frist", "Status", "Sendt", "Sammendrag"), p.reports().stream()
                        .map(r -> List.of("FINAL".equals(r.kind()) ? "Sluttrapport" : "Statusrapport",
                                date(r.dueDate()),
                                r.submitted() ? "Sendt" : r.overdue() ? "Forfalt" : "Ikke sendt",
                                date(r.submittedOn()), r.summary() == null ? "" : r.summary()))
                        .toList(), List.of());
            }
            if (report.plans().isEmpty()) {
                pdf.heading("Økonomi");
                pdf.paragraph("Piloten har ingen prosjektplan med budsjett.");
            }
            for (PlanBudget plan : report.plans()) {
                pdf.heading("Økonomi – " + plan.plan().title());
                pdf.table(List.of("År", "Budsjett", "Finansiering", "Forbruk", "Gjenstår"),
                        plan.summary().years().stream().map(y -> List.of(String.valueOf(y.year()),
                                kroner(y.budget()), kroner(y.financing()), kroner(y.spent()),
                                kroner(y.remaining()))).toList(), List.of(1, 2, 3, 4));
                pdf.field("Budsjett i alt", kroner(plan.plan().budgetTotal()));
                pdf.field("Finansiering i alt", kroner(plan.plan().financingTotal()));
                pdf.field("Forbruk i alt", kroner(plan.summary().spentTotal()));
                pdf.field("Budsjett og finansiering i balanse", plan.plan().balanced() ? "Ja" : "Nei");
                pdf.heading("Finansiering – " + plan.plan().title());
                pdf.table(List.of("Kilde", "År", "Beløp"), lines(plan.plan().financing()), List.of(2));
            }
        });
    }

    private static List<List<String>> lines(List<PlanView.LineView> lines) {
        return lines.stream().map(l -> List.of(l.label(), String.valueOf(l.year()), kroner(l.amount()))).toList();
    }
}

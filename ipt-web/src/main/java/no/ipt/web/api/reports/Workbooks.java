package no.ipt.web.api.reports;

import static no.ipt.web.api.reports.ReportFormats.label;

import java.util.ArrayList;
import java.util.List;
import no.ipt.application.plans.PlanSummaryView;
import no.ipt.application.plans.PlanView;
import no.ipt.application.reports.AgreementRow;
import no.ipt.application.reports.FarmRow;
import no.ipt.application.reports.PlanBudget;

/** The spreadsheets: a plan's budget, the farm register, the agreements. Headings in Norwegian. */
public final class Workbooks {

    private Workbooks() {
    }

    /** Sheets "Per år" (budget, financing, spend, remaining), "Budsjett" and "Finansiering" (by line), "Forbruk". */
    public static byte[] budget(PlanBudget budget) {
        PlanView plan = budget.plan();
        PlanSummaryView summary = budget.summary();
        try (XlsxLayout xlsx = new XlsxLayout()) {
            List<List<Object>> years = new ArrayList<>();
            summary.years().forEach(y -> years.add(List.of(y.year(), y.budget(), y.financing(), y.spent(),
                    y.remaining())));
            years.add(List.of("Sum", plan.budgetTotal(), plan.financingTotal(), summary.spentTotal(),
                    plan.budgetTotal().subtract(summary.spentTotal())));
            xlsx.sheet("Per år", List.of("År", "Budsjett", "Finansiering", "Forbruk", "Gjenstår"), years);
            xlsx.sheet("Budsjett", List.of("Post", "År", "Beløp", "Forbruk", "Gjenstår", "Kommentar"),
                    plan.budget().stream().map(l -> row(l.label(), l.year(), l.amount(),
                            spent(summary, l).spent(), spent(summary, l).remaining(), l.comment())).toList());
            xlsx.sheet("Finansiering", List.of("Kilde", "År", "Beløp", "Kommentar"), plan.financing().stream()
                    .map(l -> row(l.label(), l.year(), l.amount(), l.comment())).toList());
            xlsx.sheet("Forbruk", List.of("Post", "År", "Beløp", "Dato", "Merknad"), summary.spending().stream()
                    .map(s -> row(s.label(), s.year(), s.amount(), s.spentOn(), s.note())).toList());
            return xlsx.bytes();
        }
    }

    /** One row per farm; its approvals and agreements (the caller's municipalities' only) joined in cells. */
    public static byte[] farms(List<FarmRow> farms) {
        try (XlsxLayout xlsx = new XlsxLayout()) {
            xlsx.sheet("Gårder", List.of("Organisasjonsnummer", "Navn", "Kommunenummer", "Kommune", "Type",
                            "Tjenesteområder", "Godkjent", "Godkjenninger (kommune, sak, status)", "Rammeavtaler"),
                    farms.stream().map(f -> row(f.organisationNumber(), f.name(), f.municipalityNumber(),
                            f.municipalityName(), f.kind(),
                            String.join(", ", f.serviceAreas().stream().map(a -> label("serviceArea", a)).toList()),
                            f.approvedOn(),
                            String.join("; ", f.approvals().stream().map(a -> a.municipalityNumber() + " "
                                    + a.caseNumber() + " " + a.nationalStatus()
                                    + (a.suspendedOn() == null ? "" : " (suspendert)")).toList()),
                            String.join(", ", f.agreements()))).toList());
            return xlsx.bytes();
        }
    }

    public static byte[] agreements(List<AgreementRow> agreements) {
        try (XlsxLayout xlsx = new XlsxLayout()) {
            xlsx.sheet("Rammeavtaler", List.of("Avtalenummer", "Sak", "Kommunenummer", "Kommune",
                            "Tjenesteområde", "Status", "Start", "Slutt", "Siste dag med opsjoner", "Rangering",
                            "Leverandør (org.nr.)", "Leverandør", "Pris per plass per dag", "Kapasitet"),
                    agreements.stream().map(a -> row(a.agreementNumber(), a.caseNumber(), a.buyer(), a.buyerName(),
                            label("serviceArea", a.serviceArea()), a.status(), a.start(), a.currentEnd(),
                            a.lastDayIncludingOptions(), a.rank(), a.supplier(), a.supplierName(),
                            a.pricePerPlacePerDay(), a.capacity())).toList());
            return xlsx.bytes();
        }
    }

    private static PlanSummaryView.LineSpendView spent(PlanSummaryView summary, PlanView.LineView line) {
        return summary.lines().stream().filter(s -> s.label().equals(line.label()) && s.year() == line.year())
                .findFirst().orElse(new PlanSummaryView.LineSpendView(line.label(), line.year(), line.amount(),
                        java.math.BigDecimal.ZERO, line.amount(), false));
    }

    /** A row that may hold nulls (List.of does not). */
    private static List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }
}

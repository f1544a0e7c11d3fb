package no.ipt.web.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ipt.application.cases.CaseView;
import no.ipt.application.decisions.DecisionView;
import no.ipt.application.pilots.PilotView;
import no.ipt.application.plans.PlanSummaryView;
import no.ipt.application.plans.PlanView;
import no.ipt.application.reports.AgreementRow;
import no.ipt.application.reports.DecisionReport;
import no.ipt.application.reports.FarmRow;
import no.ipt.application.reports.PilotReport;
import no.ipt.application.reports.PlanBudget;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The document builders, read back: the PDFs' text with OpenPDF's extractor, the workbooks' cells with POI. */
class ReportDocumentsTest {

    private static final CaseView CASE = new CaseView("5006-2026-0001", "Inn på tunet for eldre", "5006",
            "HEALTH_AND_CARE", "SUPPLIER_MOBILISATION", "OPEN", "Dagtilbud", 12, Instant.parse("2026-01-05T08:00:00Z"),
            null, 3, true, List.of(), "MAJORITY_OF_MEMBERS");

    private static final DecisionView DECISION = new DecisionView(7L, "5006-2026-0001", "NEEDS_ASSESSMENT",
            "CLOSED", "MAJORITY_OF_MEMBERS",
            List.of(new DecisionView.MemberView("styre1", "Siri Styre", true),
                    new DecisionView.MemberView("styre2", "Øystein Ås", true),
                    new DecisionView.MemberView("styre3", "Per Tre", false)),
            List.of(new DecisionView.VoteView("styre1", "APPROVE", "Godt begrunnet behov",
                            Instant.parse("2026-02-10T09:05:00Z")),
                    new DecisionView.VoteView("styre2", "APPROVE", null, Instant.parse("2026-02-10T23:30:00Z"))),
            "APPROVE", true, LocalDate.of(2026, 2, 11), "Styringsgruppen godkjente behovsvurderingen.", "styre1", 4);

    private static final PlanView PLAN = new PlanView(3, "Grønn omsorg Trøndelag", "Trøndelag fylkeskommune",
            "fylke.vestland", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), new BigDecimal("900000"), null,
            null, "Pilot Trøndelag", List.of(), List.of(), List.of(), List.of(),
            List.of(new PlanView.LineView("Prosjektledelse", 2026, new BigDecimal("1000000"), null),
                    new PlanView.LineView("Prosjektledelse", 2027, new BigDecimal("880000"), "andre år")),
            List.of(new PlanView.LineView("Landbruksdirektoratet", 2026, new BigDecimal("1000000"), null),
                    new PlanView.LineView("Landbruksdirektoratet", 2027, new BigDecimal("880000"), null)),
            new BigDecimal("1880000"), new BigDecimal("1880000"), true, 5);

    private static final PlanSummaryView SUMMARY = new PlanSummaryView(3, PLAN.title(), 5, new BigDecimal("1880000"),
            new BigDecimal("250000"),
            List.of(new PlanSummaryView.YearView(2026, new BigDecimal("1000000"), new BigDecimal("1000000"),
                            new BigDecimal("250000"), new BigDecimal("750000")),
                    new PlanSummaryView.YearView(2027, new BigDecimal("880000"), new BigDecimal("880000"),
                            BigDecimal.ZERO, new BigDecimal("880000"))),
            List.of(new PlanSummaryView.LineSpendView("Prosjektledelse", 2026, new BigDecimal("1000000"),
                    new BigDecimal("250000"), new BigDecimal("750000"), false)),
            List.of(), List.of(new PlanSummaryView.SpendView("Prosjektledelse", 2026, new BigDecimal("250000"),
                    LocalDate.of(2026, 3, 1), "Første kvartal")));

    @Test
    void the_decision_document_has_the_case_the_votes_with_comments_the_outcome_and_the_minutes() throws IOException {
        String text = pdfText(DecisionPdf.render(new DecisionReport(CASE, DECISION)));

        assertThat(text).contains("Vedtak i styringsgruppen", "5006-2026-0001", "Inn på tunet for eldre",
                "Behovsvurdering", "Leverandørmobilisering", "Siri Styre", "Øystein Ås", "Per Tre",
                "Godt begrunnet behov", "10.02.2026 10:05", "11.02.2026 00:30", "Utfall: Godkjent",
                "Avsluttet: 11.02.2026", "Styringsgruppen godkjente behovsvurderingen.");
    }

    @Test
    void the_pilot_report_has_municipalities_schedule_and_budget_against_financing_and_spend_by_year()
            throws IOException {
        PilotView pilot = new PilotView(9, "Pilot Trøndelag", "Trøndelag", "HEALTH_AND_CARE", LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), "fylke.vestland", "ACTIVE", List.of("5006", "5007"),
                List.of(new PilotView.Report("STATUS", LocalDate.of(2026, 6, 30), true, LocalDate.of(2026, 6, 28),
                                "Halvårsrapport", "fylke.vestland", false),
                        new PilotView.Report("FINAL", LocalDate.of(2027, 12, 31), false, null, null, null, false)),
                1);
        Map<String, String> names = new LinkedHashMap<>();
        names.put("5006", "Steinkjer");
        names.put("5007", "Namsos");

        String text = pdfText(PilotReportPdf.render(new PilotReport(pilot, names, List.of(new PlanBudget(PLAN,
                SUMMARY))), LocalDate.of(2026, 11, 23)));

        assertThat(text).contains("Statusrapport til Landbruksdirektoratet – Pilot Trøndelag", "Dato: 23.11.2026",
                "Steinkjer", "Namsos", "Halvårsrapport", "30.06.2026", "Sluttrapport", "31.12.2027",
                "Budsjett i alt: kr 1\u00A0880\u00A0000", "kr 1\u00A0000\u00A0000", "kr 250\u00A0000", "kr 750\u00A0000",
                "Landbruksdirektoratet");
        String finalReport = pdfText(PilotReportPdf.render(new PilotReport(pilot, names, List.of()),
                LocalDate.of(2028, 1, 2)));
        assertThat(finalReport).contains("Sluttrapport til Landbruksdirektoratet", "ingen prosjektplan");
    }

    @Test
    void the_budget_workbook_has_years_lines_financing_and_spend_as_numbers() throws IOException {
        try (XSSFWorkbook workbook = xlsx(Workbooks.budget(new PlanBudget(PLAN, SUMMARY)))) {
            Sheet years = workbook.getSheet("Per år");
            assertThat(years.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Budsjett");
            assertThat(years.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(2026);
            assertThat(years.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(250000);
            assertThat(years.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Sum");
            assertThat(years.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(1880000);
            assertThat(new DataFormatter(java.util.Locale.forLanguageTag("nb-NO"))
                    .formatCellValue(years.getRow(3).getCell(1))).isEqualTo("kr 1\u00A0880\u00A0000");
            Sheet budget = workbook.getSheet("Budsjett");
            assertThat(budget.getRow(2).getCell(5).getStringCellValue()).isEqualTo("andre år");
            assertThat(budget.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(750000);
            assertThat(workbook.getSheet("Finansiering").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Landbruksdirektoratet");
            Sheet spend = workbook.getSheet("Forbruk");
            assertThat(spend.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(new DataFormatter().formatCellValue(spend.getRow(1).getCell(3))).isEqualTo("01.03.2026");
        }
    }

    @Test
    void the_farm_and_agreement_workbooks_have_a_row_each() throws IOException {
        FarmRow farm = new FarmRow("987654321", "Vang gård", "5006", "Steinkjer", "FARM",
                List.of("HEALTH_AND_CARE"), LocalDate.of(2026, 4, 1),
                List.of(new FarmRow.Approval("5006", "5006-2026-0001", "APPROVED", LocalDate.of(2026, 4, 1), null)),
                List.of("5006-2026-0001-A1"));
        try (XSSFWorkbook workbook = xlsx(Workbooks.farms(List.of(farm)))) {
            Sheet sheet = workbook.getSheet("Gårder");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Vang gård");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Helse og omsorg");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("5006 5006-2026-0001 APPROVED");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("5006-2026-0001-A1");
        }
        AgreementRow agreement = new AgreementRow("5006-2026-0001-A1", "5006-2026-0001", "5006", "Steinkjer",
                "HEALTH_AND_CARE", "ACTIVE", LocalDate.of(2026, 5, 1), LocalDate.of(2028, 4, 30),
                LocalDate.of(2030, 4, 30), 1, "987654321", "Vang gård", new BigDecimal("1450"), 4);
        AgreementRow noSupplier = new AgreementRow("5006-2026-0002-A1", "5006-2026-0002", "5006", "Steinkjer",
                "CHILD_WELFARE", "ACTIVE", LocalDate.of(2026, 5, 1), LocalDate.of(2028, 4, 30),
                LocalDate.of(2028, 4, 30), null, null, null, null, null);
        try (XSSFWorkbook workbook = xlsx(Workbooks.agreements(List.of(agreement, noSupplier)))) {
            Sheet sheet = workbook.getSheet("Rammeavtaler");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("5006-2026-0001-A1");
            assertThat(sheet.getRow(1).getCell(12).getNumericCellValue()).isEqualTo(1450);
            assertThat(sheet.getRow(1).getCell(13).getNumericCellValue()).isEqualTo(4);
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Barnevern");
            assertThat(sheet.getRow(2).getCell(11).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
        }
    }

    static String pdfText(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            // the extractor puts a space of its own before each no-break space (it sees a gap the width of one)
            return text.toString().replace(" \u00A0", "\u00A0");
        } finally {
            reader.close();
        }
    }

    static XSSFWorkbook xlsx(byte[] content) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(content));
    }
}

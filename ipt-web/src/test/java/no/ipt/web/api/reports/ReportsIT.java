package no.ipt.web.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import no.ipt.web.testing.ApiClient;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every download over HTTP on the real WAR with the demo data, as the demo user who may have it: the
 * type, a value known from the demo data inside (the PDF's text, the workbook's cells), and 404 for a
 * user of another municipality.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    private static final String PDF = "application/pdf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String VESTLAND_PILOT = "IPT-løftet 2 Vestland";
    private static final String BRATTLIA = "910000055";

    @ArquillianResource
    URL deployment;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theDecisionDocumentOfBindeSchoolForSteinkjerOnly() throws Exception {
        ApiClient officer = api("innkjoper");
        JsonObject binde = officer.get("api/cases").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").contains("Binde skole")).findFirst().orElseThrow();
        String caseNumber = binde.getString("caseNumber");
        JsonObject decision = officer.get("api/cases/" + caseNumber + "/decisions").expect(200).array()
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getBoolean("decided")).findFirst().orElseThrow();
        String path = "api/cases/" + caseNumber + "/decisions/" + decision.getJsonNumber("id").longValue() + "/pdf";

        HttpResponse<byte[]> pdf = download("innkjoper", path);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith(PDF);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(ReportDocumentsTest.pdfText(pdf.body())).contains(caseNumber, "Binde skole", "Utfall: Godkjent",
                "Behovsvurdering");
        assertThat(download("innkjoper.kongsberg", path).statusCode()).isEqualTo(404);
        assertThat(download("innkjoper", "api/cases/" + caseNumber + "/decisions/999999999/pdf").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theVestlandPilotReportForItsCountyLeadOnly() throws Exception {
        long pilot = api("fylke.vestland").get("api/pilots").expect(200).array().getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("name").equals(VESTLAND_PILOT)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String path = "api/pilots/" + pilot + "/report.pdf";

        HttpResponse<byte[]> pdf = download("fylke.vestland", path);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith(PDF);
        String text = ReportDocumentsTest.pdfText(pdf.body());
        assertThat(text).contains("til Landbruksdirektoratet", VESTLAND_PILOT, "4613", "4649", "Rapporteringsplan",
                "Økonomi", "kr 50\u00A0000");
        assertThat(download("innkjoper", path).statusCode()).isEqualTo(404);
    }

    @Test
    void theVestlandPlanBudgetWithItsSpendForTheCountyLeadOnly() throws Exception {
        long plan = api("fylke.vestland").get("api/plans").expect(200).array().getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("title").startsWith("Inn på tunet i kommunen")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        String path = "api/plans/" + plan + "/budget.xlsx";

        HttpResponse<byte[]> xlsx = download("fylke.vestland", path);

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
        try (XSSFWorkbook workbook = ReportDocumentsTest.xlsx(xlsx.body())) {
            Sheet years = workbook.getSheet("Per år");
            Row year2020 = rows(years).stream().filter(r -> r.getCell(0).getCellType()
                    == org.apache.poi.ss.usermodel.CellType.NUMERIC && r.getCell(0).getNumericCellValue() == 2020)
                    .findFirst().orElseThrow();
            assertThat(year2020.getCell(3).getNumericCellValue()).isEqualTo(50000);
            assertThat(workbook.getSheet("Forbruk").getLastRowNum()).isEqualTo(3);
        }
        assertThat(download("innkjoper", path).statusCode()).isEqualTo(404);
    }

    @Test
    void theFarmRegisterShowsSteinkjersApprovalsToSteinkjerOnly() throws Exception {
        HttpResponse<byte[]> steinkjer = download("innkjoper", "api/farms.xlsx");
        assertThat(steinkjer.statusCode()).isEqualTo(200);
        assertThat(steinkjer.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
        List<List<String>> rows = cells(steinkjer.body(), "Gårder");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get(0)).isEqualTo(BRATTLIA);
            assertThat(r.get(2)).isEqualTo("5006");
            assertThat(r.get(7)).contains("5006 ");
        });

        List<List<String>> kongsberg = cells(download("innkjoper.kongsberg", "api/farms.xlsx").body(), "Gårder");
        assertThat(kongsberg).noneSatisfy(r -> assertThat(r.get(0)).isEqualTo(BRATTLIA));
        assertThat(kongsberg).allSatisfy(r -> assertThat(r.get(7)).doesNotContain("5006"));
        assertThat(download("gard.vang", "api/farms.xlsx").statusCode()).isEqualTo(403);
    }

    @Test
    void theAgreementsOfTheCallersMunicipalities() throws Exception {
        HttpResponse<byte[]> xlsx = download("innkjoper", "api/agreements.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
        try (XSSFWorkbook workbook = ReportDocumentsTest.xlsx(xlsx.body())) {
            Sheet sheet = workbook.getSheet("Rammeavtaler");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Avtalenummer");
            rows(sheet).forEach(r -> assertThat(r.getCell(2).getStringCellValue()).isEqualTo("5006"));
        }
        assertThat(download("gard.vang", "api/agreements.xlsx").statusCode()).isEqualTo(403);
    }

    private ApiClient api(String user) throws Exception {
        return new ApiClient(deployment.toURI()).as(user);
    }

    private HttpResponse<byte[]> download(String user, String path) throws Exception {
        URI uri = deployment.toURI().resolve(path);
        String basic = Base64.getEncoder().encodeToString((user + ":" + ApiClient.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri).header("Authorization", "Basic " + basic).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The data rows (without the header row) of a sheet. */
    private static List<Row> rows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            rows.add(sheet.getRow(i));
        }
        return rows;
    }

    private static List<List<String>> cells(byte[] content, String sheetName) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = ReportDocumentsTest.xlsx(content)) {
            return rows(workbook.getSheet(sheetName)).stream().map(r -> {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < 9; i++) {
                    values.add(r.getCell(i) == null ? "" : formatter.formatCellValue(r.getCell(i)));
                }
                return values;
            }).toList();
        }
    }
}

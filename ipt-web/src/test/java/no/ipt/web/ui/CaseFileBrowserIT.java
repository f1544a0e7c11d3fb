package no.ipt.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.ipt.web.testing.ApiClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The case page's file in a real browser: an officer uploads a small PDF through the page's form
 * (a plain multipart Faces POST), sees it listed and downloads it through its link; an HTML page
 * named .pdf is refused with a readable message next to the file field and nothing is stored; a
 * comment is added and shown first (one sent from an expired page reloads the page with a message and
 * adds nothing); the history lists the upload and the comment. axe-core checks the page with all of it
 * on it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseFileBrowserIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @ArquillianResource
    URL deployment;

    @Test
    void anOfficerUploadsADocumentCommentsAndSeesTheHistory() throws Exception {
        ApiClient api = new ApiClient(deployment.toURI()).as("innkjoper");
        String caseNumber = api.openCase("Saksmappe " + System.nanoTime(), "5006", "HEALTH_AND_CARE").getString("caseNumber");
        Path dir = Files.createTempDirectory("ipt-upload");
        Path pdf = Files.write(dir.resolve("Behovsnotat.pdf"), PDF);
        Path disguised = Files.writeString(dir.resolve("faktura.pdf"), "<!DOCTYPE html><html><script>alert(1)</script></html>");

        try (Browser browser = Browser.start(deployment)) {
            browser.login("innkjoper", "case.xhtml?n=" + caseNumber);
            browser.waitFor(By.id("documents-heading"));
            assertThat(browser.driver.findElement(By.id("documents")).getText()).contains("Saken har ingen dokumenter ennå.");

            // an HTML page named .pdf: a readable message at the file field, nothing stored
            browser.driver.findElement(By.id("upload:file")).sendKeys(disguised.toString());
            browser.driver.findElement(By.id("upload:send")).click();
            browser.waitForText(By.id("upload:file-message"), "filtypen kan ikke lastes opp");
            assertThat(browser.driver.findElement(By.id("upload:file")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(api.get("api/cases/" + caseNumber + "/documents").expect(200).array()).isEmpty();
            browser.assertAccessible("case page with a refused upload");

            browser.driver.findElement(By.id("upload:file")).sendKeys(pdf.toString());
            browser.driver.findElement(By.id("upload:title")).sendKeys("Notat om behovet");
            new Select(browser.driver.findElement(By.id("upload:category"))).selectByVisibleText("Referat");
            browser.driver.findElement(By.id("upload:send")).click();
            browser.waitForText(By.id("messages"), "Dokumentet Behovsnotat.pdf er lastet opp.");
            WebElement link = browser.waitFor(By.cssSelector("#documents .document-link"));
            assertThat(link.getText()).isEqualTo("Notat om behovet");
            assertThat(browser.driver.findElement(By.id("documents")).getText()).contains("Behovsnotat.pdf", "Referat", "innkjoper");

            // the link downloads the same bytes with the session
            @SuppressWarnings("unchecked")
            Map<String, Object> download = (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0].href).then(function (r) { return r.arrayBuffer().then(function (b) {"
                    + "  done({status: r.status, type: r.headers.get('Content-Type'), etag: r.headers.get('ETag'),"
                    + "        text: String.fromCharCode.apply(null, new Uint8Array(b))}); }); })"
                    + ".catch(function (e) { done({status: -1, text: String(e)}); });", link);
            assertThat(download.get("status")).isEqualTo(200L);
            assertThat((String) download.get("type")).startsWith("application/pdf");
            assertThat(download.get("text")).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));

            browser.driver.findElement(By.id("comment:text")).sendKeys("Notatet er klart for styringsgruppa.");
            browser.driver.findElement(By.id("comment:add")).click();
            browser.waitForText(By.id("messages"), "Kommentaren er lagt til.");
            List<WebElement> comments = browser.driver.findElements(By.cssSelector("#comments .comment-text"));
            assertThat(comments).first().extracting(WebElement::getText).isEqualTo("Notatet er klart for styringsgruppa.");

            // a form sent from a page the session no longer keeps: the page again with a message, nothing added
            browser.driver.findElement(By.id("comment:text")).sendKeys("Skrive på ei gammal side");
            ((JavascriptExecutor) browser.driver).executeScript("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                    + ".forEach(function (i) { i.value = '-1:-1'; });");
            browser.driver.findElement(By.id("comment:add")).click();
            browser.waitForText(By.id("messages"), "Siden var utløpt");
            assertThat(browser.driver.findElement(By.id("case-number")).getText()).isEqualTo(caseNumber);
            assertThat(api.get("api/cases/" + caseNumber + "/comments").expect(200).array()).hasSize(1);

            String history = browser.driver.findElement(By.id("history")).getText();
            assertThat(history).contains("Kommentar skrevet", "Dokument lastet opp: Behovsnotat.pdf", "Saken ble opprettet", "innkjoper");
            assertThat(history).containsPattern("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}");
            assertThat(browser.driver.findElement(By.id("budget-heading")).getText()).isEqualTo("Budsjett og forbruk");
            assertThat(browser.driver.findElement(By.id("farms-heading")).getText()).isEqualTo("Gårder i saken");

            browser.assertAccessible("case page with documents, comments and history");
            ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('documents-heading').scrollIntoView()");
            browser.screenshot("case-documents");
        }
    }

    @Test
    void theFarmApprovalDocumentCheckShowsTheFarmsDocumentsWithAnUpload() throws Exception {
        ApiClient api = new ApiClient(deployment.toURI()).as("innkjoper");
        jakarta.json.JsonObject task = api.get("api/tasks").expect(200).array().getValuesAs(jakarta.json.JsonObject.class)
                .stream().filter(t -> "CheckDocuments".equals(t.getString("taskDefinitionKey"))
                        && t.containsKey("farm") && !t.isNull("farm"))
                .findFirst().orElseThrow(() -> new AssertionError("the demo data has no open CheckDocuments task"));
        String caseNumber = task.getString("caseNumber");
        String farm = task.getString("farm");
        Path pdf = Files.write(Files.createTempDirectory("ipt-upload").resolve("Beredskapsplan.pdf"), PDF);

        try (Browser browser = Browser.start(deployment)) {
            browser.login("innkjoper", "task.xhtml?id=" + task.getString("id"));
            browser.waitFor(By.id("farm-documents-heading"));
            browser.driver.findElement(By.id("farmDocuments:file")).sendKeys(pdf.toString());
            browser.driver.findElement(By.id("farmDocuments:send")).click();
            browser.waitForText(By.id("messages"), "Dokumentet Beredskapsplan.pdf er lastet opp.");
            assertThat(browser.waitFor(By.cssSelector("#farm-documents .document-link")).getText()).isEqualTo("Beredskapsplan.pdf");
            assertThat(browser.driver.getCurrentUrl()).contains("id=" + task.getString("id"));
            browser.assertAccessible("farm-approval task with the farm's documents");
        }
        jakarta.json.JsonObject stored = api.get("api/cases/" + caseNumber + "/documents").expect(200).array()
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(d -> d.getString("fileName").equals("Beredskapsplan.pdf")).findFirst().orElseThrow();
        assertThat(stored.getString("farm")).isEqualTo(farm);
        assertThat(stored.getString("category")).isEqualTo("FARM_APPROVAL");
    }
}

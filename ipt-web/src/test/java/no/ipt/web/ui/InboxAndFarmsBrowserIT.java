package no.ipt.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import no.ipt.web.testing.ApiClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The decisions inbox and the farm register in headless Chromium against the real WAR with the demo
 * data. A fresh Steinkjer case with a project plan (budget, a risk with its measure) waits for the
 * steering group: styre1 sees it with budget against spend and risks, follows the link and votes,
 * styre2 votes it decided and writes its minutes in the inbox; the decided part shows Binde school's
 * minutes and its PDF link downloads a PDF with the browser's session. The officer searches the farm
 * register and opens Brattlia with Steinkjer's approval; Kongsberg's officer sees neither Steinkjer's
 * decision points nor its approval. axe-core checks every new page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboxAndFarmsBrowserIT {

    static final String BRATTLIA = "910000055";

    @ArquillianResource
    URL deployment;

    @Test
    void theSteeringGroupDecidesFromItsInboxAndWritesTheMinutes() throws Exception {
        ApiClient anonymous = new ApiClient(deployment.toURI());
        String caseNumber = caseWithPlanAtDecision(anonymous.as("innkjoper"));
        try (Browser browser = Browser.start(deployment)) {
            browser.login("styre1", "decisions.xhtml");
            assertThat(browser.heading()).isEqualTo("Beslutninger for styringsgruppen");
            assertThat(browser.driver.findElement(By.id("nav-decisions")).getAttribute("aria-current")).isEqualTo("page");
            WebElement open = browser.waitFor(By.id("open-" + caseNumber));
            // amounts are grouped with no-break spaces
            assertThat(open.getText().replace('\u00a0', ' ')).contains("Innboks med plan", "Steinkjer (5006)", "Behovsvurdering",
                    "Helse og omsorg", "Budsjett mot forbruk", "kr 100 000", "kr 25 000", "kr 75 000",
                    "For få gardar", "Marknadsdialog før konkurransen", "Ikke ennå (stemmer avgitt: 0 / 3)",
                    "Ingen har stemt ennå.");
            assertThat(open.findElement(By.cssSelector("a.documents-link")).getAttribute("href"))
                    .contains("case.xhtml?n=" + caseNumber).endsWith("#documents");
            browser.assertAccessible("decisions inbox");
            browser.screenshot("decisions-inbox");

            // decided: Binde school's decision with the minutes of the demo data, and its PDF
            WebElement binde = browser.driver.findElements(By.cssSelector("article.decided")).stream()
                    .filter(a -> a.getText().contains("Binde skole")).findFirst().orElseThrow();
            assertThat(binde.findElement(By.cssSelector(".outcome")).getText()).isEqualTo("Godkjent");
            assertThat(binde.findElement(By.cssSelector(".minutes")).getText()).contains("Styringsgruppa godkjende behovet");
            HttpResponse<byte[]> pdf = download(browser, binde.findElement(By.cssSelector("a.pdf-link")).getAttribute("href"));
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

            // the link to vote carries the protected view's token
            browser.waitFor(By.id("open-" + caseNumber)).findElement(By.cssSelector("a.vote-link")).click();
            assertThat(browser.heading()).isEqualTo("Vedtak i styringsgruppa");
            browser.driver.findElement(By.id("vote:approve")).click();
            browser.waitFor(By.id("messages"));
            browser.logout();

            browser.login("styre2", "decisions.xhtml");
            assertThat(browser.waitFor(By.id("open-" + caseNumber)).getText()).contains("stemmer avgitt: 1 / 3");
            browser.driver.findElement(By.id("open-" + caseNumber)).findElement(By.cssSelector("a.vote-link")).click();
            browser.waitFor(By.id("vote:approve")).click();
            browser.waitFor(By.id("decisions"));
            browser.open("decisions.xhtml");
            assertThat(browser.driver.findElements(By.id("open-" + caseNumber))).as("decided, no longer open").isEmpty();
            long point = anonymous.as("styre2").get("api/cases/" + caseNumber + "/decisions").expect(200).array()
                    .getJsonObject(0).getJsonNumber("id").longValue();
            WebElement decided = browser.waitFor(By.id("decided-" + point));
            assertThat(decided.findElement(By.cssSelector(".minutes")).getText()).isEqualTo("Ingen protokoll ennå.");
            decided.findElement(By.cssSelector("input[type=submit]")).click();
            browser.waitForText(By.id("messages"), "Skriv protokollen før du lagrer.");
            decided = browser.waitFor(By.id("decided-" + point));
            assertThat(decided.findElement(By.cssSelector(".minutes")).getText()).isEqualTo("Ingen protokoll ennå.");
            decided.findElement(By.tagName("textarea")).sendKeys("Godkjent av styringsgruppa i møte.");
            decided.findElement(By.cssSelector("input[type=submit]")).click();
            browser.waitForText(By.id("messages"), "Protokollen for " + caseNumber + " er lagret.");
            decided = browser.waitFor(By.id("decided-" + point));
            assertThat(decided.findElement(By.cssSelector(".minutes")).getText()).isEqualTo("Godkjent av styringsgruppa i møte.");
            assertThat(decided.findElements(By.tagName("textarea"))).as("minutes are written once").isEmpty();
            browser.assertAccessible("decisions inbox with a message");
            browser.logout();

            // another municipality: none of Steinkjer's decision points, no inbox in its menu
            browser.login("innkjoper.kongsberg", "decisions.xhtml");
            assertThat(browser.driver.findElements(By.id("nav-decisions"))).isEmpty();
            String kongsberg = browser.driver.findElement(By.id("main")).getText();
            assertThat(kongsberg).doesNotContain(caseNumber, "Binde skole", "Steinkjer");
            browser.assertAccessible("decisions inbox (Kongsberg)");
        }
    }

    @Test
    void anOfficerSearchesTheFarmRegisterAndSeesItsMunicipalitysApprovalsOnly() {
        try (Browser browser = Browser.start(deployment)) {
            browser.login("innkjoper", "index.xhtml");
            browser.driver.findElement(By.id("nav-farms")).click();
            assertThat(browser.heading()).isEqualTo("Gårdsregister");
            browser.waitFor(By.id("name")).sendKeys("bratt");
            browser.driver.findElement(By.cssSelector("#municipality option[value='5006']")).click();
            browser.driver.findElement(By.id("search-button")).click();
            browser.waitForText(By.id("result-count"), "Treff: 1");
            assertThat(browser.driver.getCurrentUrl()).contains("name=bratt").contains("municipality=5006");
            assertThat(browser.driver.findElement(By.id("farms")).getText()).contains("Brattlia", BRATTLIA,
                    "Steinkjer (5006)");
            browser.assertAccessible("farm register");
            browser.screenshot("farms");

            browser.driver.findElement(By.cssSelector("a.farm-link")).click();
            assertThat(browser.heading()).isEqualTo("Brattlia");
            String about = browser.driver.findElement(By.id("main")).getText();
            assertThat(about).contains("Om gården", BRATTLIA, "Godkjenninger", "Rammeavtaler");
            String approvals = browser.waitFor(By.id("approvals")).getText();
            assertThat(approvals).contains("Steinkjer (5006)", "Godkjent", "Neste egenrevisjon", "Utløper");
            // the approval's expiry is said in words where it has passed or comes within 90 days
            for (WebElement expiry : browser.driver.findElements(By.cssSelector("#approvals td.expiry"))) {
                assertThat(expiry.getText()).matches("(?s)\\d\\d\\.\\d\\d\\.\\d{4}.*");
            }
            assertThat(browser.driver.findElement(By.id("no-agreements")).getText())
                    .isEqualTo("Gården er ikke leverandør i noen av din kommunes rammeavtaler.");
            browser.assertAccessible("farm");
            browser.screenshot("farm");
            browser.logout();

            browser.login("innkjoper.kongsberg", "farm.xhtml?org=" + BRATTLIA);
            assertThat(browser.heading()).isEqualTo("Brattlia");
            assertThat(browser.waitFor(By.id("no-approvals")).getText())
                    .isEqualTo("Din kommune har ingen godkjenning av gården.");
            assertThat(browser.driver.findElements(By.id("approvals"))).isEmpty();
            browser.assertAccessible("farm (Kongsberg)");
        }
    }

    /** A new Steinkjer case waiting for its steering group, with a plan: NOK 100,000 budgeted, 25,000 spent, one risk. */
    private static String caseWithPlanAtDecision(ApiClient officer) {
        JsonObject opened = officer.openCase("Innboks med plan", "5006", "HEALTH_AND_CARE");
        String caseNumber = opened.getString("caseNumber");
        officer.complete(officer.tasksOf(caseNumber).getJsonObject(0).getString("id"),
                opened.getJsonNumber("version").longValue(), ApiClient.need("Dagtilbod for 6", 6)).expect(204);
        JsonObject plan = officer.post("api/plans", Map.of("title", "Plan for innboks " + caseNumber,
                "owner", "Steinkjer kommune", "projectLead", "Per Prosjektleder", "start", "2026-01-01",
                "end", "2026-12-31", "caseNumber", caseNumber)).expect(201).object();
        String path = "api/plans/" + plan.getJsonNumber("id").longValue();
        long version = plan.getJsonNumber("version").longValue();
        version = officer.put(path + "/budget", Json.createObjectBuilder().add("version", version)
                .add("budget", Json.createArrayBuilder().add(line("Kjøp av plassar", 100_000)))
                .add("financing", Json.createArrayBuilder().add(line("Steinkjer kommune", 100_000)))
                .build().toString()).expect(200).object().getJsonNumber("version").longValue();
        version = officer.post(path + "/spend", Json.createObjectBuilder().add("version", version)
                .add("label", "Kjøp av plassar").add("year", 2026).add("amount", 25_000).add("spentOn", "2026-03-31")
                .build().toString()).expect(200).object().getJsonNumber("version").longValue();
        officer.post(path + "/risks", Json.createObjectBuilder().add("version", version).add("title", "For få gardar")
                .add("description", "Éin godkjend gard").add("likelihood", 3).add("consequence", 4)
                .add("measures", Json.createArrayBuilder().add("Marknadsdialog før konkurransen")).build().toString())
                .expect(200);
        return caseNumber;
    }

    private static JsonObject line(String label, int amount) {
        return Json.createObjectBuilder().add("label", label).add("year", 2026).add("amount", amount).build();
    }

    /** GETs {@code href} as the browser would: with its session cookie, not with a password. */
    private static HttpResponse<byte[]> download(Browser browser, String href) throws Exception {
        String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}

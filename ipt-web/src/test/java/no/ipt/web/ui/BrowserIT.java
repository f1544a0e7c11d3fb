package no.ipt.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The web application in headless Chromium against the real WAR on Payara Micro with the demo data:
 * an officer's tasks, a case with its BPMN diagram, the language switch, and the steering group voting
 * a case on to its next stage; axe-core checks every page on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    @ArquillianResource
    URL deployment;

    @Test
    void anOfficerWorksThroughTasksAndTheCasePageInNorwegianAndEnglish() {
        try (Browser browser = Browser.start(deployment)) {
            browser.open("");
            browser.waitFor(By.id("username"));
            browser.assertAccessible("login");
            browser.screenshot("login");

            browser.login("innkjoper", "");
            assertThat(browser.heading()).isEqualTo("Saker");
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nb");
            assertThat(browser.driver.findElements(By.cssSelector("#cases .case-link"))).isNotEmpty();
            browser.assertAccessible("cases");
            browser.screenshot("cases");

            browser.driver.findElement(By.id("nav-tasks")).click();
            assertThat(browser.heading()).isEqualTo("Mine oppgaver");
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("#list\\:tasks .task-link"));
            assertThat(rows).as("innkjoper's open tasks").isNotEmpty();
            browser.assertAccessible("my tasks");
            browser.screenshot("my-tasks");

            // claim and release a task through the same service as POST /api/tasks/{id}/claim
            browser.driver.findElement(By.cssSelector("input.claim")).click();
            browser.waitForText(By.id("messages"), "Du har tatt oppgaven.");
            assertThat(browser.driver.findElements(By.cssSelector("input.unclaim"))).hasSize(1);
            browser.driver.findElement(By.cssSelector("input.unclaim")).click();
            browser.waitForText(By.id("messages"), "Oppgaven er frigitt til gruppa.");
            assertThat(browser.driver.findElements(By.cssSelector("input.unclaim"))).isEmpty();

            // filter by candidate group: the filters travel in the address
            new Select(browser.driver.findElement(By.id("filter:group"))).selectByValue("procurement-officer");
            browser.driver.findElement(By.id("filter:apply")).click();
            browser.waitFor(By.id("list:tasks"));
            assertThat(browser.driver.getCurrentUrl()).contains("group=procurement-officer");
            assertThat(browser.driver.findElements(By.cssSelector("#list\\:tasks .task-link"))).isNotEmpty();
            // ... and by the case's stage (the respite case sent back to its needs assessment)
            new Select(browser.driver.findElement(By.id("filter:stage"))).selectByValue("NEEDS_ASSESSMENT");
            browser.driver.findElement(By.id("filter:apply")).click();
            browser.waitFor(By.id("list:tasks"));
            assertThat(browser.driver.getCurrentUrl()).contains("stage=NEEDS_ASSESSMENT");
            assertThat(browser.driver.findElements(By.cssSelector("#list\\:tasks tbody tr")))
                    .isNotEmpty()
                    .allSatisfy(row -> assertThat(row.getText()).contains("Behovsvurdering"));
            new Select(browser.driver.findElement(By.id("filter:stage"))).selectByValue("");
            browser.driver.findElement(By.id("filter:apply")).click();
            browser.waitFor(By.id("list:tasks"));

            // the case page draws the running processes and highlights what they wait for
            browser.driver.findElement(By.cssSelector("#list\\:tasks .case-link")).click();
            browser.waitFor(By.id("case-stage"));
            browser.waitFor(By.cssSelector("#diagrams[data-rendered=true]"));
            List<WebElement> active = browser.driver.findElements(By.cssSelector("#diagrams svg g.djs-element.ipt-active"));
            assertThat(active).as("highlighted current activities").isNotEmpty();
            assertThat(browser.driver.findElement(By.cssSelector("#diagrams figcaption")).getText()).contains("Venter nå på");
            assertThat(browser.driver.findElements(By.cssSelector("ol.timeline li[aria-current=step]"))).hasSize(1);
            browser.assertAccessible("case");
            browser.screenshot("case");

            // English, on the same page, and it stays English
            browser.driver.findElement(By.id("language:en")).click();
            browser.waitForText(By.id("summary-heading"), "Summary");
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            browser.waitFor(By.cssSelector("#diagrams[data-rendered=true]"));
            assertThat(browser.driver.findElement(By.cssSelector("#diagrams figcaption")).getText()).contains("Waiting for");
            browser.assertAccessible("case (English)");
            browser.screenshot("case-en");
            browser.driver.findElement(By.id("nav-tasks")).click();
            assertThat(browser.heading()).isEqualTo("My tasks");
            browser.logout();
        }
    }

    @Test
    void theSteeringGroupVotesACaseOnToItsNextStage() {
        String caseNumber;
        try (Browser browser = Browser.start(deployment)) {
            browser.login("styre1", "tasks.xhtml");
            openDecision(browser);
            caseNumber = browser.driver.findElement(By.cssSelector(".summary a")).getText();
            assertThat(browser.driver.findElement(By.id("decision-status")).getText()).isEqualTo("Ikke avgjort ennå");
            browser.assertAccessible("decision");
            browser.screenshot("decision");

            // the domain's rule, shown next to its field: sending back needs a comment
            browser.driver.findElement(By.id("vote:sendBack")).click();
            browser.waitForText(By.id("vote:comment-message"), "Skriv en kommentar");
            browser.assertAccessible("decision with a message");

            browser.driver.findElement(By.id("vote:comment")).sendKeys("Godt grunnlag.");
            browser.driver.findElement(By.id("vote:approve")).click();
            browser.waitForText(By.id("messages"), "Stemmen din er registrert.");
            assertThat(browser.driver.findElement(By.id("votes")).getText()).contains("Godt grunnlag.");

            // a link from elsewhere (no token of this session) does not reach the decision page
            browser.open("decision.xhtml?n=" + caseNumber);
            assertThat(browser.driver.findElements(By.id("vote:approve"))).isEmpty();
            browser.open("tasks.xhtml");
            browser.logout();
        }
        try (Browser browser = Browser.start(deployment)) {
            browser.login("styre2", "tasks.xhtml");
            openDecision(browser);
            assertThat(browser.driver.findElement(By.cssSelector(".summary a")).getText()).isEqualTo(caseNumber);
            browser.driver.findElement(By.id("vote:approve")).click();
            browser.waitForText(By.id("messages"), "Vedtaket er fattet: Godkjent.");
            assertThat(browser.driver.findElement(By.id("case-number")).getText()).isEqualTo(caseNumber);
            assertThat(browser.driver.findElement(By.id("case-stage")).getText()).isEqualTo("Leverandørmobilisering");
            assertThat(browser.driver.findElement(By.id("decisions")).getText()).contains("Godkjent");
            browser.assertAccessible("case after the decision");
        }
    }

    /** The demo's agreement in force: the case page offers what the running stages wait for, and a call-off raises its task. */
    @Test
    void anOfficerOrdersPlacesUnderTheAgreementInForce() {
        try (Browser browser = Browser.start(deployment)) {
            browser.login("innkjoper", "");
            browser.driver.findElement(By.xpath(
                    "//tr[td[contains(., 'rammeavtale')]]//a[contains(@class, 'case-link')]")).click();
            browser.waitFor(By.id("case-stage"));
            assertThat(browser.driver.findElement(By.id("case-stage")).getText()).isEqualTo("Oppfølging");
            assertThat(browser.driver.findElements(By.cssSelector("#requests input[type=submit]")))
                    .extracting(e -> e.getAttribute("value"))
                    // "Evaluer nå" comes and goes with the evaluation timer (30 s in the tests), so it is not checked
                    .contains("Bestill plasser (avrop)", "Meld avvik", "Si opp avtalen")
                    .doesNotContain("Registrer klagen");
            assertThat(browser.driver.findElement(By.id("case-tasks")).getText()).doesNotContain("Gjør et avrop");
            browser.assertAccessible("case with requests");

            browser.driver.findElement(By.cssSelector("#requests input.request-CALL_OFF")).click();
            browser.waitForText(By.id("messages"), "Sendt: Bestill plasser (avrop).");
            assertThat(browser.driver.findElement(By.id("case-tasks")).getText()).contains("Gjør et avrop");
            browser.screenshot("case-requests");
        }
    }

    /** An admin manages a user in the browser and finds the change in the audit trail; others are refused the pages. */
    @Test
    void anAdminManagesAUserAndSearchesTheAuditTrail() {
        try (Browser browser = Browser.start(deployment)) {
            browser.login("admin", "admin-users.xhtml");
            assertThat(browser.heading()).isEqualTo("Brukere");
            browser.assertAccessible("users");
            browser.screenshot("admin-users");

            browser.driver.findElement(By.id("create:username")).sendKeys("fagleiar.snasa");
            browser.driver.findElement(By.id("create:displayName")).sendKeys("Fagleiar Snåsa");
            browser.driver.findElement(By.id("create:password")).sendKeys("kort");
            browser.driver.findElements(By.cssSelector("#create\\:roles input")).get(0).click();
            browser.driver.findElement(By.id("create:municipality")).sendKeys("5006");
            browser.driver.findElement(By.id("create:create")).click();
            browser.waitFor(By.cssSelector(".field-error"));
            assertThat(browser.driver.findElement(By.id("create:username")).getAttribute("value"))
                    .as("the input is kept").isEqualTo("fagleiar.snasa");
            browser.assertAccessible("users with a message");

            browser.driver.findElement(By.id("create:password")).sendKeys("eit-mykje-lengre-passord-2026");
            browser.driver.findElement(By.id("create:create")).click();
            browser.waitForText(By.id("messages"), "Brukeren er opprettet.");
            browser.driver.findElements(By.cssSelector("#list\\:users .user-link")).stream()
                    .filter(a -> a.getText().equals("fagleiar.snasa")).findFirst().orElseThrow().click();
            browser.waitFor(By.id("edit:toggle"));
            browser.driver.findElement(By.id("edit:toggle")).click();
            browser.waitForText(By.id("messages"), "Brukeren er sperret.");

            browser.open("admin-audit.xhtml?subject=fagleiar.snasa");
            browser.waitFor(By.id("events"));
            assertThat(browser.driver.findElement(By.id("events")).getText()).contains("USER_CREATED", "USER_DISABLED");
            browser.assertAccessible("audit trail");
            browser.screenshot("admin-audit");
            browser.logout();
        }
        try (Browser browser = Browser.start(deployment)) {
            browser.login("innkjoper", "tasks.xhtml");
            assertThat(browser.driver.findElements(By.id("nav-users"))).as("no admin menu for an officer").isEmpty();
            browser.open("admin-users.xhtml");
            assertThat(browser.driver.getPageSource()).doesNotContain("create:username");
        }
    }

    /** From "My tasks", the steering group's decision task of the Steinkjer case waiting for it. */
    private static void openDecision(Browser browser) {
        browser.waitFor(By.id("list:tasks"));
        browser.driver.findElements(By.cssSelector("#list\\:tasks .task-link")).stream()
                .filter(link -> link.getText().equals("Styringsgruppa fatter vedtak")).findFirst()
                .orElseThrow(() -> new AssertionError("no decision task in " + browser.driver.getPageSource()))
                .click();
        browser.waitFor(By.id("vote:approve"));
        assertThat(browser.heading()).isEqualTo("Vedtak i styringsgruppa");
    }
}

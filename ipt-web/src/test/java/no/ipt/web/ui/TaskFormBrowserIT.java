package no.ipt.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import no.ipt.web.testing.ApiClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The generic task form in a real browser: an officer opens a new case's "Beskriv behovet" task from
 * My tasks, the form-js schema is drawn, a missing required field and a broken domain rule are shown next
 * to their fields without completing anything, a draft survives a reload, and completing the task sends
 * the case to the steering group. axe-core checks the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TaskFormBrowserIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("ipt.war")));
    }

    @ArquillianResource
    URL deployment;

    @Test
    void anOfficerDescribesTheNeedOfANewCaseThroughItsForm() throws Exception {
        ApiClient api = new ApiClient(deployment.toURI()).as("innkjoper");
        String caseNumber = api.openCase("Skjematest " + System.nanoTime(), "5006", "HEALTH_AND_CARE")
                .getString("caseNumber");
        String taskId = describeNeedTask(api, caseNumber);

        try (Browser browser = Browser.start(deployment)) {
            browser.login("innkjoper", "tasks.xhtml?case=" + caseNumber);
            browser.waitFor(By.id("list:tasks"));
            browser.driver.findElements(By.cssSelector("#list\\:tasks .task-link")).stream()
                    .filter(link -> link.getText().equals("Beskriv behovet")).findFirst()
                    .orElseThrow(() -> new AssertionError("no DescribeNeed task in " + browser.driver.getPageSource()))
                    .click();
            formReady(browser);
            assertThat(browser.driver.getCurrentUrl()).contains("task.xhtml").contains("id=" + taskId);
            assertThat(browser.driver.findElement(By.id("case-link")).getText()).startsWith(caseNumber);
            browser.assertAccessible("task form");
            browser.screenshot("task-form");

            // everything but the target group, with a period that ends before it starts
            type(browser, "Beskrivelse av behovet", "Dagtilbod for heimebuande på gard");
            type(browser, "Antall deltakere", "6");
            type(browser, "Antall plasser", "3");
            type(browser, "Dager per uke", "3");
            date(browser, "Periode fra", "2027", "01", "01");
            date(browser, "Periode til", "2026", "12", "31");
            choose(browser, "Transport", "Kommunen");
            type(browser, "Forventede resultater (ett per linje)", "Kortere venteliste\nMer aktivitet ute");
            type(browser, "Anslått kontraktsverdi inkl. opsjoner (kr)", "2100000");
            choose(browser, "Tjenestekategori", "Helse- og sosialtjenester");
            choose(browser, "Oppdragsgiver", "Kommune");
            type(browser, "Enheter i det tverrfaglige teamet (én per linje)", "Helse og omsorg\nTildelingskontoret");

            // a required field left empty: the message is next to it and nothing is sent
            browser.driver.findElement(By.id("task:complete")).click();
            assertThat(errorOf(browser, "Målgruppe (generelt beskrevet)")).isEqualTo("Fyll ut feltet.");
            browser.assertAccessible("task form with a message");
            assertThat(api.tasksOf(caseNumber).getJsonObject(0).getString("id")).isEqualTo(taskId);

            type(browser, "Målgruppe (generelt beskrevet)", "Heimebuande som treng tilbod på dagtid");

            // a draft keeps the input on the server without completing: it is back after a reload
            browser.driver.findElement(By.id("task:saveDraft")).click();
            browser.waitForText(By.id("messages"), "Utkastet er lagret.");
            browser.open("task.xhtml?id=" + taskId);
            formReady(browser);
            assertThat(browser.driver.findElement(By.id("draft-status")).getText()).isEqualTo("Det lagrede utkastet ditt vises.");
            assertThat(input(browser, "Målgruppe (generelt beskrevet)").getAttribute("value"))
                    .isEqualTo("Heimebuande som treng tilbod på dagtid");
            assertThat(input(browser, "Antall deltakere").getAttribute("value")).isEqualTo("6");
            assertThat(api.tasksOf(caseNumber).getJsonObject(0).getString("id")).isEqualTo(taskId);

            // completed: the case waits for the steering group
            input(browser, "Periode til").clear();
            date(browser, "Periode til", "2028", "12", "31");
            browser.driver.findElement(By.id("task:complete")).click();
            browser.waitForText(By.id("messages"), "er fullført");
            assertThat(browser.driver.findElement(By.id("case-number")).getText()).isEqualTo(caseNumber);
        }
        JsonArray after = api.tasksOf(caseNumber);
        assertThat(new ApiClient(deployment.toURI()).as("styre1").tasksOf(caseNumber).getJsonObject(0)
                .getString("taskDefinitionKey")).isEqualTo("SteeringGroupDecision");
        assertThat(after.stream().map(t -> t.asJsonObject().getString("taskDefinitionKey"))).doesNotContain("DescribeNeed");
        assertThat(api.getCase(caseNumber).getInt("participants")).isEqualTo(6);
    }

    private static String describeNeedTask(ApiClient api, String caseNumber) {
        JsonArray tasks = api.tasksOf(caseNumber);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.getJsonObject(0).getString("taskDefinitionKey")).isEqualTo("DescribeNeed");
        return tasks.getJsonObject(0).getString("id");
    }

    private static void formReady(Browser browser) {
        try {
            browser.waitFor(By.cssSelector("#task-form[aria-busy=false] .fjs-form"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no form at " + browser.driver.getCurrentUrl() + ": "
                    + browser.driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** The form-js field whose label starts with {@code label}. */
    private static WebElement field(Browser browser, String label) {
        return browser.driver.findElement(By.xpath("(//div[@id='task-form']//label[starts-with(normalize-space(), \""
                + label + "\")])[1]/ancestor::div[contains(concat(' ', @class, ' '), ' fjs-form-field ')][1]"));
    }

    private static WebElement input(Browser browser, String label) {
        return field(browser, label).findElement(By.cssSelector("textarea, input:not(.fjs-select-hidden-input)"));
    }

    private static void type(Browser browser, String label, String text) {
        WebElement input = input(browser, label);
        input.clear();
        input.sendKeys(text);
    }

    /** Types a date in the browser's format, as the field's placeholder shows it (e.g. mm/dd/yyyy). */
    private static void date(Browser browser, String label, String year, String month, String day) {
        WebElement input = input(browser, label);
        String format = input.getAttribute("placeholder");
        input.sendKeys(format.replace("yyyy", year).replace("mm", month).replace("dd", day), Keys.TAB);
    }

    private static void choose(Browser browser, String label, String option) {
        WebElement box = field(browser, label);
        By item = By.xpath(".//*[contains(@class, 'fjs-dropdownlist-item')][normalize-space()='" + option + "']");
        // the list opens when the field gets the focus (also by Tab from the field before); a click toggles it
        if (box.findElements(item).isEmpty()) {
            box.findElement(By.cssSelector(".fjs-input-group")).click();
        }
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !box.findElements(item).isEmpty());
        box.findElement(item).click();
    }

    private static String errorOf(Browser browser, String label) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> !field(browser, label)
                .findElements(By.cssSelector(".fjs-form-field-error")).isEmpty());
        return field(browser, label).findElement(By.cssSelector(".fjs-form-field-error")).getText().strip();
    }
}

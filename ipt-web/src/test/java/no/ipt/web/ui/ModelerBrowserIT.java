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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The admin pages in headless Chromium against the real WAR on Payara Micro: the process library, the
 * Camunda 7 modeler on the needs-assessment process (a refused deployment lists its problems by element
 * id; a renamed task deploys as a new version that the library shows), and an officer kept out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModelerBrowserIT {

    private static final String PROCESS = "ipt-needs-assessment";
    private static final String TASK = "DescribeNeed";

    @ArquillianResource
    URL deployment;

    @Test
    void anAdminChangesATaskNameInTheModelerAndTheLibraryShowsTheNewVersion() {
        try (Browser browser = Browser.start(deployment)) {
            browser.login("admin", "admin/models.xhtml");
            assertThat(browser.heading()).isEqualTo("Prosessbibliotek");
            assertThat(browser.driver.findElements(By.id("nav-admin"))).hasSize(1);
            int before = newestVersion(browser);
            assertThat(browser.driver.findElement(By.cssSelector(section() + " tr.version .running")).getText()).isNotBlank();
            assertThat(browser.driver.findElement(By.cssSelector("section.model[data-key=procurement-procedure] h2")).getText())
                    .as("the DMN table is in the library").contains("beslutningstabell");
            browser.assertAccessible("process library");
            browser.screenshot("admin-library");

            // the version page draws the diagram and lists what the version changed
            browser.driver.findElement(By.cssSelector(section() + " tr.version .view-link")).click();
            browser.waitFor(By.cssSelector("#modeler[data-rendered=true]"));
            assertThat(browser.driver.findElements(By.cssSelector("#modeler svg g.djs-element[data-element-id=" + TASK + "]"))).hasSize(1);
            assertThat(browser.driver.findElement(By.id("diff-heading")).getText()).isNotBlank();

            // the modeler on the newest version
            browser.driver.findElement(By.id("edit")).click();
            browser.waitFor(By.cssSelector("#modeler[data-rendered=true]"));
            assertThat(browser.driver.findElements(By.cssSelector("#properties .bio-properties-panel"))).isNotEmpty();
            assertThat(browser.driver.findElement(By.id("deploy:fileName")).getAttribute("value")).isEqualTo("needs-assessment.bpmn");
            browser.screenshot("admin-modeler");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            String groups = (String) js.executeScript("var el = window.iptModeler.get('elementRegistry').get(arguments[0]);"
                    + "return el.businessObject.get('camunda:candidateGroups');", TASK);
            assertThat(groups).isNotBlank();

            // a user task without a candidate group is refused: the problem is listed by the element's id
            js.executeScript("var m = window.iptModeler; var el = m.get('elementRegistry').get(arguments[0]);"
                    + "m.get('modeling').updateProperties(el, {'camunda:candidateGroups': undefined});", TASK);
            browser.driver.findElement(By.id("deploy:submit")).click();
            browser.waitFor(By.cssSelector("#problems li[data-element=" + TASK + "]"));
            assertThat(browser.driver.findElement(By.cssSelector("#problems li[data-element=" + TASK + "] .element-id")).getText())
                    .isEqualTo(TASK);
            assertThat(browser.driver.findElement(By.id("messages")).getText()).startsWith("Avvist");
            browser.waitFor(By.cssSelector("#modeler[data-rendered=true]"));
            assertThat(browser.driver.findElements(By.cssSelector("#modeler g.djs-element.ipt-problem[data-element-id=" + TASK + "]")))
                    .as("the refused element is marked in the modeler").hasSize(1);

            // the edited model stayed on the page: give the group back, rename the task, deploy
            js.executeScript("var m = window.iptModeler; var el = m.get('elementRegistry').get(arguments[0]);"
                    + "m.get('modeling').updateProperties(el, {'camunda:candidateGroups': arguments[1]});"
                    + "m.get('modeling').updateLabel(el, 'Beskriv behovet grundig');", TASK, groups);
            browser.driver.findElement(By.id("deploy:submit")).click();
            WebElement deployed = browser.waitFor(By.cssSelector("#deployed li[data-key=" + PROCESS + "]"));
            assertThat(Integer.parseInt(deployed.getAttribute("data-version"))).isEqualTo(before + 1);
            browser.waitForText(By.id("messages"), "Modellen er tatt i bruk som ny versjon.");
            assertThat(browser.driver.findElements(By.id("problems"))).isEmpty();

            // the library shows it, deployed by admin, no cases on it yet
            browser.driver.findElement(By.id("to-library")).click();
            assertThat(browser.heading()).isEqualTo("Prosessbibliotek");
            assertThat(newestVersion(browser)).isEqualTo(before + 1);
            assertThat(browser.driver.findElement(By.cssSelector(section() + " tr.version .deployed-by")).getText()).isEqualTo("admin");
            assertThat(browser.driver.findElement(By.cssSelector(section() + " tr.version .running")).getText()).isEqualTo("0");
            browser.assertAccessible("process library after the deployment");

            // its diff names the renamed task
            browser.driver.findElement(By.cssSelector(section() + " tr.version .view-link")).click();
            browser.waitFor(By.id("diff-changed"));
            assertThat(browser.driver.findElement(By.id("diff-changed")).getText()).contains(TASK).contains("Beskriv behovet grundig");

            // the version before, deployed again: the task's name is back for the tests after this one
            browser.open("admin/models.xhtml");
            List<WebElement> edits = browser.driver.findElements(By.cssSelector(section() + " tr.version .edit-link"));
            edits.get(1).click();
            browser.waitFor(By.cssSelector("#modeler[data-rendered=true]"));
            browser.driver.findElement(By.id("deploy:submit")).click();
            WebElement again = browser.waitFor(By.cssSelector("#deployed li[data-key=" + PROCESS + "]"));
            assertThat(Integer.parseInt(again.getAttribute("data-version"))).isEqualTo(before + 2);

            // the other admin pages answer
            browser.driver.findElement(By.id("admin-migration")).click();
            assertThat(browser.heading()).isEqualTo("Migrering");
            browser.assertAccessible("migration");
            browser.driver.findElement(By.id("admin-incidents")).click();
            assertThat(browser.heading()).isEqualTo("Hendelser");
            browser.assertAccessible("incidents");
            browser.logout();
        }
    }

    @Test
    void anOfficerDoesNotReachTheAdminPages() {
        try (Browser browser = Browser.start(deployment)) {
            browser.login("innkjoper", "");
            assertThat(browser.driver.findElements(By.id("nav-admin"))).isEmpty();
            for (String page : List.of("admin/models.xhtml", "admin/modeler.xhtml", "admin/migration.xhtml", "admin/incidents.xhtml",
                    "admin/form-editor.xhtml")) {
                browser.open(page);
                assertThat(browser.driver.getPageSource()).as(page).contains("403").doesNotContain("Prosessbibliotek");
                assertThat(browser.driver.findElements(By.id("deploy:submit"))).isEmpty();
            }
        }
    }

    private static String section() {
        return "section.model[data-key=" + PROCESS + "]";
    }

    private static int newestVersion(Browser browser) {
        return Integer.parseInt(browser.waitFor(By.cssSelector(section() + " tr.version")).getAttribute("data-version"));
    }
}

package no.ipt.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.net.URL;
import no.ipt.web.testing.ApiClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The generic task form in a real browser: an officer opens a new case's "Beskriv behovet" task from
 * My tasks, the form-js schema is drawn, a missing required field and a broken domain rule are shown next
 * to their fields without completing anything, a draft survives a reload, and completing the task sends
 * the case to the steering group. axe-core checks the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TaskFormBrowserIT {

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
            FormJs.openForm(browser, caseNumber, "Beskriv behovet");
            assertThat(browser.driver.getCurrentUrl()).contains("task.xhtml").contains("id=" + taskId);
            assertThat(browser.driver.findElement(By.id("case-link")).getText()).startsWith(caseNumber);
            browser.assertAccessible("task form");
            browser.screenshot("task-form");

            // everything but the target group, with a period that ends before it starts
            FormJs.describeNeed(browser, new String[] {"2027", "01", "01"}, new String[] {"2026", "12", "31"});

            // a required field left empty: the message is next to it and nothing is sent
            browser.driver.findElement(By.id("task:complete")).click();
            assertThat(FormJs.errorOf(browser, "Målgruppe (generelt beskrevet)")).isEqualTo("Fyll ut feltet.");
            browser.assertAccessible("task form with a message");
            assertThat(api.tasksOf(caseNumber).getJsonObject(0).getString("id")).isEqualTo(taskId);

            FormJs.type(browser, "Målgruppe (generelt beskrevet)", "Heimebuande som treng tilbod på dagtid");

            // a draft keeps the input on the server without completing: it is back after a reload
            browser.driver.findElement(By.id("task:saveDraft")).click();
            browser.waitForText(By.id("messages"), "Utkastet er lagret.");
            browser.open("task.xhtml?id=" + taskId);
            FormJs.ready(browser);
            assertThat(browser.driver.findElement(By.id("draft-status")).getText()).isEqualTo("Det lagrede utkastet ditt vises.");
            assertThat(FormJs.input(browser, "Målgruppe (generelt beskrevet)").getAttribute("value"))
                    .isEqualTo("Heimebuande som treng tilbod på dagtid");
            assertThat(FormJs.input(browser, "Antall deltakere").getAttribute("value")).isEqualTo("6");
            assertThat(api.tasksOf(caseNumber).getJsonObject(0).getString("id")).isEqualTo(taskId);

            // completed: the case waits for the steering group
            FormJs.input(browser, "Periode til").clear();
            FormJs.date(browser, "Periode til", "2028", "12", "31");
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
}

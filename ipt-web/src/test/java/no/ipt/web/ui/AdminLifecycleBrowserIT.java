package no.ipt.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import no.ipt.web.testing.ApiClient;
import no.ipt.web.testing.TestResources;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin changes the lifecycle in the browser, as issue 6 asks: a threshold of the tender's DMN table
 * edited in the decision table and deployed; a form modelled in the form editor; a user task with that
 * form added to the needs assessment in the BPMN modeler (refused while the form key names no form)
 * and deployed; a running case migrated to the new version; a new case then follows the new model and
 * the officer completes the admin's form on the task page.
 * <p>
 * All ITs of a build share one database, so the changed models would reach the classes after this one:
 * the original needs assessment and DMN table are deployed again at the end (in {@code finally}), which
 * makes them the latest versions again. The form and the migrated case stay; no other class uses them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminLifecycleBrowserIT {

    private static final String PROCESS = "ipt-needs-assessment";
    private static final String DECISION = "procurement-procedure";
    private static final String THRESHOLD_CELL = "R2024_DirectHealth_value";
    private static final String NEW_TASK = "FarmVisit";

    @ArquillianResource
    URL deployment;

    @Test
    void anAdminChangesTheLifecycleInTheBrowserAndCasesFollowIt() throws Exception {
        ApiClient officer = new ApiClient(deployment.toURI()).as("innkjoper");
        ApiClient admin = new ApiClient(deployment.toURI()).as("admin");
        String formId = "farm-visit-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String running = officer.openCase("Migrering " + formId, "5006", "HEALTH_AND_CARE").getString("caseNumber");
        assertThat(taskKeys(officer, running)).containsExactly("DescribeNeed");
        try (Browser browser = Browser.start(deployment)) {
            browser.login("admin", "admin/models.xhtml");
            int processBefore = newestVersion(browser, PROCESS);
            int decisionBefore = newestVersion(browser, DECISION);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;

            // (a) a threshold of the DMN table, typed into its cell of the decision table
            edit(browser, DECISION);
            js.executeAsyncScript("var done = arguments[arguments.length - 1]; var m = window.iptModeler;"
                    + "var table = m.getViews().filter(function (v) { return v.type === 'decisionTable'; })[0];"
                    + "if (m.getActiveView().type === 'decisionTable') { done(); } else { m.open(table).then(done, done); }");
            WebElement cell = browser.waitFor(By.cssSelector("td[data-element-id=" + THRESHOLD_CELL + "] [contenteditable]"));
            assertThat(cell.getText()).isEqualTo("< 100000");
            js.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", cell);
            cell.click();
            // the keys go to the focused cell, as a user types them
            new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("< 150000").perform();
            browser.waitForText(By.cssSelector("td[data-element-id=" + THRESHOLD_CELL + "]"), "< 150000");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> String.valueOf(
                    js.executeScript("return document.getElementById('deploy:xml').value;")).contains("&lt; 150000"));
            browser.screenshot("admin-dmn");
            browser.driver.findElement(By.id("deploy:submit")).click();
            WebElement decision = browser.waitFor(By.cssSelector("#deployed li[data-key=" + DECISION + "]"));
            assertThat(Integer.parseInt(decision.getAttribute("data-version"))).isEqualTo(decisionBefore + 1);
            browser.driver.findElement(By.id("to-library")).click();
            assertThat(newestVersion(browser, DECISION)).isEqualTo(decisionBefore + 1);
            assertThat(newestXml(admin, DECISION)).contains("&lt; 150000");

            // (b) the task's form in the form editor: refused while a field cannot be sent, then deployed
            browser.driver.findElement(By.id("new-form")).click();
            browser.waitFor(By.cssSelector("#form-editor[data-rendered=true]"));
            assertThat(browser.heading()).isEqualTo("Skjemaeditor");
            browser.assertAccessible("form editor");
            importForm(js, form(formId, ",{\"type\":\"checklist\",\"id\":\"Field_list\",\"key\":\"list\",\"label\":\"Liste\","
                    + "\"values\":[{\"label\":\"A\",\"value\":\"a\"}]}"));
            browser.driver.findElement(By.id("deploy:submit")).click();
            browser.waitFor(By.cssSelector("#problems li[data-element=Field_list]"));
            assertThat(browser.driver.findElement(By.id("problems")).getText()).contains("checklist");
            browser.waitFor(By.cssSelector("#form-editor[data-rendered=true]"));
            importForm(js, form(formId, ""));
            js.executeScript("var e = window.iptFormEditor; var field = e.get('formFieldRegistry').getAll()"
                    + ".filter(function (f) { return f.key === 'visitNotes'; })[0];"
                    + "e.get('modeling').editFormField(field, 'label', 'Notater fra gårdsbesøket');");
            browser.driver.findElement(By.id("deploy:submit")).click();
            WebElement form = browser.waitFor(By.cssSelector("#deployed li[data-key=" + formId + "]"));
            assertThat(form.getAttribute("data-version")).isEqualTo("1");
            assertThat(browser.driver.findElement(By.id("form-key")).getText()).isEqualTo("ipt-form:" + formId);
            browser.waitForText(By.id("messages"), "Skjemaet er tatt i bruk som ny versjon.");
            browser.waitFor(By.cssSelector("#form-editor[data-rendered=true]"));
            browser.screenshot("admin-form-editor");
            browser.assertAccessible("form editor after the deployment");
            browser.driver.findElement(By.id("to-library")).click();
            assertThat(browser.driver.findElement(By.cssSelector("section.model[data-key=" + formId + "] h2")).getText())
                    .contains("skjema");

            // (c) the needs assessment gets a farm visit before the need is described
            edit(browser, PROCESS);
            js.executeScript("var m = window.iptModeler, reg = m.get('elementRegistry'), modeling = m.get('modeling');"
                    + "var start = reg.get('NeedIdentified'), describe = reg.get('DescribeNeed');"
                    + "var bo = m.get('bpmnFactory').create('bpmn:UserTask', {id: arguments[0], name: 'Gårdsbesøk'});"
                    + "var shape = m.get('elementFactory').createShape({type: 'bpmn:UserTask', businessObject: bo});"
                    + "var task = modeling.createShape(shape, {x: start.x + 120, y: start.y + 200}, start.parent);"
                    + "modeling.updateProperties(task, {'camunda:candidateGroups': 'procurement-officer',"
                    + "  'camunda:formKey': 'ipt-form:no-such-form'});"
                    + "modeling.reconnectEnd(reg.get('Flow_ToDescribe'), task, {x: task.x + task.width / 2, y: task.y});"
                    + "modeling.connect(task, describe);", NEW_TASK);
            browser.driver.findElement(By.id("deploy:submit")).click();
            browser.waitFor(By.cssSelector("#problems li[data-element=" + NEW_TASK + "]"));
            assertThat(browser.driver.findElement(By.id("problems")).getText())
                    .contains("ipt-form:no-such-form").contains("no form with the id 'no-such-form' is deployed");
            browser.waitFor(By.cssSelector("#modeler[data-rendered=true]"));
            js.executeScript("var m = window.iptModeler; var el = m.get('elementRegistry').get(arguments[0]);"
                    + "m.get('modeling').updateProperties(el, {'camunda:formKey': arguments[1]});", NEW_TASK, "ipt-form:" + formId);
            browser.driver.findElement(By.id("deploy:submit")).click();
            WebElement process = browser.waitFor(By.cssSelector("#deployed li[data-key=" + PROCESS + "]"));
            assertThat(Integer.parseInt(process.getAttribute("data-version"))).isEqualTo(processBefore + 1);
            browser.driver.findElement(By.id("to-library")).click();
            assertThat(newestVersion(browser, PROCESS)).isEqualTo(processBefore + 1);

            // (d) the running case moves to the new version: preview, then execute, a result per case
            browser.driver.findElement(By.id("admin-migration")).click();
            choose(browser, "migration:source", PROCESS + " v" + processBefore + " ");
            choose(browser, "migration:target", PROCESS + " v" + (processBefore + 1) + " ");
            browser.driver.findElement(By.id("migration:preview")).click();
            browser.waitFor(By.id("preview-instances"));
            assertThat(browser.driver.findElement(By.id("preview-instances")).getText()).contains(running);
            browser.driver.findElement(By.id("migration:execute")).click();
            WebElement result = browser.waitFor(By.id("result-instances"));
            WebElement row = result.findElements(By.cssSelector("tbody tr")).stream()
                    .filter(r -> r.getText().startsWith(running)).findFirst()
                    .orElseThrow(() -> new AssertionError("no result for " + running + " in " + result.getText()));
            assertThat(row.getText()).contains(PROCESS + ":" + (processBefore + 1) + ":").contains("DescribeNeed");
            browser.assertAccessible("migration result");
            browser.screenshot("admin-migration");
            assertThat(taskKeys(officer, running)).containsExactly("DescribeNeed");
            browser.logout();

            // (e) a new case follows the new model: the officer completes the admin's form in the browser
            String fresh = officer.openCase("Ny modell " + formId, "5006", "HEALTH_AND_CARE").getString("caseNumber");
            assertThat(taskKeys(officer, fresh)).containsExactly(NEW_TASK);
            browser.login("innkjoper", "tasks.xhtml?case=" + fresh);
            browser.waitFor(By.id("list:tasks"));
            browser.driver.findElements(By.cssSelector("#list\\:tasks .task-link")).stream()
                    .filter(link -> link.getText().equals("Gårdsbesøk")).findFirst()
                    .orElseThrow(() -> new AssertionError("no farm visit task in " + browser.driver.getPageSource()))
                    .click();
            browser.waitFor(By.cssSelector("#task-form[aria-busy=false] .fjs-form"));
            assertThat(browser.driver.findElement(By.id("task-form")).getText()).contains("Notater fra gårdsbesøket");
            browser.driver.findElement(By.id("task:complete")).click();
            browser.waitFor(By.cssSelector("#task-form .fjs-form-field-error"));
            String notes = "Godt stell av dyra " + formId;
            browser.driver.findElement(By.cssSelector("#task-form textarea[id$='Field_notes']")).sendKeys(notes);
            browser.driver.findElement(By.cssSelector("#task-form input[id$='Field_places']")).sendKeys("4");
            browser.driver.findElement(By.cssSelector("#task-form input[id$='Field_grade-0']")).click();
            browser.assertAccessible("admin form on the task page");
            browser.driver.findElement(By.id("task:complete")).click();
            browser.waitForText(By.id("messages"), "er fullført");
            assertThat(browser.driver.findElement(By.id("case-number")).getText()).isEqualTo(fresh);
            assertThat(taskKeys(officer, fresh)).containsExactly("DescribeNeed");
            JsonArray stored = admin.get("engine-rest/history/variable-instance?variableName=visitNotes").expect(200).array();
            assertThat(stored.stream().map(v -> v.asJsonObject().getString("value", null))).contains(notes);
            JsonArray places = admin.get("engine-rest/history/variable-instance?variableName=placesSeen").expect(200).array();
            assertThat(places.stream().map(v -> v.asJsonObject().getString("type"))).contains("Long");
        } finally {
            // the models as the application ships them are the latest again for the test classes after this one
            for (String resource : List.of("processes/needs-assessment/needs-assessment.bpmn",
                    "processes/tender/procurement-procedure.dmn")) {
                int status = admin.post("api/models/" + resource.substring(resource.lastIndexOf('/') + 1), "application/xml",
                        TestResources.text(resource)).status();
                assertThat(status).as("restoring " + resource).isIn(200, 201);
            }
        }
    }

    /** A form with a required text area, a number, a required radio group and a check box (and {@code more}). */
    private static String form(String id, String more) {
        return "{\"schemaVersion\":16,\"type\":\"default\",\"id\":\"" + id + "\",\"components\":["
                + "{\"type\":\"text\",\"id\":\"Text_intro\",\"text\":\"Hva så du på gården?\"},"
                + "{\"type\":\"textarea\",\"id\":\"Field_notes\",\"key\":\"visitNotes\",\"label\":\"Notater\","
                + "\"validate\":{\"required\":true}},"
                + "{\"type\":\"number\",\"id\":\"Field_places\",\"key\":\"placesSeen\",\"label\":\"Plasser sett\"},"
                + "{\"type\":\"radio\",\"id\":\"Field_grade\",\"key\":\"grade\",\"label\":\"Vurdering\","
                + "\"values\":[{\"label\":\"God\",\"value\":\"good\"},{\"label\":\"Svak\",\"value\":\"weak\"}],"
                + "\"validate\":{\"required\":true}},"
                + "{\"type\":\"checkbox\",\"id\":\"Field_ok\",\"key\":\"animalsWellKept\",\"label\":\"Dyrene er godt stelt\"}"
                + more + "]}";
    }

    private static void importForm(JavascriptExecutor js, String schema) {
        Object error = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "window.iptFormEditor.importSchema(JSON.parse(arguments[0])).then(function () { done(null); },"
                + " function (e) { done(String(e)); });", schema);
        assertThat(error).isNull();
    }

    /** Opens the modeler on the newest version of a process or decision, from the library. */
    private static void edit(Browser browser, String key) {
        browser.open("admin/models.xhtml");
        browser.waitFor(By.cssSelector("section.model[data-key=" + key + "] tr.version .edit-link")).click();
        browser.waitFor(By.cssSelector("#modeler[data-rendered=true]"));
    }

    private static void choose(Browser browser, String selectId, String labelStart) {
        Select select = new Select(browser.driver.findElement(By.id(selectId)));
        WebElement option = select.getOptions().stream().filter(o -> o.getText().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + labelStart + " in " + selectId));
        select.selectByValue(option.getAttribute("value"));
    }

    private static int newestVersion(Browser browser, String key) {
        return Integer.parseInt(browser.waitFor(By.cssSelector("section.model[data-key=" + key + "] tr.version"))
                .getAttribute("data-version"));
    }

    private static String newestXml(ApiClient admin, String key) {
        JsonObject entry = admin.get("api/models").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("key").equals(key)).findFirst().orElseThrow();
        String id = entry.getJsonArray("versions").getJsonObject(0).getString("definitionId");
        return admin.get("api/models/definitions/" + id + "/xml").expect(200).body();
    }

    private static List<String> taskKeys(ApiClient client, String caseNumber) {
        return client.tasksOf(caseNumber).stream().map(t -> t.asJsonObject().getString("taskDefinitionKey")).toList();
    }
}

package no.ipt.web.ui;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Filling in a task's form-js form on the task page as a user does: fields found by their label. */
final class FormJs {

    private FormJs() {
    }

    /** Waits until the form-js viewer has drawn the task's form. */
    static void ready(Browser browser) {
        try {
            browser.waitFor(By.cssSelector("#task-form[aria-busy=false] .fjs-form"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no form at " + browser.driver.getCurrentUrl() + ": "
                    + browser.driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** The form-js field whose label starts with {@code label} (or, with "…" first, contains the rest). */
    static WebElement field(Browser browser, String label) {
        String match = label.startsWith("…") ? "contains(normalize-space(), \"" + label.substring(1) + "\")"
                : "starts-with(normalize-space(), \"" + label + "\")";
        List<WebElement> found = browser.driver.findElements(By.xpath("(//div[@id='task-form']//label[" + match
                + "])[1]/ancestor::div[contains(concat(' ', @class, ' '), ' fjs-form-field ')][1]"));
        if (found.isEmpty()) {
            throw new AssertionError("no field labelled '" + label + "' in the form; its labels: " + browser.driver
                    .findElements(By.cssSelector("#task-form label")).stream().map(WebElement::getText).toList());
        }
        return found.get(0);
    }

    static WebElement input(Browser browser, String label) {
        return field(browser, label).findElement(By.cssSelector("textarea, input:not(.fjs-select-hidden-input)"));
    }

    static void type(Browser browser, String label, String text) {
        WebElement input = input(browser, label);
        input.clear();
        input.sendKeys(text);
    }

    /** Types a date in the browser's format, as the field's placeholder shows it (e.g. mm/dd/yyyy). */
    static void date(Browser browser, String label, String year, String month, String day) {
        WebElement input = input(browser, label);
        String format = input.getAttribute("placeholder");
        input.sendKeys(format.replace("yyyy", year).replace("mm", month).replace("dd", day), Keys.TAB);
    }

    static void date(Browser browser, String label, java.time.LocalDate date) {
        date(browser, label, String.format("%04d", date.getYear()), String.format("%02d", date.getMonthValue()),
                String.format("%02d", date.getDayOfMonth()));
    }

    /** Types a time of day (hh:mm) into a date-time field's time part: the input its own label is for. */
    static void time(Browser browser, String label, String hhmm) {
        WebElement input = browser.driver.findElement(By.id(browser.driver.findElement(By.xpath(
                "//div[@id='task-form']//label[starts-with(normalize-space(), \"" + label + "\")]")).getAttribute("for")));
        input.clear();
        input.sendKeys(hhmm, Keys.TAB);
    }

    static void choose(Browser browser, String label, String option) {
        WebElement box = field(browser, label);
        By item = By.xpath(".//*[contains(@class, 'fjs-dropdownlist-item')][normalize-space()='" + option + "']");
        // the list opens when the field gets the focus (also by Tab from the field before); a click toggles it
        if (box.findElements(item).isEmpty()) {
            box.findElement(By.cssSelector(".fjs-input-group")).click();
        }
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !box.findElements(item).isEmpty());
        box.findElement(item).click();
    }

    static String errorOf(Browser browser, String label) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> !field(browser, label)
                .findElements(By.cssSelector(".fjs-form-field-error")).isEmpty());
        return field(browser, label).findElement(By.cssSelector(".fjs-form-field-error")).getText().strip();
    }

    /** Opens the case's task {@code name} from My tasks (filtered by the case) and waits for its page. */
    static void openTask(Browser browser, String caseNumber, String name) {
        browser.open("tasks.xhtml?case=" + caseNumber);
        browser.waitFor(By.id("list:tasks"));
        browser.driver.findElements(By.cssSelector("#list\\:tasks .task-link")).stream()
                .filter(link -> link.getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + name + " of " + caseNumber + " in "
                        + browser.driver.findElement(By.tagName("main")).getText()))
                .click();
    }

    /** Opens the case's task {@code name} from My tasks and waits for its form. */
    static void openForm(Browser browser, String caseNumber, String name) {
        openTask(browser, caseNumber, name);
        ready(browser);
    }

    /**
     * "Beskriv behovet" filled in but for the target group, for the period {@code from}–{@code to}
     * (year, month, day each): a health and social service of NOK 2.1 million for six participants.
     */
    static void describeNeed(Browser browser, String[] from, String[] to) {
        type(browser, "Beskrivelse av behovet", "Dagtilbod for heimebuande på gard");
        type(browser, "Antall deltakere", "6");
        type(browser, "Antall plasser", "3");
        type(browser, "Dager per uke", "3");
        date(browser, "Periode fra", from[0], from[1], from[2]);
        date(browser, "Periode til", to[0], to[1], to[2]);
        choose(browser, "Transport", "Kommunen");
        type(browser, "Forventede resultater (ett per linje)", "Kortere venteliste\nMer aktivitet ute");
        type(browser, "Anslått kontraktsverdi inkl. opsjoner (kr)", "2100000");
        choose(browser, "Tjenestekategori", "Helse- og sosialtjenester");
        choose(browser, "Oppdragsgiver", "Kommune");
        type(browser, "Enheter i det tverrfaglige teamet (én per linje)", "Helse og omsorg\nTildelingskontoret");
    }
}

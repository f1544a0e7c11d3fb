package no.ipt.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard in headless Chromium against the real WAR with the demo data: Steinkjer's officer sees
 * Steinkjer's figures (cases by stage, the approved farm with when its approval lapses, the dementia day
 * places with their waiting list) as Chart.js charts that have drawn, whose canvas carries the figures as
 * its label, and the download links; Kongsberg's officer does not see Steinkjer, not even by asking for it
 * in the address; the Vestland county lead sees the pilot's own view with the pilot plan's spend against
 * budget; axe-core checks the page each time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBrowserIT {

    @ArquillianResource
    URL deployment;

    @Test
    void eachUserSeesTheFiguresOfTheirOwnMunicipalities() {
        try (Browser browser = Browser.start(deployment)) {
            browser.login("innkjoper", "dashboard.xhtml");
            assertThat(browser.heading()).isEqualTo("Oversikt");
            String steinkjer = browser.waitFor(By.id("m-5006")).getText();
            assertThat(steinkjer).contains("Steinkjer");
            String page = browser.driver.findElement(By.id("main")).getText();
            assertThat(page).contains("Saker per steg", "Behovsvurdering",
                    "Dagaktivitetstilbud for personer med demens", "Frister de neste 30 dagene");
            assertThat(browser.driver.findElement(By.id("download-agreements")).getAttribute("href"))
                    .endsWith("/api/agreements.xlsx");
            assertThat(browser.driver.findElement(By.id("nav-dashboard")).getAttribute("aria-current"))
                    .isEqualTo("page");
            // the charts: drawn by Chart.js (the canvas has painted pixels), the figures in the canvas's label
            WebElement cases = chart(browser, "m-5006-cases");
            assertThat(cases.getAttribute("role")).isEqualTo("img");
            assertThat(cases.getAttribute("aria-label")).matches("Saker per steg: .*Behovsvurdering \\d+.*");
            assertThat(page).contains("Godkjente gårder og når godkjenningen går ut", "Går ut (neste revisjon)");
            assertThat(chart(browser, "m-5006-approvals").getAttribute("aria-label"))
                    .startsWith("Godkjente gårder og når godkjenningen går ut: Gyldig ").contains("Utløpt eller suspendert");
            assertThat(chart(browser, "m-5006-places").getAttribute("aria-label"))
                    .contains("Dagaktivitetstilbud for personer med demens kjøpte plasser ", "på venteliste ");
            assertThat(browser.driver.findElements(By.cssSelector("a.show-municipality"))).isNotEmpty();
            browser.assertAccessible("dashboard");
            // tall enough for the deadlines and Steinkjer's charts in one picture
            browser.driver.manage().window().setSize(new Dimension(1280, 2400));
            browser.screenshot("dashboard");
            browser.driver.manage().window().setSize(new Dimension(1280, 1000));
            browser.logout();

            browser.login("innkjoper.kongsberg", "dashboard.xhtml");
            assertThat(browser.waitFor(By.id("m-3303")).getText()).contains("Kongsberg");
            assertThat(browser.driver.findElements(By.id("m-5006"))).isEmpty();
            // asking for Steinkjer in the address shows nothing of it
            browser.open("dashboard.xhtml?show=m-5006");
            assertThat(browser.waitFor(By.cssSelector("p.error")).getText()).contains("ikke tilgang");
            assertThat(browser.driver.findElements(By.id("m-5006"))).isEmpty();
            assertThat(browser.driver.findElements(By.id("m-3303"))).isEmpty();
            browser.logout();

            browser.login("fylke.vestland", "dashboard.xhtml");
            assertThat(browser.heading()).isEqualTo("Oversikt");
            String vestland = browser.driver.findElement(By.id("main")).getText().replace('\u00A0', ' ');
            assertThat(vestland).contains("Forbruk mot budsjett per år", "kr 50 000");
            assertThat(browser.driver.findElements(By.cssSelector("a.download-pilot"))).isNotEmpty();
            browser.assertAccessible("dashboard (county pilot lead)");
            // the pilot's own view: its municipalities' figures together, nothing else
            browser.driver.findElement(By.cssSelector("a.show-pilot")).click();
            WebElement pilot = browser.waitFor(By.cssSelector("section.pilot-figures h2"));
            assertThat(pilot.getText()).startsWith("Pilot: ");
            String pilotKey = pilot.getAttribute("id");
            assertThat(browser.driver.findElement(By.cssSelector("section.pilot-figures")).getText())
                    .contains("Kommuner i piloten", "Bømlo", "Stad");
            assertThat(chart(browser, pilotKey + "-cases").getAttribute("aria-label")).contains("Behovsvurdering 2");
            assertThat(chart(browser, pilotKey + "-spend").getAttribute("aria-label"))
                    .startsWith("Forbruk mot budsjett per år: ").contains("budsjett kr ", "forbruk kr 50\u00A0000");
            assertThat(browser.driver.findElements(By.cssSelector("section.municipality-figures:not(.pilot-figures)")))
                    .isEmpty();
            assertThat(browser.driver.findElement(By.cssSelector("a.show-pilot")).getAttribute("aria-current"))
                    .isEqualTo("page");
            browser.assertAccessible("dashboard (one pilot)");
        }
    }

    /** The canvas of the chart under the heading {@code headingId}, once Chart.js has painted on it. */
    private static WebElement chart(Browser browser, String headingId) {
        WebElement canvas = browser.driver.findElement(
                By.xpath("//h3[@id='" + headingId + "']/following-sibling::div[contains(@class,'ui-chart')][1]/canvas"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("var c = arguments[0]; if (!c.width || !c.height) { return false; }"
                        + "var px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "for (var i = 3; i < px.length; i += 4) { if (px[i] > 0) { return true; } } return false;",
                        canvas));
        return canvas;
    }
}

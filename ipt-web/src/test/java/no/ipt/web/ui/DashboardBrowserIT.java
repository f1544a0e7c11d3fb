package no.ipt.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.openqa.selenium.By;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard in headless Chromium against the real WAR with the demo data: Steinkjer's officer sees
 * Steinkjer's figures (cases by stage, the dementia day places with their waiting list) and the download
 * links, Kongsberg's officer does not see Steinkjer, the Vestland county lead sees the pilot plan's spend
 * against budget; axe-core checks the page each time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBrowserIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("ipt.war")));
    }

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
            browser.assertAccessible("dashboard");
            browser.screenshot("dashboard");
            browser.logout();

            browser.login("innkjoper.kongsberg", "dashboard.xhtml");
            assertThat(browser.waitFor(By.id("m-3303")).getText()).contains("Kongsberg");
            assertThat(browser.driver.findElements(By.id("m-5006"))).isEmpty();
            browser.logout();

            browser.login("fylke.vestland", "dashboard.xhtml");
            assertThat(browser.heading()).isEqualTo("Oversikt");
            String vestland = browser.driver.findElement(By.id("main")).getText();
            assertThat(vestland).contains("Forbruk mot budsjett per år", "kr 50 000");
            assertThat(browser.driver.findElements(By.cssSelector("a.download-pilot"))).isNotEmpty();
            browser.assertAccessible("dashboard (county pilot lead)");
        }
    }
}

package no.ipt.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (both given by path, so Selenium
 * Manager never downloads a browser or driver), with the helpers the browser tests share: log in,
 * wait, check the page with axe-core and save screenshots.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("ipt.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("ipt.chromedriver", "/usr/bin/chromedriver");
    private static final String AXE_TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']";

    final WebDriver driver;
    private final URL base;
    private final String axe;

    private Browser(WebDriver driver, URL base, String axe) {
        this.driver = driver;
        this.base = base;
        this.axe = axe;
    }

    /** Starts the browser; fails (never skips) with what to install when Chromium or its driver is missing. */
    static Browser start(URL base) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            fail("The browser tests need Debian's Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": run `sudo apt-get install -y chromium chromium-driver` (.ci/run does it on CI), or set "
                    + "-Dipt.chromium=... -Dipt.chromedriver=... to where they are");
        }
        String axe;
        try {
            axe = Files.readString(Path.of(System.getProperty("ipt.axe.js", "target/npm/axe-core/package/axe.min.js")));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is fetched by the build (download-maven-plugin); run through Maven", e);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--lang=nb", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        return new Browser(driver, base, axe);
    }

    void open(String path) {
        driver.get(base.toString() + path);
    }

    /** Logs in through the login form, starting from {@code path} (which the form returns to). */
    void login(String username, String path) {
        open(path);
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("ipt-demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.id("user-name"));
    }

    void logout() {
        driver.findElement(By.id("logout")).click();
        waitFor(By.id("username"));
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    String heading() {
        return waitFor(By.tagName("h1")).getText();
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and fails with each violation found. */
    void assertAccessible(String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object violations = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: " + AXE_TAGS + "}}).then(function (r) {"
                + "  done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + "    + v.nodes.map(function (n) { return n.target.join(' ') + ' – ' + n.failureSummary; }).join(' | '); }));"
                + "}).catch(function (e) { done(['axe failed: ' + e]); });");
        assertThat((Iterable<?>) violations).as("axe-core violations on the " + page + " page").isEmpty();
    }

    /** Saves a screenshot to docs/screenshots/ when -Dipt.screenshots=true (so that CI leaves the tree clean). */
    void screenshot(String name) {
        if (!Boolean.getBoolean("ipt.screenshots")) {
            return;
        }
        Path dir = Path.of(System.getProperty("ipt.screenshots.dir", "../docs/screenshots"));
        try {
            Files.createDirectories(dir);
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

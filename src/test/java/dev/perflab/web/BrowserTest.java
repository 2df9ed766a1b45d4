package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.perflab.LabServerTest;
import dev.perflab.store.RunStore;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a person sees in Debian's headless Chromium: a run submitted from the experiment form
 * draws points while it is live, and its link shows the same results in a fresh browser.
 */
@Tag("browser")
class BrowserTest extends LabServerTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration BOUND = Duration.ofSeconds(90);

    @LocalServerPort
    int port;

    @Autowired
    RunStore store;

    private final List<WebDriver> browsers = new java.util.ArrayList<>();

    @BeforeAll
    static void needsChromium() {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: Chromium is not installed. Install it with"
                        + " `sudo apt-get install chromium chromium-driver` (.ci/run does).");
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void showsLivePointsThenTheSameResultsToASecondBrowser() {
        WebDriver first = browser();
        first.get(url("/experiments/ch09.pi-monte-carlo?profile=smoke"));
        replace(first.findElement(By.id("param-workers")), "1,2");
        replace(first.findElement(By.id("param-variant")), "thread-local-random");
        // Enough short iterations that the run stays live for a few seconds.
        replace(first.findElement(By.id("option-measurementIterations")), "25");
        first.findElement(By.id("run-button")).click();

        wait(first).until(browser -> browser.getCurrentUrl().matches(".*/runs/[a-z0-9]+$"));
        String runUrl = first.getCurrentUrl();
        wait(first).until(browser -> status(browser).equals("SUCCEEDED"));

        // The page notes the points it had drawn while the run was still RUNNING.
        String whileRunning = first.findElement(By.tagName("body")).getDomAttribute("data-points-while-running");
        assertThat(whileRunning).isNotNull();
        assertThat(Integer.parseInt(whileRunning)).isBetween(1, 2 * (1 + 25));
        assertThat(livePoints(first)).isEqualTo(2 * (1 + 25));
        List<String> rows = resultRows(first);
        assertThat(rows).hasSize(2);
        assertThat(first.findElement(By.id("cancel-run")).isDisplayed()).isFalse();
        assertThat(first.findElements(By.cssSelector("#result-charts canvas"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(first.findElement(By.id("verdict")).getText()).contains("2 workers ran");

        WebDriver second = browser();
        second.get(runUrl);
        wait(second).until(browser -> status(browser).equals("SUCCEEDED") && livePoints(browser) == 2 * (1 + 25));
        assertThat(resultRows(second)).isEqualTo(rows);
        assertThat(second.findElement(By.id("run-environment")).getText()).contains("cores");
    }

    @Test
    void showsAnInvalidValueAtItsFieldBeforeAndAfterSubmitting() {
        WebDriver browser = browser();
        browser.get(url("/experiments/ch09.pi-monte-carlo?profile=smoke"));
        replace(browser.findElement(By.id("param-workers")), "1,0");

        // The form asks the server as you type: the error appears by the field before any submit.
        wait(browser).until(b -> b.findElement(By.id("error-workers")).isDisplayed());
        assertThat(browser.findElement(By.id("error-workers")).getText()).contains("must be between 1 and 16");
        browser.findElement(By.id("run-button")).click();

        wait(browser).until(b -> b.findElement(By.id("error-workers")).isDisplayed());
        assertThat(browser.getCurrentUrl()).contains("/experiments/ch09.pi-monte-carlo");
        assertThat(browser.findElement(By.id("param-workers")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("param-workers")).getDomProperty("value"))
                .isEqualTo("1,0");
    }

    @Test
    void comparesTwoRunsOnOneChart() {
        var stored = new StoredRuns(store);
        String baseline = stored.add(1.0, 2);
        String other = stored.add(0.5, 2);
        WebDriver browser = browser();

        browser.get(url("/compare?runs=" + baseline + "," + other));

        wait(browser).until(b -> "8".equals(b.findElement(By.tagName("body")).getDomAttribute("data-compare-bars")));
        assertThat(browser.findElements(By.cssSelector("#compare-table tbody tr")))
                .hasSize(8);
        assertThat(browser.findElement(By.id("compare-table")).getText()).contains("0.500×");
    }

    @Test
    void showsWhereAProfiledRunSpentItsTimeAndZoomsIntoTheFlameGraph() {
        String id = new StoredRuns(store).add(StoredRuns.PROFILED_FIXTURE, 1.0, 2);
        WebDriver browser = browser();
        browser.get(url("/runs/" + id));

        wait(browser).until(b -> b.findElement(By.id("profile")).isDisplayed());
        assertThat(browser.findElement(By.id("profile-methods")).getText()).contains("PiEstimator.countHits");
        assertThat(browser.findElement(By.id("profile-lines")).getText()).containsPattern("\\w+\\.\\w+:\\d+");
        assertThat(browser.findElement(By.id("profile-point")).findElements(By.tagName("option")))
                .hasSize(4);
        List<WebElement> cells = browser.findElements(By.cssSelector("#profile-flame .flame-cell"));
        assertThat(cells).hasSizeGreaterThan(5);
        WebElement hot = browser.findElement(By.cssSelector("#profile-flame .flame-cell.own"));
        assertThat(hot.getSize().getWidth()).isPositive();

        hot.click();

        wait(browser).until(b -> b.findElement(By.id("profile-flame-reset")).isDisplayed());
        WebElement graph = browser.findElement(By.id("profile-flame"));
        WebElement zoomed = browser.findElement(By.cssSelector("#profile-flame .flame-cell.own"));
        assertThat(zoomed.getSize().getWidth()).isCloseTo(graph.getSize().getWidth(), within(2));
    }

    @Test
    void downloadsAnExportFromTheRunPage() throws IOException {
        String id = new StoredRuns(store).add(1.0, 2);
        Path downloads = tempDir("downloads");
        WebDriver browser = browser(downloads);
        browser.get(url("/runs/" + id));

        browser.findElement(By.id("export-csv")).click();

        Path file = downloads.resolve("perflab-" + id + ".csv");
        wait(browser).until(b -> Files.isRegularFile(file));
        assertThat(Files.readAllLines(file).getFirst()).startsWith("benchmark,workers,samples,variant,score");
    }

    private WebDriver browser() {
        return browser(tempDir("downloads"));
    }

    private WebDriver browser(Path downloads) {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                // Chromium writes under $HOME even with its own profile directory.
                .withEnvironment(Map.of("HOME", tempDir("chromium-home").toString()))
                .build();
        var options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1280,1600",
                        "--user-data-dir=" + tempDir("chromium-profile"));
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        WebDriver driver = new ChromeDriver(service, options);
        browsers.add(driver);
        return driver;
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(new File("target").toPath().toAbsolutePath(), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait wait(WebDriver browser) {
        var wait = new WebDriverWait(browser, BOUND);
        wait.pollingEvery(Duration.ofMillis(50));
        // A page that is replaced while a condition looks at it (a form submitted, a card redrawn)
        // leaves stale elements: look again at the next poll instead of failing.
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static void replace(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private static String status(WebDriver browser) {
        return browser.findElement(By.id("run-status")).getText().strip().toUpperCase();
    }

    /** Points the live chart has drawn, as the page reports them on its body. */
    private static int livePoints(WebDriver browser) {
        String drawn = browser.findElement(By.tagName("body")).getDomAttribute("data-live-iterations");
        return drawn == null ? 0 : Integer.parseInt(drawn);
    }

    private static List<String> resultRows(WebDriver browser) {
        return browser.findElements(By.cssSelector("#results-table tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }
}

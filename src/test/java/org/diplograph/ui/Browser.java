package org.diplograph.ui;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * One headless Chromium per test JVM (Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; Selenium
 * Manager never downloads anything). Missing binaries FAIL the tests with a clear message: CI installs them.
 * Every page gets a tiny probe (before its own scripts) that records uncaught errors, rejected promises,
 * {@code console.error} and {@code alert()} calls, so tests can fail on them.
 */
public final class Browser {
    public static final String CHROMIUM = System.getProperty("diplograph.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("diplograph.chromedriver", "/usr/bin/chromedriver");
    private static ChromeDriver driver;

    private static final String PROBE = """
            (() => {
              window.__errors = [];
              window.__alerts = [];
              window.addEventListener('error', e => window.__errors.push('error: ' + (e.message || e.type) + ' @ ' + (e.filename || (e.target && (e.target.src || e.target.tagName)) || '')), true);
              window.addEventListener('unhandledrejection', e => window.__errors.push('unhandled rejection: ' + (e.reason && (e.reason.stack || e.reason.message) || e.reason)));
              const ce = console.error.bind(console);
              console.error = (...a) => { window.__errors.push('console.error: ' + a.map(String).join(' ')); ce(...a); };
              window.alert = (m) => { window.__alerts.push(String(m)); };
              window.confirm = (m) => { window.__alerts.push(String(m)); return false; };
              window.prompt = (m) => { window.__alerts.push(String(m)); return null; };
            })();
            """;

    private Browser() {}

    /** The shared browser, started on first use. */
    public static synchronized ChromeDriver get() {
        if (driver != null) return driver;
        driver = start();
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::quit, "browser-quit"));
        return driver;
    }

    /**
     * A browser of its own (its own profile and driver port), for a class in the child-process lane, which must not
     * share {@link #get()}'s with the other lane; the caller quits it.
     */
    public static ChromeDriver start() {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new AssertionError("Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install -y chromium chromium-driver. CI installs them; these tests never skip.");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        System.setProperty("SE_AVOID_STATS", "true");
        Path profile;
        try {
            profile = Files.createTempDirectory("diplograph-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // about 13 MB a profile, left in /tmp by every run before: removed at exit, after the shared browser has quit
        // (a browser of its own is quit by its caller before then)
        Path made = profile;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            quit();
            org.diplograph.TestApp.deleteTree(made);
        }, "browser-profile"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1400,900", "--user-data-dir=" + profile, "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setPageLoadStrategy(org.openqa.selenium.PageLoadStrategy.NORMAL);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        d.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
        return d;
    }

    public static synchronized void quit() {
        if (driver != null) {
            try {
                driver.quit();
            } catch (RuntimeException ignored) {
                // already gone
            }
            driver = null;
        }
    }

    /** A wait of the given length that ignores elements the page replaced while it waited (Details redraws often). */
    public static org.openqa.selenium.support.ui.WebDriverWait waitFor(WebDriver d, java.time.Duration timeout) {
        org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(d, timeout);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Saves a screenshot to target/screenshots/{name}.png and returns its path. */
    public static Path screenshot(WebDriver d, String name) {
        return screenshot(d, Path.of("target", "screenshots"), name);
    }

    /** Saves a screenshot to {dir}/{name}.png and returns its path. */
    public static Path screenshot(WebDriver d, Path dir, String name) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JS errors seen by the probe and SEVERE browser-log entries since the last call (failed requests excluded). */
    @SuppressWarnings("unchecked")
    public static List<String> errors(WebDriver d) {
        List<String> out = new ArrayList<>();
        Object probe = ((JavascriptExecutor) d).executeScript("const e = window.__errors || []; window.__errors = []; return e;");
        if (probe instanceof List<?> l) l.forEach(x -> out.add(String.valueOf(x)));
        try {
            for (LogEntry e : d.manage().logs().get(LogType.BROWSER)) {
                if (e.getLevel().intValue() < Level.SEVERE.intValue()) continue;
                String m = e.getMessage();
                // an HTTP error answer the UI handles (e.g. the 403 of a console write) is logged as a failed resource
                if (m.contains("Failed to load resource") || m.contains("the server responded with a status")) continue;
                out.add("log: " + m);
            }
        } catch (RuntimeException ignored) {
            // logs not supported by this driver: the probe still works
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public static List<String> alerts(WebDriver d) {
        Object a = ((JavascriptExecutor) d).executeScript("return window.__alerts || [];");
        return a instanceof List<?> l ? (List<String>) l : List.of();
    }
}

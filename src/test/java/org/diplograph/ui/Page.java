package org.diplograph.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The explorer page as the v2 browser tests drive it: open a view and wait until it is drawn, run script, read the
 * canvas, and save the screenshots that docs/ shows (docs/screenshots/, rewritten by every run so they stay current).
 */
final class Page {
    final ChromeDriver d;
    final String base;
    final WebDriverWait wait;

    Page(ChromeDriver d, String base) {
        this.d = d;
        this.base = base;
        this.wait = Browser.waitFor(d, Duration.ofSeconds(30));
    }

    /**
     * Opens a URL of the app (path and hash) in a fresh page and waits for it to be ready and idle. When only the hash
     * differs from the page already open, the browser would keep the document (a hash change, which the app ignores
     * when the view is the one it shows, with what an earlier test left in Details): the browser then leaves the
     * document for about:blank first, so that the URL loads afresh.
     */
    Page open(String pathAndHash) {
        String url = base + pathAndHash;
        String current = d.getCurrentUrl();
        boolean sameDocument = url.contains("#") && current != null && current.split("#", 2)[0].equals(url.split("#", 2)[0]);
        // not d.get then refresh: the app may rewrite the hash in between (a CI run once reloaded the overview
        // instead of the focus asked for)
        if (sameDocument) d.get("about:blank");
        d.get(url);
        wait.until(x -> "true".equals(js("return document.body.dataset.ready || null;")));
        idle();
        return this;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) d).executeScript(script, args);
    }

    long num(String script, Object... args) {
        return ((Number) js(script, args)).longValue();
    }

    double dbl(String script, Object... args) {
        return ((Number) js(script, args)).doubleValue();
    }

    /** Elements of the canvas matching a Cytoscape selector, e.g. {@code node:visible}. */
    long count(String selector) {
        return num("return window.diplograph.cy.elements(arguments[0]).length;", selector);
    }

    boolean has(String id) {
        return Boolean.TRUE.equals(js("return window.diplograph.cy.getElementById(arguments[0]).nonempty();", id));
    }

    void idle() {
        wait.until(x -> Boolean.TRUE.equals(js("return document.getElementById('loading').hidden;")));
    }

    WebElement find(String css) {
        return d.findElement(By.cssSelector(css));
    }

    /** The page rectangle of an element: {x, y, width, height}. */
    @SuppressWarnings("unchecked")
    Map<String, Number> rect(String css) {
        return (Map<String, Number>) js("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return {x: r.x, y: r.y, width: r.width, height: r.height};", css);
    }

    static boolean overlap(Map<String, Number> a, Map<String, Number> b) {
        double ax = a.get("x").doubleValue(), ay = a.get("y").doubleValue(), bx = b.get("x").doubleValue(), by = b.get("y").doubleValue();
        return ax < bx + b.get("width").doubleValue() && bx < ax + a.get("width").doubleValue()
                && ay < by + b.get("height").doubleValue() && by < ay + a.get("height").doubleValue();
    }

    /** Saves a screenshot to docs/screenshots/{name}.png (the README shows them) and returns its path. */
    Path docShot(String name) {
        return Browser.screenshot(d, Path.of("docs", "screenshots"), name);
    }
}

package org.diplograph.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.diplograph.common.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cypher console's editor in a real Chromium: CodeMirror loads from the vendored modules with no error, completes
 * a label of the live schema, marks a syntax error on the word Neo4j names, keeps its history across a reload, and
 * shows a result as a table, a graph and raw JSON. Writes docs/screenshots/console.png.
 */
@ExtendWith(DiplographExtension.class)
class ConsoleBrowserTest {
    static TestApp t;
    static ChromeDriver d;
    WebDriverWait wait;
    String testName;

    @BeforeAll
    static void data() {
        t = TestApp.get();
        UiFixtures.ensure(t);   // the seeds and the fixture article; read only here
        d = Browser.get();
    }

    @BeforeEach
    void open(TestInfo info) {
        testName = info.getTestMethod().orElseThrow().getName();
        wait = Browser.waitFor(d, Duration.ofSeconds(20));
        d.get(t.baseUrl() + "/");
        openConsole();
    }

    /** Waits for the page, opens the Console tab and checks that its editor is CodeMirror. */
    void openConsole() {
        wait.until(x -> "true".equals(js("return document.body.dataset.ready || null;")));
        d.findElement(By.id("tab-console")).click();
        wait.until(x -> js("return document.body.dataset.consoleEditor || null;") != null);
        assertThat(js("return document.body.dataset.consoleEditor;")).as("the CodeMirror editor loaded").isEqualTo("codemirror");
    }

    @AfterEach
    void noJsErrors() {
        Browser.screenshot(d, getClass().getSimpleName() + "-" + testName);
        assertThat(Browser.errors(d)).as("JavaScript errors in the page").isEmpty();
        assertThat(Browser.alerts(d)).as("alert() calls").isEmpty();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) d).executeScript(script, args);
    }

    /** The editor's shadow root (CodeMirror lives there, see editor.js). */
    SearchContext shadow() {
        return d.findElement(By.id("console-editor-host")).getShadowRoot();
    }

    WebElement editor() {
        return shadow().findElement(By.cssSelector(".cm-content"));
    }

    List<String> offered() {
        return shadow().findElements(By.cssSelector(".cm-tooltip-autocomplete li[role=option]")).stream().map(WebElement::getText).toList();
    }

    String text() {
        return (String) js("return document.getElementById('console-editor-host').shadowRoot.querySelector('.cm-content')"
                + ".innerText.replace(/\\u00a0/g, ' ').trim();");
    }

    /** Empties the editor and types, like a user (closing brackets are typed over the ones the editor adds). */
    void type(String query) {
        editor().click();
        ctrl("a");
        keys(Keys.DELETE);
        if (!query.isEmpty()) keys(query);
    }

    /**
     * Keys to the focused element, where the caret is: an element's own sendKeys would first put the caret at the end
     * (ChromeDriver does so for a content-editable it does not see as focused, which is how an editor in a shadow root looks).
     */
    void keys(CharSequence... keys) {
        new Actions(d).sendKeys(keys).perform();
    }

    void ctrl(CharSequence key) {
        new Actions(d).keyDown(Keys.CONTROL).sendKeys(key).keyUp(Keys.CONTROL).perform();
    }

    void idle() {
        wait.until(x -> Boolean.TRUE.equals(js("return document.getElementById('loading').hidden;")));
    }

    @Test
    void theEditorHighlightsAndCompletesALabelFromTheLiveSchema() throws Exception {
        type("MATCH (p:Pers");
        wait.until(x -> !offered().isEmpty());
        assertThat(offered()).as("labels of the live graph").anySatisfy(o -> assertThat(o).startsWith("Person"));
        keys(Keys.ENTER);
        wait.until(x -> text().startsWith("MATCH (p:Person)"));
        keys(Keys.END, "-[m:");
        wait.until(x -> offered().stream().anyMatch(o -> o.startsWith("MET")));
        // the keywords are coloured by the Cypher mode: MATCH is not plain text
        assertThat(((Number) js("return document.getElementById('console-editor-host').shadowRoot.querySelectorAll('.cm-line span').length;")).intValue())
                .as("highlighted tokens").isGreaterThan(0);
        Path shots = Path.of("docs", "screenshots");
        Files.createDirectories(shots);
        Files.copy(Browser.screenshot(d, "console"), shots.resolve("console.png"), StandardCopyOption.REPLACE_EXISTING);
        keys(Keys.ESCAPE);
    }

    @Test
    void aSyntaxErrorIsMarkedOnTheWordNeo4jNamesAndShownOnce() {
        type("MATCH (n) RETRN n");
        ctrl(Keys.ENTER);
        WebElement mark = wait.until(x -> shadow().findElements(By.cssSelector(".cm-lintRange-error")).stream().findFirst().orElse(null));
        assertThat(mark.getText()).as("the marked text").isEqualTo("RETRN");
        WebElement box = d.findElement(By.id("console-error"));
        assertThat(box.isDisplayed()).isTrue();
        assertThat(box.getText()).doesNotContain("EXPLAIN").contains("column 11");
        String[] caret = d.findElement(By.cssSelector("#console-error .error-pos")).getText().split("\n");
        assertThat(caret[1].indexOf('^')).as("the caret under RETRN").isEqualTo(caret[0].indexOf("RETRN"));
        assertThat(d.findElement(By.id("banner")).isDisplayed()).as("the error is not repeated in the banner").isFalse();
    }

    @Test
    void historyIsRecalledWithTheArrowsAfterAReload() {
        js("localStorage.removeItem('diplograph.console.history');");
        d.navigate().refresh();
        openConsole();
        type("RETURN 1 AS one");
        ctrl(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("console-table"), "1"));
        type("RETURN 2 AS two");
        ctrl(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#console-table thead"), "two"));
        d.navigate().refresh();
        openConsole();
        type("");
        keys(Keys.ARROW_UP);
        wait.until(x -> text().equals("RETURN 2 AS two"));
        keys(Keys.ARROW_UP);
        wait.until(x -> text().equals("RETURN 1 AS one"));
        keys(Keys.ARROW_DOWN);
        wait.until(x -> text().equals("RETURN 2 AS two"));
    }

    @Test
    void aResultReadsAsTableGraphAndJson() throws Exception {
        type("MATCH (p:Person)-[m:MET]-(q) RETURN p, m, q LIMIT 5");
        d.findElement(By.id("console-run")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#console-table tbody tr")));
        idle();
        assertThat(d.findElements(By.cssSelector("#console-table thead th"))).extracting(WebElement::getText).containsExactly("p", "m", "q");
        d.findElement(By.cssSelector("#console-results button[data-view=graph]")).click();
        assertThat(d.findElement(By.id("console-graph-note")).getText()).contains("elements on the canvas");
        assertThat(((Number) js("return window.diplograph.cy.edges('[type = \"MET\"]').length;")).intValue()).isPositive();
        d.findElement(By.cssSelector("#console-results button[data-view=json]")).click();
        JsonNode raw = Json.mapper().readTree(d.findElement(By.id("console-json")).getText());
        assertThat(raw.get("columns").size()).isEqualTo(3);
        assertThat(raw.get("rows").size()).isBetween(1, 5);
    }
}

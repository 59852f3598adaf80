package org.diplograph.ui;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer in a real headless Chromium against the real app and data. Each test saves a screenshot under
 * target/screenshots/ and fails on any JavaScript error the page reports.
 */
@ExtendWith(DiplographExtension.class)
class ExplorerBrowserTest {
    static final String PEZ = "person:masoud-pezeshkian";
    static TestApp t;
    static ChromeDriver d;
    static boolean seeds;
    WebDriverWait wait;
    String testName;

    @BeforeAll
    static void data() {
        t = TestApp.get();
        t.clean();
        seeds = UiFixtures.load(t);
        d = Browser.get();
    }

    @BeforeEach
    void open(TestInfo info) {
        testName = info.getTestMethod().orElseThrow().getName();
        wait = Browser.waitFor(d, Duration.ofSeconds(20));
        d.get(t.baseUrl() + "/");
        wait.until(x -> "true".equals(js("return document.body.dataset.ready || null;")));
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

    long count(String selector) {
        return ((Number) js("return window.diplograph.cy.elements(arguments[0]).length;", selector)).longValue();
    }

    boolean has(String id) {
        return Boolean.TRUE.equals(js("return window.diplograph.cy.getElementById(arguments[0]).nonempty();", id));
    }

    void idle() {
        wait.until(x -> Boolean.TRUE.equals(js("return document.getElementById('loading').hidden;")));
    }

    /** Types into the top search box and picks the first suggestion with the keyboard. */
    void searchAndPick(String text) {
        WebElement box = d.findElement(By.id("search"));
        box.clear();
        box.sendKeys(text);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-list li[role=option][data-id]")));
        box.sendKeys(Keys.ENTER);
    }

    void focusPezeshkian() {
        searchAndPick("Pezeshkian");
        wait.until(x -> has(PEZ) && count("node") > 1);
        idle();
    }

    /** Clicks (or double-clicks) the canvas at an element's rendered position, like a user. */
    void clickOnGraph(String id, boolean twice) {
        // an edge's midpoint may lie on another edge or label where many cross, and parallel edges are curved:
        // try points along the drawn curve (quadratic through its control point) until it is the one selected
        double[] along = {0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65, 0.25, 0.75, 0.2, 0.8};
        for (double f : along) {
            @SuppressWarnings("unchecked")
            Map<String, Number> p = (Map<String, Number>) js("""
                    const cy = window.diplograph.cy; const e = cy.getElementById(arguments[0]); const f = arguments[1];
                    let p;
                    if (e.isNode()) p = e.renderedPosition();
                    else if (f === 0.5) p = e.renderedMidpoint();
                    else {
                      const a = e.renderedSourceEndpoint(), b = e.renderedTargetEndpoint();
                      const c = (e.renderedControlPoints() || [])[0];
                      p = c ? {x: (1-f)*(1-f)*a.x + 2*(1-f)*f*c.x + f*f*b.x, y: (1-f)*(1-f)*a.y + 2*(1-f)*f*c.y + f*f*b.y}
                            : {x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f};
                    }
                    return {x: p.x, y: p.y, w: cy.width(), h: cy.height(), node: e.isNode()};""", id, f);
            WebElement canvas = d.findElement(By.id("cy"));
            int dx = (int) Math.round(p.get("x").doubleValue() - p.get("w").doubleValue() / 2);
            int dy = (int) Math.round(p.get("y").doubleValue() - p.get("h").doubleValue() / 2);
            Actions a = new Actions(d).moveToElement(canvas, dx, dy);
            (twice ? a.doubleClick() : a.click()).perform();
            boolean node = Boolean.TRUE.equals(js("return window.diplograph.cy.getElementById(arguments[0]).isNode();", id));
            if (node || twice || Boolean.TRUE.equals(js(
                    "return window.diplograph.cy.getElementById(arguments[0]).selected();", id))) return;
        }
        throw new AssertionError("no point along " + id + " selects it: selected instead "
                + js("return window.diplograph.cy.$(':selected').map(e => e.id()).join(', ');"));
    }

    @Test
    void searchShowsTheNodeAndItsNeighbourhood() {
        WebElement box = d.findElement(By.id("search"));
        box.sendKeys("Pezesh");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-list li[data-id='" + PEZ + "']")));
        box.sendKeys(Keys.ENTER);
        wait.until(x -> has(PEZ) && count("node") > 1);
        idle();
        assertThat(has("state:IRN")).as("Iran is in Pezeshkian's neighbourhood").isTrue();
        assertThat(has("person:emomali-rahmon")).isTrue();
        assertThat(js("return window.diplograph.cy.getElementById(arguments[0]).selected();", PEZ)).isEqualTo(true);
        wait.until(x -> d.findElement(By.cssSelector("#details h2")).getText().contains("Pezeshkian"));
        assertThat(d.getCurrentUrl()).contains("focus=" + PEZ.replace(":", "%3A"));
    }

    @Test
    void doubleClickExpandsANodeAndUndoRedoWork() {
        focusPezeshkian();
        long before = count("node");
        js("window.diplograph.cy.fit(window.diplograph.cy.getElementById('state:IRN'), 300);");
        clickOnGraph("state:IRN", true);
        wait.until(x -> count("node") > before);
        idle();
        long after = count("node");
        assertThat(js("return window.diplograph.cy.getElementById('state:IRN').neighborhood('node').length;")).as("Iran's neighbours")
                .satisfies(n -> assertThat(((Number) n).longValue()).isGreaterThan(1));
        d.findElement(By.id("tb-undo")).click();
        wait.until(x -> count("node") == before);
        d.findElement(By.id("tb-redo")).click();
        wait.until(x -> count("node") == after);
    }

    @Test
    void selectingAnEdgeShowsItsQuoteAndTheDocument() {
        focusPezeshkian();
        String edge = (String) js("""
                return window.diplograph.cy.edges('[type = "MET"]').filter(e =>
                  e.connectedNodes().map(n => n.id()).includes('person:emomali-rahmon'))[0].id();""");
        js("window.diplograph.cy.fit(window.diplograph.cy.getElementById(arguments[0]), 250);", edge);
        clickOnGraph(edge, false);
        WebElement quote = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#evidence blockquote.quote p")));
        assertThat(quote.getText()).contains("Rahmon");
        String quoted = quote.getText();
        d.findElement(By.cssSelector("#evidence .doc-link")).click();
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#doc-text mark.current")));
        assertThat(quoted).contains(mark.getText().strip());
        assertThat(mark.getText()).contains("Rahmon");
        Browser.screenshot(d, "ExplorerBrowserTest-document-highlight");
        d.findElement(By.id("doc-close")).click();
    }

    @Test
    void pathFromTajikistanToRussiaViaAgreementsGoesThroughIranAndIsExplained() {
        d.findElement(By.id("tab-paths")).click();
        pick("path-from", "Tajikistan", "state:TJK");
        pick("path-to", "Russia", "state:RUS");
        new org.openqa.selenium.support.ui.Select(d.findElement(By.id("path-via"))).selectByValue("agreements");
        d.findElement(By.id("path-run")).click();
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#path-results .path-card")));
        idle();
        assertThat(card.findElement(By.cssSelector(".path-names")).getText()).contains("Tajikistan").contains("Iran").contains("Russia");
        assertThat(js("return window.diplograph.cy.getElementById('state:IRN').hasClass('path-hl');")).isEqualTo(true);
        assertThat(count(".path-hl")).isGreaterThanOrEqualTo(5);
        List<WebElement> steps = card.findElements(By.cssSelector("ol.explanation > li"));
        assertThat(steps).isNotEmpty();
        assertThat(card.getText()).containsIgnoringCase("treaty");
        card.findElement(By.cssSelector(".path-names")).click();
        wait.until(x -> card.getAttribute("class").contains("chosen"));
        assertThat(d.getCurrentUrl()).contains("view=paths").contains("p.via=agreements");
    }

    void pick(String inputId, String text, String id) {
        WebElement in = d.findElement(By.id(inputId));
        in.sendKeys(text);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + inputId + "-list li[data-id='" + id + "']")));
        // move to the wanted option with the keyboard
        for (int i = 0; i < 10 && !id.equals(js("const a = document.querySelector('#" + inputId + "-list li[aria-selected=true]'); return a && a.dataset.id;")); i++) {
            in.sendKeys(Keys.ARROW_DOWN);
        }
        in.sendKeys(Keys.ENTER);
        assertThat(in.getAttribute("data-id")).isEqualTo(id);
    }

    @Test
    void consoleShowsTableAndGraph() {
        WebElement q = consoleEditor();
        q.sendKeys("MATCH (p:Person)-[m:MET]-(q) RETURN p,m,q");
        q.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#console-table tbody tr")));
        idle();
        assertThat(d.findElements(By.cssSelector("#console-table thead th"))).extracting(WebElement::getText).containsExactly("p", "m", "q");
        assertThat(d.findElements(By.cssSelector("#console-table tbody tr")).size()).isGreaterThanOrEqualTo(2);
        assertThat(d.findElement(By.id("console-table")).getText()).contains("Pezeshkian");
        assertThat(count("node[label = \"Person\"]")).isGreaterThanOrEqualTo(2);
        assertThat(count("edge[type = \"MET\"]")).isGreaterThanOrEqualTo(1);
        assertThat(has(PEZ)).isTrue();
    }

    /** The Console tab open, its (CodeMirror) editor emptied and focused. */
    WebElement consoleEditor() {
        d.findElement(By.id("tab-console")).click();
        wait.until(x -> js("return document.body.dataset.consoleEditor || null;") != null);
        WebElement q = d.findElement(By.id("console-editor-host")).getShadowRoot().findElement(By.cssSelector(".cm-content"));
        q.click();
        q.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        return q;
    }

    @Test
    void aWriteInTheConsoleShowsTheRefusalOnceNextToTheQuery() {
        long[] before = t.counts();
        WebElement q = consoleEditor();
        q.sendKeys("CREATE (n:Intruder {name: 'x'}) RETURN n");
        d.findElement(By.id("console-run")).click();
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("console-error")));
        assertThat(box.getText()).as("the API's own words about the refused write").contains("Write refused").doesNotContain("Endpoint POST");
        assertThat(d.findElement(By.id("banner")).isDisplayed()).as("shown once: not in the banner too").isFalse();
        assertThat(t.counts()).containsExactly(before);
    }

    @Test
    void exportGraphMlGivesAFileThatParses() throws Exception {
        focusPezeshkian();
        new org.openqa.selenium.support.ui.Select(d.findElement(By.id("export-format"))).selectByValue("graphml");
        d.findElement(By.id("export")).click();
        wait.until(x -> js("return window.diplograph.lastExport && window.diplograph.lastExport.format === 'graphml' ? 1 : null;") != null);
        @SuppressWarnings("unchecked")
        Map<String, Object> ex = (Map<String, Object>) js("return window.diplograph.lastExport;");
        String text = (String) ex.get("text");
        System.out.println("GraphML export via " + ex.get("via") + ", " + text.length() + " chars");
        assertThat(ex.get("via")).as("exported from what is on the canvas").isEqualTo("canvas");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("graphml");
        assertThat(doc.getElementsByTagNameNS("*", "node").getLength()).isGreaterThan(1);
        assertThat(doc.getElementsByTagNameNS("*", "edge").getLength()).isGreaterThan(0);
        assertThat(text).contains("Pezeshkian");
    }

    @Test
    void aHostileEntityNameStaysInertText() {
        // opened from a shared link: the view state in the URL reopens it
        d.get(t.baseUrl() + "/#view=neighborhood&focus=person%3Aui-hostile");
        wait.until(x -> has("person:ui-hostile"));
        idle();
        WebElement h2 = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#details h2")));
        assertThat(h2.getText()).isEqualTo(UiFixtures.HOSTILE);
        String edge = (String) js("return window.diplograph.cy.getElementById('person:ui-hostile').connectedEdges()[0].id();");
        js("window.diplograph.cy.fit(window.diplograph.cy.getElementById(arguments[0]), 250);", edge);
        clickOnGraph(edge, false);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#evidence blockquote.quote p")));
        d.findElement(By.cssSelector("#evidence .doc-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#doc-text mark.current")));
        assertThat(d.findElement(By.id("doc-title")).getText()).contains(UiFixtures.HOSTILE);
        // search suggestions show it as text too
        d.findElement(By.id("doc-close")).click();
        assertThat(((Number) js("return document.querySelectorAll('img').length;")).intValue()).as("no img element was created").isZero();
        assertThat(((Number) js("return document.querySelectorAll('[onerror]').length;")).intValue()).isZero();
        assertThat(Browser.alerts(d)).isEmpty();
    }
}

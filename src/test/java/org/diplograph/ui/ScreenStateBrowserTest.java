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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What is on screen is what is shared, exported and followed, in a real Chromium on the seed graph: a share link
 * reopens the same nodes (expansions included) at the same positions with the same selection, filters and tab; every
 * export format holds exactly the visible elements, with their evidence; paths are a ranked list with one path at a
 * time on the canvas, readable. Writes docs/screenshots/paths.png.
 */
@ExtendWith(DiplographExtension.class)
class ScreenStateBrowserTest {
    static final String PEZ = "person:masoud-pezeshkian";
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
        wait = Browser.waitFor(d, Duration.ofSeconds(30));
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

    Object async(String body) {
        return ((JavascriptExecutor) d).executeAsyncScript("const done = arguments[arguments.length - 1]; (async () => {" + body
                + "})().then(done, e => done('failed: ' + e));");
    }

    void ready() {
        wait.until(x -> "true".equals(js("return document.body.dataset.ready || null;")));
        idle();
    }

    void idle() {
        wait.until(x -> Boolean.TRUE.equals(js("return document.getElementById('loading').hidden;")));
    }

    /** Pezeshkian's neighbourhood with Iran expanded: more than the server's one-hop answer. */
    long neighbourhoodWithAnExpansion() {
        d.get(t.baseUrl() + "/#view=neighborhood&focus=" + PEZ.replace(":", "%3A"));
        ready();
        wait.until(x -> Boolean.TRUE.equals(js("return window.diplograph.cy.getElementById(arguments[0]).nonempty();", PEZ)));
        long before = ((Number) js("return window.diplograph.cy.nodes().length;")).longValue();
        async("await window.diplograph.expand(window.diplograph.cy.getElementById('state:IRN'));");
        idle();
        long after = ((Number) js("return window.diplograph.cy.nodes().length;")).longValue();
        assertThat(after).as("Iran's expansion added nodes").isGreaterThan(before);
        return after;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> canvas() {
        return (Map<String, Object>) js("""
                const cy = window.diplograph.cy; const out = {};
                cy.nodes().forEach(n => { out[n.id()] = [n.position('x'), n.position('y'), n.renderedPosition('x'), n.renderedPosition('y')]; });
                return {nodes: out, edges: cy.edges().map(e => e.id()).sort(), selected: cy.elements(':selected').map(e => e.id()).sort(),
                        zoom: cy.zoom()};""");
    }

    /** The canvas once two snapshots taken 150 ms apart agree within a pixel. */
    @SuppressWarnings("unchecked")
    Map<String, Object> settledCanvas() {
        Map<String, Object>[] last = new Map[] {canvas()};
        wait.until(x -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Map<String, Object> now = canvas();
            boolean same = sameView((Map<String, List<Number>>) last[0].get("nodes"), (Map<String, List<Number>>) now.get("nodes"));
            last[0] = now;
            return same;
        });
        return last[0];
    }

    /** Every node of a at the same model and rendered position (within one pixel) in b. */
    static boolean sameView(Map<String, List<Number>> a, Map<String, List<Number>> b) {
        if (!b.keySet().equals(a.keySet())) return false;
        for (var e : a.entrySet()) {
            for (int i = 0; i < 4; i++) {
                if (Math.abs(b.get(e.getKey()).get(i).doubleValue() - e.getValue().get(i).doubleValue()) > 1.0) return false;
            }
        }
        return true;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aShareLinkReopensTheSameNodesPositionsSelectionFiltersAndTab() {
        neighbourhoodWithAnExpansion();
        js("""
                const cy = window.diplograph.cy;
                cy.getElementById(arguments[0]).position({x: 123.4, y: -56.7});
                cy.elements().unselect(); cy.getElementById('person:emomali-rahmon').select();
                const f = document.getElementById('date-from'); f.value = '2024-06-01'; f.dispatchEvent(new Event('change'));
                document.getElementById('tab-meetings').click();""", PEZ);
        // the tab's panel resizes the canvas after the click: on a busy machine that takes a moment, so the view to
        // share is the one that has settled (two snapshots a moment apart within a pixel)
        Map<String, Object> before = settledCanvas();
        d.findElement(By.id("share")).click();
        wait.until(x -> js("return window.diplograph.lastShare || null;") != null);
        Map<String, Object> link = (Map<String, Object>) js("return window.diplograph.lastShare;");
        String url = (String) link.get("url");
        assertThat(url).as("the link: " + link).contains("#state=");
        assertThat(d.getCurrentUrl()).isEqualTo(url);
        d.get("about:blank");
        d.get(url);
        ready();
        wait.until(x -> ((Number) js("return window.diplograph.cy.nodes().length;")).longValue() > 0);
        Map<String, List<Number>> a = (Map<String, List<Number>>) before.get("nodes");
        // the view settles after the restore (the tab's panel resizes the canvas): on a busy machine that takes a moment,
        // so wait for the same view, then say where it differs if it never came
        try {
            wait.until(x -> sameView(a, (Map<String, List<Number>>) canvas().get("nodes")));
        } catch (org.openqa.selenium.TimeoutException notTheSame) {
            // the assertions below name the node and the coordinate
        }
        Map<String, Object> after = canvas();
        Map<String, List<Number>> b = (Map<String, List<Number>>) after.get("nodes");
        assertThat(b.keySet()).as("the same node ids").containsExactlyInAnyOrderElementsOf(a.keySet());
        a.forEach((id, p) -> {
            for (int i = 0; i < 4; i++) {
                assertThat(b.get(id).get(i).doubleValue()).as(id + (i < 2 ? " model" : " rendered") + " position " + i)
                        .isCloseTo(p.get(i).doubleValue(), within(1.0));
            }
        });
        assertThat(after.get("edges")).isEqualTo(before.get("edges"));
        assertThat(after.get("selected")).isEqualTo(List.of("person:emomali-rahmon"));
        assertThat(d.findElement(By.id("date-from")).getAttribute("value")).isEqualTo("2024-06-01");
        assertThat(d.findElement(By.id("tab-meetings")).getAttribute("aria-selected")).isEqualTo("true");
        assertThat(d.findElement(By.id("pane-meetings")).isDisplayed()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aViewTooLargeForALinkIsRefusedWithAMessageSayingWhatToDo() {
        d.get(t.baseUrl() + "/");
        ready();
        // 3,000 nodes whose names do not compress: far past the cap
        Map<String, Object> link = (Map<String, Object>) async("""
                const { shareLink } = await import('/js/share.js');
                const nodes = []; let x = 7;
                for (let i = 0; i < 3000; i++) { let s = ''; for (let j = 0; j < 24; j++) { x = (x * 48271) % 2147483647; s += String.fromCharCode(97 + x % 26); }
                  nodes.push({ d: { id: 'n' + i, name: s }, p: [i, i] }); }
                return await shareLink({ v: 1, ui: {}, nodes, edges: [], sel: [], zoom: 1, pan: { x: 0, y: 0 } });""");
        assertThat(link.get("url")).isNull();
        assertThat((String) link.get("reason")).contains("too large to share as a link").contains("3000 nodes").contains("export");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyExportHoldsTheVisibleElementsWithTheirEvidence() throws Exception {
        neighbourhoodWithAnExpansion();
        long nodes = ((Number) js("return window.diplograph.cy.nodes(':visible').length;")).longValue();
        long edges = ((Number) js("return window.diplograph.cy.edges(':visible').length;")).longValue();
        Select format = new Select(d.findElement(By.id("export-format")));
        Map<String, Map<String, Object>> files = new java.util.HashMap<>();
        for (String f : List.of("graphml", "gexf", "csv", "cyjs")) {
            js("window.diplograph.lastExport = null;");
            format.selectByValue(f);
            d.findElement(By.id("export")).click();
            wait.until(x -> js("return window.diplograph.lastExport && window.diplograph.lastExport.format === arguments[0] ? 1 : null;", f) != null);
            files.put(f, (Map<String, Object>) js("return window.diplograph.lastExport;"));
            assertThat(files.get(f).get("via")).isEqualTo("canvas");
        }
        Document graphml = xml((String) files.get("graphml").get("text"));
        assertThat((long) graphml.getElementsByTagNameNS("*", "node").getLength()).as("GraphML nodes = canvas nodes").isEqualTo(nodes);
        assertThat((long) graphml.getElementsByTagNameNS("*", "edge").getLength()).as("GraphML edges = canvas edges").isEqualTo(edges);
        String quotesKey = null;
        NodeList keys = graphml.getElementsByTagNameNS("*", "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            if ("evidenceQuotes".equals(k.getAttribute("attr.name"))) quotesKey = k.getAttribute("id");
        }
        assertThat(quotesKey).as("the evidence quotes are an edge attribute").isNotNull();
        assertThat((String) files.get("graphml").get("text")).contains("Rahmon");
        Document gexf = xml((String) files.get("gexf").get("text"));
        assertThat((long) gexf.getElementsByTagNameNS("*", "node").getLength()).as("GEXF nodes").isEqualTo(nodes);
        assertThat((long) gexf.getElementsByTagNameNS("*", "edge").getLength()).as("GEXF edges").isEqualTo(edges);
        Map<String, String> csv = (Map<String, String>) files.get("csv").get("files");
        assertThat(csv.get("nodes").strip().split("\r\n")).as("CSV node rows + header").hasSize((int) nodes + 1);
        assertThat(csv.get("edges").strip().split("\r\n")).as("CSV edge rows + header").hasSize((int) edges + 1);
        assertThat(csv.get("edges").split("\r\n")[0]).contains("evidenceQuotes");
        Map<String, Object> cyjs = (Map<String, Object>) js("return JSON.parse(window.diplograph.lastExport.text).elements;");
        assertThat((List<Object>) cyjs.get("nodes")).hasSize((int) nodes);
        assertThat((List<Object>) cyjs.get("edges")).hasSize((int) edges);
    }

    static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    void pick(String inputId, String text, String id) {
        WebElement in = d.findElement(By.id(inputId));
        in.clear();
        in.sendKeys(text);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + inputId + "-list li[data-id='" + id + "']")));
        for (int i = 0; i < 10 && !id.equals(js("const a = document.querySelector('#" + inputId + "-list li[aria-selected=true]'); return a && a.dataset.id;")); i++) {
            in.sendKeys(Keys.ARROW_DOWN);
        }
        in.sendKeys(Keys.ENTER);
        assertThat(in.getAttribute("data-id")).isEqualTo(id);
    }

    @SuppressWarnings("unchecked")
    List<String> canvasNames() {
        return (List<String>) js("return window.diplograph.cy.nodes().map(n => n.data('name')).sort();");
    }

    List<String> cardNames(WebElement card) {
        return Arrays.stream(card.findElement(By.cssSelector(".path-names")).getText().split(" → ")).map(String::strip).sorted().toList();
    }

    @Test
    void allPathsAreARankedListWithOnePathReadableOnTheCanvas() throws Exception {
        d.get(t.baseUrl() + "/");
        ready();
        d.findElement(By.id("tab-paths")).click();
        pick("path-from", "Iran", "state:IRN");
        pick("path-to", "China", "state:CHN");
        new Select(d.findElement(By.id("path-via"))).selectByValue("any");
        new Select(d.findElement(By.id("path-mode"))).selectByValue("all");
        d.findElement(By.id("path-run")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#path-results .path-card")));
        idle();
        List<WebElement> cards = d.findElements(By.cssSelector("#path-list .path-card"));
        assertThat(cards.size()).as("several paths, listed").isGreaterThan(1);
        assertThat(cards.get(0).getText()).startsWith("#1");
        assertThat(cards.get(0).getAttribute("class")).contains("chosen");
        assertThat(canvasNames()).as("only the first path on the canvas").isEqualTo(cardNames(cards.get(0)));
        WebElement third = cards.get(Math.min(2, cards.size() - 1));
        third.findElement(By.cssSelector(".path-names")).click();
        wait.until(x -> third.getAttribute("class").contains("chosen"));
        assertThat(canvasNames()).as("the chosen path replaces it").isEqualTo(cardNames(third));
        assertThat(d.findElement(By.id("path-position")).getText()).isEqualTo("Path " + (cards.indexOf(third) + 1) + " of " + cards.size());
        // readable: labels at least 11 px on screen and no two nodes' labels overlapping
        double zoom = ((Number) js("return window.diplograph.cy.zoom();")).doubleValue();
        double font = ((Number) js("return parseFloat(window.diplograph.cy.nodes()[0].style('font-size'));")).doubleValue();
        assertThat(font * zoom).as("rendered label size (px)").isGreaterThanOrEqualTo(11);
        Object overlaps = js("""
                const ns = window.diplograph.cy.nodes(); let n = 0;
                for (let i = 0; i < ns.length; i++) for (let j = i + 1; j < ns.length; j++) {
                  const a = ns[i].renderedBoundingBox({includeLabels: true}), b = ns[j].renderedBoundingBox({includeLabels: true});
                  if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) n++;
                }
                return n;""");
        assertThat(((Number) overlaps).intValue()).as("overlapping node labels").isZero();
        d.findElement(By.id("path-next")).click();
        Path shots = Path.of("docs", "screenshots");
        Files.createDirectories(shots);
        Files.copy(Browser.screenshot(d, "paths"), shots.resolve("paths.png"), StandardCopyOption.REPLACE_EXISTING);
        // shared: the same path on the canvas, the list back with it chosen
        String position = d.findElement(By.id("path-position")).getText();
        List<String> shown = canvasNames();
        d.findElement(By.id("share")).click();
        wait.until(x -> js("return window.diplograph.lastShare || null;") != null);
        String url = (String) js("return window.diplograph.lastShare.url;");
        d.get("about:blank");
        d.get(url);
        ready();
        wait.until(x -> !d.findElements(By.cssSelector("#path-list .path-card.chosen")).isEmpty());
        assertThat(d.findElement(By.id("path-position")).getText()).isEqualTo(position);
        assertThat(canvasNames()).isEqualTo(shown);
        assertThat(cardNames(d.findElement(By.cssSelector("#path-list .path-card.chosen")))).isEqualTo(shown);
    }
}

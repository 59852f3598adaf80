package org.diplograph.ui;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, points 1 and 2 in a real Chromium on the seed graph: the landing scene reads at once (unconnected nodes
 * behind a count, fCoSE over the canvas, labels of at least 11 px on screen, a normal wheel step, a legend beside the
 * graph, not over it), and the legend and the date range filter the graph without leaving orphans; a big canvas moves
 * as a snapshot (renderer options read back from Cytoscape) and still draws. Writes docs/screenshots/landing.png and
 * neighbourhood.png.
 */
@ExtendWith(DiplographExtension.class)
class LandingBrowserTest {
    static TestApp t;
    static ChromeDriver d;
    Page page;
    String name;

    @BeforeAll
    static void data() {
        t = TestApp.get();
        UiFixtures.loadOnce(t);
        d = Browser.get();
    }

    @AfterEach
    void noJsErrors(TestInfo info) {
        Browser.screenshot(d, "LandingBrowserTest-" + info.getTestMethod().orElseThrow().getName());
        assertThat(Browser.errors(d)).as("JavaScript errors in the page").isEmpty();
    }

    Page open(String hash) {
        page = new Page(d, t.baseUrl());
        return page.open("/" + hash);
    }

    @Test
    void theLandingSceneIsReadableAtOnce() {
        open("");
        List<String> warnings = new ArrayList<>();
        for (LogEntry e : d.manage().logs().get(LogType.BROWSER)) warnings.add(e.getMessage());
        assertThat(warnings).as("Cytoscape's console warning about a custom wheel sensitivity").noneMatch(m -> m.contains("wheelSensitivity"));

        // unconnected nodes wait behind a count
        long unconnected = page.count("node[[degree = 0]]");
        assertThat(unconnected).as("the seed overview has unconnected nodes").isPositive();
        assertThat(page.find("#unconnected-chip").getText()).isEqualTo(unconnected + " unconnected, show");
        assertThat(page.count("node[[degree = 0]]:visible")).isZero();

        // fCoSE from the webjar, over the whole canvas
        assertThat(page.js("return window.diplograph.cy.scratch('layoutName');")).isEqualTo("fcose");
        @SuppressWarnings("unchecked")
        Map<String, Number> bb = (Map<String, Number>) page.js("""
                const cy = window.diplograph.cy; const b = cy.nodes(':visible').renderedBoundingBox();
                return {w: b.w, h: b.h, cw: cy.width(), ch: cy.height()};""");
        assertThat(bb.get("w").doubleValue()).as("graph width on screen").isGreaterThanOrEqualTo(0.8 * bb.get("cw").doubleValue());
        assertThat(bb.get("h").doubleValue()).as("graph height on screen").isGreaterThanOrEqualTo(0.7 * bb.get("ch").doubleValue());

        // every label on screen is at least 11 px, and there are many of them
        @SuppressWarnings("unchecked")
        Map<String, Number> labels = (Map<String, Number>) page.js("""
                const cy = window.diplograph.cy; let n = 0, min = Infinity;
                cy.nodes(':visible').forEach(x => { const p = x.renderedPosition();
                  if (p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height()) return;
                  n++; min = Math.min(min, parseFloat(x.style('font-size')) * cy.zoom()); });
                return {n, min};""");
        assertThat(labels.get("n").intValue()).as("nodes on screen").isGreaterThanOrEqualTo(15);
        assertThat(labels.get("min").doubleValue()).as("smallest label on screen, px").isGreaterThanOrEqualTo(11);

        // one wheel step zooms by a normal step (it was 1.4 %)
        double ratio = page.dbl("""
                const cy = window.diplograph.cy; const z0 = cy.zoom(); const r = document.getElementById('cy').getBoundingClientRect();
                document.querySelector('#cy > div').dispatchEvent(new WheelEvent('wheel', {deltaY: -100, deltaMode: 0,
                  clientX: r.x + r.width / 2, clientY: r.y + r.height / 2, bubbles: true, cancelable: true}));
                return cy.zoom() / z0;""");
        assertThat(ratio).as("zoom factor of one wheel step").isGreaterThan(1.04);
        page.js("window.diplograph.cy.zoom(window.diplograph.cy.zoom() / arguments[0]);", ratio);

        // the legend sits above the canvas, never over it, and folds away
        assertThat(page.find("#legend").isDisplayed()).isTrue();
        assertThat(Page.overlap(page.rect("#legend"), page.rect("#cy"))).as("legend over the graph").isFalse();
        assertThat(Page.overlap(page.rect("#unconnected-chip"), page.rect(".toolbar"))).isFalse();
        page.docShot("landing");
        double h = page.rect("#cy").get("height").doubleValue();
        page.find("#legend summary").click();
        page.wait.until(x -> page.rect("#cy").get("height").doubleValue() > h);
        assertThat(page.find("#legend-items").isDisplayed()).isFalse();
        page.find("#legend summary").click();

        // and the unconnected nodes come back on demand
        page.find("#unconnected-chip").click();
        page.wait.until(x -> page.count("node[[degree = 0]]:visible") == unconnected);
        assertThat(page.find("#unconnected-chip").getText()).isEqualTo(unconnected + " unconnected, hide");
    }

    @Test
    void theLegendHidesAndShowsALabelOrARelationshipType() {
        open("");
        long events = page.count("node[label = \"Event\"]:visible");
        assertThat(events).isPositive();
        page.find("#legend-items button[data-label='Event']").click();
        page.wait.until(x -> page.count("node[label = \"Event\"]:visible") == 0);
        assertThat(page.find("#legend-items button[data-label='Event']").getAttribute("aria-pressed")).isEqualTo("false");
        assertNoOrphans();
        page.find("#legend-items button[data-label='Event']").click();
        page.wait.until(x -> page.count("node[label = \"Event\"]:visible") == events);

        page.find("#legend-items button[data-type='CONNECTS']").click();
        page.wait.until(x -> page.count("edge[type = \"CONNECTS\"]:visible") == 0);
        assertNoOrphans();
        page.find("#legend-items button[data-type='CONNECTS']").click();
        page.wait.until(x -> page.count("edge[type = \"CONNECTS\"]:visible") > 0);
    }

    @Test
    void aDateRangeKeepsUndatedRelationshipsBehindAToggleAndLeavesNoOrphans() {
        open("#view=neighborhood&focus=person%3Amasoud-pezeshkian");
        page.wait.until(x -> page.count("node") > 3);
        page.docShot("neighbourhood");
        long undated = page.num("return window.diplograph.cy.edges().filter(e => !e.data('date')).length;");
        assertThat(undated).as("undated relationships around Pezeshkian (offices)").isPositive();
        page.js("""
                document.getElementById('date-from').value = '2025-01-17'; document.getElementById('date-to').value = '2025-01-17';
                document.getElementById('date-to').dispatchEvent(new Event('change'));""");
        page.wait.until(x -> page.find("#date-undated-wrap").isDisplayed());
        assertThat(page.num("return window.diplograph.cy.edges(':visible').filter(e => !e.data('date')).length;")).isZero();
        assertThat(page.num("""
                return window.diplograph.cy.elements(':visible').filter(e => { const d = e.data('date');
                  return d && (d.slice(0, 10) > '2025-01-17' || '2025-01-17'.slice(0, d.length) > d); }).length;""")).isZero();
        assertThat(page.find("#date-undated-wrap").getText()).startsWith("Show undated (");
        assertNoOrphans();
        page.find("#date-undated").click();
        page.wait.until(x -> page.num("return window.diplograph.cy.edges(':visible').filter(e => !e.data('date')).length;") > 0);
        page.find("#date-clear").click();
        page.wait.until(x -> !page.find("#date-undated-wrap").isDisplayed());
    }

    /**
     * Frame rate on big canvases (bench/NOTES.md "Explorer frame rate"): a canvas of more than BIG_CANVAS (1,500)
     * elements, put on through the app's own add path (graph.js replaceElements, whose change handler tunes the
     * renderer), moves as a snapshot during a drag (textureOnViewport) with edges hidden in animations
     * (hideEdgesOnViewport), haystack edges and fewer small labels (class big-canvas); a small one keeps the full
     * drawing. Read back from Cytoscape's renderer and styles, and the view still draws nodes during and after a real
     * mouse drag (pixels of the node colour in screenshots).
     */
    @Test
    void aBigCanvasMovesAsASnapshotAndASmallOneIsDrawnInFull() {
        open("");
        Map<String, Object> big = gridThroughTheApp(25);   // 625 nodes, 1,200 edges
        assertThat(((Number) big.get("elements")).intValue()).isGreaterThan(((Number) big.get("threshold")).intValue());
        assertThat(big).containsEntry("texture", true).containsEntry("hideEdges", true).containsEntry("motionBlur", false)
                .as("edges of a big canvas: the cheapest kind").containsEntry("curve", "haystack");
        assertThat(((Number) big.get("nodeMinFont")).doubleValue()).as("labels left out below, px").isEqualTo(8);
        dragAndCheckDrawing(true);
        Map<String, Object> small = gridThroughTheApp(10);   // 100 nodes, 180 edges
        assertThat(((Number) small.get("elements")).intValue()).isLessThanOrEqualTo(((Number) small.get("threshold")).intValue());
        assertThat(small).containsEntry("texture", false).containsEntry("hideEdges", false).containsEntry("curve", "bezier");
        assertThat(((Number) small.get("nodeMinFont")).doubleValue()).isEqualTo(5);
        dragAndCheckDrawing(false);
    }

    /**
     * Replaces the canvas with a k x k grid of Person nodes (100 model px apart, MET edges along the rows, MEMBER_OF
     * along the columns) through graph.js, places them, zooms to 0.5 on an empty grid cell in the canvas's middle and
     * returns what the renderer then holds.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> gridThroughTheApp(int k) {
        return (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) d).executeAsyncScript("""
                const done = arguments[arguments.length - 1]; const k = arguments[0];
                (async () => {
                  const g = await import('/js/graph.js');
                  const nodes = [], edges = [];
                  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) {
                    nodes.push({data: {id: 'grid:' + i + ':' + j, name: 'Grid ' + i + ',' + j, label: 'Person'}});
                    if (i + 1 < k) edges.push({data: {id: 'gm:' + i + ':' + j, source: 'grid:' + i + ':' + j, target: 'grid:' + (i + 1) + ':' + j, type: 'MET'}});
                    if (j + 1 < k) edges.push({data: {id: 'gb:' + i + ':' + j, source: 'grid:' + i + ':' + j, target: 'grid:' + i + ':' + (j + 1), type: 'MEMBER_OF'}});
                  }
                  g.replaceElements(g.toElements({nodes, edges}));
                  const cy = g.cy;
                  cy.batch(() => cy.nodes().forEach(n => { const [, i, j] = n.id().split(':'); n.position({x: i * 100, y: j * 100}); }));
                  const c = Math.floor(k / 2) * 100 - 50;   // the middle of an empty cell
                  cy.viewport({zoom: 0.5, pan: {x: cy.width() / 2 - 0.5 * c, y: cy.height() / 2 - 0.5 * c}});
                  await new Promise(r => setTimeout(r, 300));   // the app's change handler runs 30 ms after the last add
                  const r = cy.renderer();
                  done({elements: cy.elements().length, threshold: g.BIG_CANVAS, texture: r.textureOnViewport,
                    hideEdges: r.hideEdgesOnViewport, motionBlur: r.motionBlurEnabled, curve: cy.edges()[0].style('curve-style'),
                    nodeMinFont: parseFloat(cy.nodes()[0].style('min-zoomed-font-size'))});
                })().catch(e => done({error: String(e)}));""", k);
    }

    /** A real mouse drag on the background: the renderer's snapshot state mid-drag, and node pixels during and after. */
    void dragAndCheckDrawing(boolean snapshot) {
        org.openqa.selenium.WebElement canvas = page.find("#cy");
        double x0 = page.dbl("return window.diplograph.cy.pan().x;");
        assertThat(nodePixels()).as("nodes drawn before the drag").isGreaterThan(2000);
        new org.openqa.selenium.interactions.Actions(d).moveToElement(canvas).clickAndHold().moveByOffset(30, 0).moveByOffset(30, 10).perform();
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> mid = (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) d).executeAsyncScript("""
                    const done = arguments[arguments.length - 1]; const r = window.diplograph.cy.renderer();
                    requestAnimationFrame(() => requestAnimationFrame(() => done({dragging: !!r.hoverData.dragging, texture: !!r.textureDrawLastFrame})));""");
            assertThat(mid).as("renderer state mid-drag").containsEntry("dragging", true).containsEntry("texture", snapshot);
            assertThat(nodePixels()).as("nodes drawn during the drag").isGreaterThan(2000);
        } finally {
            new org.openqa.selenium.interactions.Actions(d).release().perform();
        }
        assertThat(page.dbl("return window.diplograph.cy.pan().x;") - x0).as("the drag panned the view").isGreaterThan(20);
        page.wait.until(x -> Boolean.FALSE.equals(page.js("return !!window.diplograph.cy.renderer().textureDrawLastFrame;")));
        assertThat(nodePixels()).as("nodes drawn after the drag").isGreaterThan(2000);
    }

    /** Pixels of the Person colour (#1f6fb4) inside the canvas in a screenshot. */
    int nodePixels() {
        Map<String, Number> r = page.rect("#cy");
        try {
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                    d.getScreenshotAs(org.openqa.selenium.OutputType.BYTES)));
            int n = 0;
            int x1 = Math.min(img.getWidth(), (int) (r.get("x").doubleValue() + r.get("width").doubleValue()));
            int y1 = Math.min(img.getHeight(), (int) (r.get("y").doubleValue() + r.get("height").doubleValue()));
            for (int y = Math.max(0, r.get("y").intValue()); y < y1; y++) {
                for (int x = Math.max(0, r.get("x").intValue()); x < x1; x++) {
                    int c = img.getRGB(x, y);
                    if (Math.abs(((c >> 16) & 255) - 0x1f) < 20 && Math.abs(((c >> 8) & 255) - 0x6f) < 20 && Math.abs((c & 255) - 0xb4) < 20) n++;
                }
            }
            return n;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every node on show that has relationships on the canvas shows at least one of them (the focus aside). */
    void assertNoOrphans() {
        Object orphans = page.js("""
                return window.diplograph.cy.nodes(':visible').filter(n => !n.hasClass('focus') && n.connectedEdges().nonempty()
                  && n.connectedEdges(':visible').empty()).map(n => n.id());""");
        assertThat((List<?>) orphans).as("nodes left without a visible relationship").isEmpty();
    }
}

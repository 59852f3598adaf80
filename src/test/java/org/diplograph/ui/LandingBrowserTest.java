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
 * graph, not over it), and the legend and the date range filter the graph without leaving orphans. Writes
 * docs/screenshots/landing.png and neighbourhood.png.
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

    /** Every node on show that has relationships on the canvas shows at least one of them (the focus aside). */
    void assertNoOrphans() {
        Object orphans = page.js("""
                return window.diplograph.cy.nodes(':visible').filter(n => !n.hasClass('focus') && n.connectedEdges().nonempty()
                  && n.connectedEdges(':visible').empty()).map(n => n.id());""");
        assertThat((List<?>) orphans).as("nodes left without a visible relationship").isEmpty();
    }
}

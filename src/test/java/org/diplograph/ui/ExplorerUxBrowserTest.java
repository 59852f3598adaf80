package org.diplograph.ui;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, points 4, 5 (timeline, meetings) and 7 in a real Chromium on the seed graph: messages beside the graph,
 * the context menu, Details after undo, the stacked and brushable timeline, meetings without signings counted apart,
 * Details without repeats, Enter before the suggestions, keyboard moves between nodes (arrows, Home, Tab and Shift+Tab),
 * focus outlines and contrast, the favicon.
 */
@ExtendWith(DiplographExtension.class)
class ExplorerUxBrowserTest {
    static final String PEZ = "person:masoud-pezeshkian";
    static TestApp t;
    static ChromeDriver d;
    Page page;

    @BeforeAll
    static void data() {
        t = TestApp.get();
        UiFixtures.loadOnce(t);
        d = Browser.get();
    }

    @AfterEach
    void noJsErrors(TestInfo info) {
        Browser.screenshot(d, "ExplorerUxBrowserTest-" + info.getTestMethod().orElseThrow().getName());
        assertThat(Browser.errors(d)).as("JavaScript errors in the page").isEmpty();
        assertThat(Browser.alerts(d)).isEmpty();
    }

    Page open(String hash) {
        page = new Page(d, t.baseUrl());
        return page.open("/" + hash);
    }

    Page focusPez() {
        open("#view=neighborhood&focus=" + PEZ.replace(":", "%3A"));
        page.wait.until(x -> page.has(PEZ) && page.count("node") > 3);
        page.wait.until(x -> page.find("#details h2").getText().equals("Masoud Pezeshkian"));
        return page;
    }

    void clickNode(String id, boolean right) {
        page.js("window.diplograph.cy.center(window.diplograph.cy.getElementById(arguments[0]));", id);
        @SuppressWarnings("unchecked")
        Map<String, Number> p = (Map<String, Number>) page.js("""
                const cy = window.diplograph.cy; const r = cy.getElementById(arguments[0]).renderedPosition();
                return {x: r.x - cy.width() / 2, y: r.y - cy.height() / 2};""", id);
        Actions a = new Actions(d).moveToElement(page.find("#cy"), p.get("x").intValue(), p.get("y").intValue());
        (right ? a.contextClick() : a.click()).perform();
    }

    @Test
    void aBannerNeverCoversTheGraphToolbar() {
        open("");
        page.find("#tb-expand").click();   // nothing selected: an information banner
        page.wait.until(x -> page.find("#banner").isDisplayed());
        assertThat(page.find("#banner-text").getText()).contains("Select a node");
        assertThat(Page.overlap(page.rect("#banner"), page.rect(".toolbar"))).isFalse();
        assertThat(Page.overlap(page.rect("#banner"), page.rect("#cy"))).isFalse();
        page.find("#banner-close").click();
    }

    @Test
    void theContextMenuHasNoNullItemAndUndoPutsDetailsBack() {
        focusPez();
        clickNode("state:IRN", true);
        WebElement menu = page.wait.until(x -> page.find("#ctx-menu").isDisplayed() ? page.find("#ctx-menu") : null);
        assertThat(menu.getText()).doesNotContain("null");
        assertThat(page.num("return [...document.getElementById('ctx-menu').childNodes].filter(n => n.nodeType === 3).length;")).isZero();
        menu.findElement(By.xpath(".//button[text()='Expand']")).click();
        page.wait.until(x -> page.count("node") > 12);
        page.idle();
        String added = (String) page.js("""
                const cy = window.diplograph.cy; const iran = cy.getElementById('state:IRN');
                return iran.neighborhood('node').filter(n => !n.neighborhood('#' + CSS.escape('person:masoud-pezeshkian')).length
                  && n.id() !== 'person:masoud-pezeshkian')[0].id();""");
        page.js("const n = window.diplograph.cy.getElementById(arguments[0]); n.select(); n.emit('tap');", added);
        String name = (String) page.js("return window.diplograph.cy.getElementById(arguments[0]).data('name');", added);
        page.wait.until(x -> page.find("#details h2").getText().equals(name));
        page.find("#tb-undo").click();
        page.wait.until(x -> !page.has(added));
        page.wait.until(x -> !page.find("#details h2").getText().equals(name));
    }

    @Test
    void timelineItemsOfOneDateAreStackedAndTheTimelineFiltersTheGraph() {
        focusPez();
        List<WebElement> dots = d.findElements(By.cssSelector("#tl-track .tl-item"));
        assertThat(dots.size()).isGreaterThan(4);
        Object overlaps = page.js("""
                const r = [...document.querySelectorAll('#tl-track .tl-item')].map(e => e.getBoundingClientRect()); let n = 0;
                for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++)
                  if (r[i].left < r[j].right - 1 && r[j].left < r[i].right - 1 && r[i].top < r[j].bottom - 1 && r[j].top < r[i].bottom - 1) n++;
                return n;""");
        assertThat(((Number) overlaps).intValue()).as("overlapping timeline dots").isZero();
        // a click selects the item and shows it in Details
        WebElement dot = d.findElement(By.cssSelector("#tl-track .tl-item.event"));
        String id = dot.getAttribute("data-id");
        dot.click();
        String name = (String) page.js("return window.diplograph.cy.getElementById(arguments[0]).data('name');", id);
        page.wait.until(x -> page.find("#details h2").getText().equals(name));
        // a brush over the left half sets the range, filters the graph and lists the range in Details
        long before = page.count("node:visible");
        WebElement track = page.find("#tl-track");
        int w = track.getSize().getWidth();
        new Actions(d).moveToElement(track, -w / 2 + 2, -20).clickAndHold().moveByOffset(w / 2 - 4, 0).release().perform();
        page.wait.until(x -> !page.find("#date-from").getAttribute("value").isEmpty());
        assertThat(page.find("#details h2").getText()).startsWith("From ");
        page.wait.until(x -> page.count("node:visible") < before);
        page.find("#date-clear").click();
    }

    @Test
    void meetingsCountNoSigningApartAndRepeatNothing() {
        open("");
        page.find("#tab-meetings").click();
        page.find("#meet-run").click();
        page.wait.until(x -> !d.findElements(By.cssSelector("#meet-pairs li")).isEmpty());
        WebElement pair = d.findElements(By.cssSelector("#meet-pairs li")).stream()
                .filter(li -> li.getText().contains("Raisi") && li.getText().contains("Rahmon")).findFirst().orElseThrow();
        assertThat(pair.getText()).as("a meeting and the signing at it are one meeting").endsWith(" 1 meeting");
        pair.findElement(By.tagName("button")).click();
        page.wait.until(x -> page.find("#details h2").getText().contains(" met "));
        page.wait.until(x -> !d.findElements(By.cssSelector("#evidence blockquote")).isEmpty());
        List<String> lines = d.findElements(By.cssSelector("#details ul.plain li")).stream().map(WebElement::getText).toList();
        assertThat(lines).isNotEmpty().noneMatch(l -> l.strip().endsWith("·") || l.strip().startsWith("·"));
        List<String> quotes = d.findElements(By.cssSelector("#evidence blockquote p")).stream().map(WebElement::getText).toList();
        assertThat(quotes).doesNotHaveDuplicates();
        page.docShot("meetings");
    }

    @Test
    void detailsListTitlesAndMeetingsOnce() {
        focusPez();
        page.wait.until(x -> !d.findElements(By.cssSelector("#entity-sections h3")).isEmpty());
        String text = page.find("#details").getText();
        assertThat(d.findElements(By.xpath("//div[@id='details']//th[text()='titles']"))).hasSize(1);
        List<String> meetings = d.findElements(By.xpath("//div[@id='entity-sections']/h3[text()='meetings']/following-sibling::ul[1]/li"))
                .stream().map(WebElement::getText).toList();
        assertThat(meetings).isNotEmpty().noneMatch(l -> l.contains("(MET,") && l.contains("2025-01-17") && text.contains("Vladimir Putin signing"));

        // clicking a node shows the sentences that name it, each once, with their documents
        clickNode("person:emomali-rahmon", false);
        page.wait.until(x -> page.find("#details h2").getText().equals("Emomali Rahmon"));
        page.wait.until(x -> !d.findElements(By.cssSelector("#mentions blockquote p")).isEmpty());
        List<String> sentences = d.findElements(By.cssSelector("#mentions blockquote p")).stream().map(WebElement::getText).toList();
        assertThat(sentences).doesNotHaveDuplicates().anyMatch(q -> q.contains("Rahmon"));
        assertThat(d.findElements(By.cssSelector("#mentions blockquote .doc-link"))).isNotEmpty();
    }

    @Test
    void enterBeforeTheSuggestionsPicksTheFirstOnceTheyArrive() {
        open("");
        WebElement box = page.find("#search");
        box.sendKeys("Pezeshkian" + Keys.ENTER);
        page.wait.until(x -> page.has(PEZ) && PEZ.equals(page.js("return window.diplograph.state.focus;")));
        page.wait.until(x -> page.find("#details h2").getText().equals("Masoud Pezeshkian"));
    }

    @Test
    void theKeyboardMovesBetweenNodesAndAnnouncesTheSelection() {
        focusPez();
        page.js("window.diplograph.cy.elements().unselect(); document.getElementById('cy').focus();");
        page.find("#cy").sendKeys(Keys.HOME);
        String first = (String) page.js("const s = window.diplograph.cy.nodes(':selected'); return s.length === 1 ? s[0].data('name') : null;");
        assertThat(first).isNotNull();
        page.wait.until(x -> page.find("#cy-announce").getAttribute("textContent").contains(first));
        assertThat(page.find("#cy-announce").getAttribute("aria-live")).isEqualTo("polite");
        page.wait.until(x -> page.find("#details h2").getText().equals(first));
        String moved = null;
        for (Keys k : new Keys[]{Keys.ARROW_RIGHT, Keys.ARROW_LEFT, Keys.ARROW_DOWN, Keys.ARROW_UP}) {
            page.find("#cy").sendKeys(k);
            moved = (String) page.js("return window.diplograph.cy.nodes(':selected')[0].data('name');");
            if (!moved.equals(first)) break;
        }
        assertThat(moved).isNotEqualTo(first);
        String m = moved;
        page.wait.until(x -> page.find("#cy-announce").getAttribute("textContent").contains(m));
        page.wait.until(x -> page.find("#details h2").getText().equals(m));

        // Tab / Shift+Tab: the next / previous node in reading order (the best-connected first, as Home), announced
        // with its place; Shift+Tab before the first node leaves the canvas (no keyboard trap)
        page.js("window.diplograph.cy.elements().unselect(); document.getElementById('cy').focus();");
        int shown = ((Number) page.js("return window.diplograph.cy.nodes(':visible').length;")).intValue();
        page.find("#cy").sendKeys(Keys.TAB);
        assertThat(selectedName()).isEqualTo(first);
        page.wait.until(x -> page.find("#cy-announce").getAttribute("textContent").contains(first + ", ")
                && page.find("#cy-announce").getAttribute("textContent").contains("Node 1 of " + shown + "."));
        int firstDegree = selectedDegree();
        page.find("#cy").sendKeys(Keys.TAB);
        String second = selectedName();
        assertThat(second).isNotEqualTo(first);
        assertThat(selectedDegree()).as("reading order: the best-connected first").isLessThanOrEqualTo(firstDegree);
        page.wait.until(x -> page.find("#cy-announce").getAttribute("textContent").contains(second + ", ")
                && page.find("#cy-announce").getAttribute("textContent").contains("Node 2 of " + shown + "."));
        page.wait.until(x -> page.find("#details h2").getText().equals(second));
        assertThat(page.js("return document.activeElement.id;")).isEqualTo("cy");
        page.find("#cy").sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(selectedName()).isEqualTo(first);
        page.wait.until(x -> page.find("#cy-announce").getAttribute("textContent").contains("Node 1 of " + shown + "."));
        page.wait.until(x -> page.find("#details h2").getText().equals(first));
        assertThat(page.js("return document.activeElement.id;")).isEqualTo("cy");
        page.find("#cy").sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(page.js("return document.activeElement.id;")).as("Shift+Tab before the first node leaves the canvas").isNotEqualTo("cy");
        assertThat(selectedName()).isEqualTo(first);
    }

    String selectedName() {
        return (String) page.js("const s = window.diplograph.cy.nodes(':selected'); return s.length === 1 ? s[0].data('name') : null;");
    }

    int selectedDegree() {
        return ((Number) page.js("return window.diplograph.cy.nodes(':selected')[0].degree(false);")).intValue();
    }

    @Test
    void focusIsOutlinedTextMeetsAaContrastAndTheFaviconLoads() {
        open("");
        page.find("#search").click();
        page.find("#search").sendKeys(Keys.TAB);
        @SuppressWarnings("unchecked")
        Map<String, Object> f = (Map<String, Object>) page.js(Contrast.FOCUS);
        assertThat(f.get("style")).as("outline of " + f.get("tag")).isNotEqualTo("none");
        assertThat(((Number) f.get("ratio")).doubleValue()).as("outline contrast against the page").isGreaterThanOrEqualTo(3);
        @SuppressWarnings("unchecked")
        List<String> low = (List<String>) page.js(Contrast.TEXT);
        assertThat(low).as("visible text under WCAG AA contrast").isEmpty();
        // and with an entity's Details (tags, quotes, citations) and the timeline filled
        focusPez();
        page.wait.until(x -> !d.findElements(By.cssSelector("#mentions blockquote")).isEmpty());
        @SuppressWarnings("unchecked")
        List<String> low2 = (List<String>) page.js(Contrast.TEXT);
        assertThat(low2).as("visible text under WCAG AA contrast, neighbourhood").isEmpty();
        assertThat(page.js("const l = document.querySelector('link[rel=icon]'); return l && l.getAttribute('href');")).isEqualTo("/favicon.svg");
        assertThat(t.get("/favicon.svg").status()).isEqualTo(200);
    }

    @Test
    void aPastedArticleIsNamedAfterItsFirstLineAndTheCanvasFitsWhatCameIn() {
        open("");
        page.find("#tab-import").click();
        String text = "Kazakh Foreign Minister Murat Nurtleu met Uzbek President Shavkat Mirziyoyev in Tashkent on March 5, 2025, "
                + "and the two discussed water sharing.\n\nKazakhstan and Uzbekistan signed a water road map in Tashkent on March 5, 2025.\n";
        page.js("document.getElementById('import-text').value = arguments[0];", text);
        page.find("#import-run").click();
        WebElement summary = page.wait.until(x -> d.findElements(By.id("import-summary")).isEmpty() ? null : page.find("#import-summary"));
        assertThat(summary.getText()).as("a sentence, not a key dump").startsWith("1 new article").doesNotContain("entitiesCreated");
        page.wait.until(x -> page.find("#import-docs .doc-name").getText().startsWith("Kazakh Foreign Minister Murat Nurtleu met"));
        page.wait.until(x -> !d.findElements(By.cssSelector("#import-report .report-ok")).isEmpty());
        page.idle();
        Object off = page.js("""
                const cy = window.diplograph.cy; const w = cy.width(), h = cy.height();
                return cy.nodes('.new:visible').filter(n => { const p = n.renderedPosition(); return p.x < 0 || p.y < 0 || p.x > w || p.y > h; }).length;""");
        assertThat(page.count(".new")).as("new nodes highlighted").isPositive();
        assertThat(((Number) off).intValue()).as("new nodes outside the view").isZero();
        page.docShot("import");
    }
}

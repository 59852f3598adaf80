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
 * Details without repeats, Enter before the suggestions, the canvas as one tab stop whose arrow keys (Home, End) move
 * between nodes and announce them, focus outlines on every tab stop and text contrast, the favicon.
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
        // clearing the range leaves no stale range in Details, and the graph comes back
        page.wait.until(x -> !page.find("#details").getText().startsWith("From "));
        assertThat(d.findElements(By.id("range-items"))).isEmpty();
        page.wait.until(x -> page.count("node:visible") == before);
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

    /** The tab stops of the page in order: what Tab visits (visible, enabled, not in a closed panel or legend). */
    static final String TABBABLE = """
            return [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')].filter(e =>
              e.tabIndex >= 0 && !e.disabled && e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden'
              && !e.closest('[hidden]') && !(e.tagName !== 'SUMMARY' && e.closest('details:not([open])')));""";

    /** Keys to whatever has the focus (as a user types), not to an element Selenium would focus first. */
    void keys(CharSequence... k) {
        new Actions(d).sendKeys(k).perform();
    }

    /** Shift+Tab with Shift held (a chord in Actions.sendKeys would press and release Shift first). */
    void shiftTab() {
        new Actions(d).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    /** The focused element, as a short description (compared as text: an element from a script and one found by CSS
     * are different Java objects). */
    String active() {
        return (String) page.js("return " + DESCRIBE + "(document.activeElement);");
    }

    String describe(WebElement e) {
        return (String) page.js("return " + DESCRIBE + "(arguments[0]);", e);
    }

    static final String DESCRIBE = "((e) => e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + (e.textContent || '').trim().slice(0, 40) : 'none')";

    String announced() {
        return page.find("#cy-announce").getAttribute("textContent");
    }

    @Test
    void theCanvasIsOneTabStopWhoseArrowKeysMoveBetweenNodesAndAnnounceThem() {
        focusPez();
        page.js("window.diplograph.cy.elements().unselect();");
        @SuppressWarnings("unchecked")
        List<WebElement> stops = (List<WebElement>) page.js(TABBABLE);
        WebElement cyEl = page.find("#cy");
        int at = stops.indexOf(cyEl);
        assertThat(at).as("the canvas is a tab stop").isPositive().isLessThan(stops.size() - 1);
        String before = describe(stops.get(at - 1)), after = describe(stops.get(at + 1)), canvas = describe(cyEl);
        WebElement beforeEl = stops.get(at - 1);
        int shown = ((Number) page.js("return window.diplograph.cy.nodes(':visible').length;")).intValue();
        assertThat(shown).as("enough nodes that stepping through them would trap Tab").isGreaterThan(3);

        // Tab from the control before the canvas lands on the canvas; one more Tab leaves it for the next control
        page.js("arguments[0].focus();", beforeEl);
        keys(Keys.TAB);
        assertThat(active()).as("Tab from " + before).isEqualTo(canvas);
        @SuppressWarnings("unchecked")
        Map<String, Object> ring = (Map<String, Object>) page.js(Contrast.FOCUS);
        assertThat(ring.get("style")).as("the canvas's focus outline").isNotEqualTo("none");
        assertThat(((Number) ring.get("width")).doubleValue()).isGreaterThanOrEqualTo(2);
        assertThat(((Number) ring.get("ratio")).doubleValue()).as("outline contrast on the canvas").isGreaterThanOrEqualTo(3);
        assertThat(focusRingDrawn()).as("the outline is drawn over the canvas's own layers").isTrue();
        keys(Keys.TAB);
        assertThat(active()).as("one Tab leaves the canvas, whatever its node count").isEqualTo(after);
        assertThat(selectedName()).as("Tab selects nothing").isNull();
        shiftTab();
        assertThat(active()).isEqualTo(canvas);

        // inside: Home, the arrows and End move the selection, shown in Details and announced with the node's place
        keys(Keys.HOME);
        String first = selectedName();
        assertThat(first).isNotNull();
        page.wait.until(x -> announced().contains(first + ", ") && announced().contains("Node 1 of " + shown + "."));
        assertThat(page.find("#cy-announce").getAttribute("aria-live")).isEqualTo("polite");
        page.wait.until(x -> page.find("#details h2").getText().equals(first));
        String moved = null;
        for (Keys k : new Keys[]{Keys.ARROW_RIGHT, Keys.ARROW_LEFT, Keys.ARROW_DOWN, Keys.ARROW_UP}) {
            keys(k);
            moved = selectedName();
            if (!moved.equals(first)) break;
        }
        assertThat(moved).as("an arrow key moves the selection").isNotEqualTo(first);
        String m = moved;
        page.wait.until(x -> announced().contains("Selected: " + m + ", "));
        page.wait.until(x -> page.find("#details h2").getText().equals(m));
        assertThat(active()).isEqualTo(canvas);
        keys(Keys.END);
        String last = selectedName();
        page.wait.until(x -> announced().contains(last + ", ") && announced().contains("Node " + shown + " of " + shown + "."));

        // with a node selected in the middle of the graph, Tab still leaves at once, and Shift+Tab back on the canvas
        // announces where the user is
        keys(Keys.HOME);
        page.wait.until(x -> announced().contains("Node 1 of "));
        keys(Keys.TAB);
        assertThat(active()).isEqualTo(after);
        page.js("document.getElementById('cy-announce').textContent = '';");
        shiftTab();
        assertThat(active()).isEqualTo(canvas);
        page.wait.until(x -> announced().contains("Selected: " + first + ", "));
        shiftTab();
        assertThat(active()).as("Shift+Tab leaves the canvas for the control before it").isEqualTo(before);
        assertThat(selectedName()).isEqualTo(first);
    }

    /** Whether the focus colour shows in a screenshot along the focused canvas's inner edge (left, middle). */
    boolean focusRingDrawn() {
        @SuppressWarnings("unchecked")
        Map<String, Number> r = (Map<String, Number>) page.js("""
                const r = document.getElementById('cy').getBoundingClientRect(); return {x: r.left, y: r.top + r.height / 2, dpr: devicePixelRatio};""");
        try {
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(d.getScreenshotAs(org.openqa.selenium.OutputType.BYTES)));
            double dpr = r.get("dpr").doubleValue();
            int y = (int) Math.round(r.get("y").doubleValue() * dpr);
            for (int x = (int) Math.round(r.get("x").doubleValue() * dpr); x < r.get("x").doubleValue() * dpr + 4 * dpr; x++) {
                int rgb = img.getRGB(x, y);
                // --focus: #b34700
                if (Math.abs(((rgb >> 16) & 255) - 0xb3) < 24 && Math.abs(((rgb >> 8) & 255) - 0x47) < 24 && Math.abs((rgb & 255) - 0x00) < 24) return true;
            }
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String selectedName() {
        return (String) page.js("const s = window.diplograph.cy.nodes(':selected'); return s.length === 1 ? s[0].data('name') : null;");
    }

    @Test
    void everyTabStopShowsItsFocusTextMeetsAaContrastAndTheFaviconLoads() {
        open("");
        @SuppressWarnings("unchecked")
        Map<String, Object> landing = (Map<String, Object>) page.js(Contrast.TEXT);
        assertThat((List<?>) landing.get("low")).as("visible text under WCAG AA contrast, landing").isEmpty();
        focusPez();
        page.wait.until(x -> !d.findElements(By.cssSelector("#mentions blockquote")).isEmpty());
        // Tab from the top of the page to the side panel's tabs: every stop (top bar, graph toolbar, legend, canvas)
        // shows an outline of at least 2 px and 3:1 against what is around it (WCAG 2.4.7, 1.4.11)
        page.js("document.querySelector('.skip').focus();");
        keys(Keys.TAB);
        shiftTab();   // back on the skip link, now by keyboard
        List<String> visited = new java.util.ArrayList<>();
        List<String> bad = new java.util.ArrayList<>();
        for (int i = 0; i < 90 && !visited.contains("tab-details"); i++) {
            if (i > 0) keys(Keys.TAB);
            @SuppressWarnings("unchecked")
            Map<String, Object> f = (Map<String, Object>) page.js(Contrast.FOCUS);
            String tag = String.valueOf(f.get("tag"));
            if ("none".equals(f.get("style")) || ((Number) f.get("width")).doubleValue() < 2 || ((Number) f.get("ratio")).doubleValue() < 3) {
                bad.add(f.toString());
            }
            if (visited.isEmpty() || !visited.get(visited.size() - 1).equals(tag)) visited.add(tag);   // a date field's parts
        }
        assertThat(visited).as("tab stops").contains("search", "share", "export", "tb-fit", "cy", "tab-details");
        assertThat(visited.stream().filter(v -> v.startsWith("button.item")).count()).as("legend buttons").isPositive();
        assertThat(bad).as("tab stops without a visible focus outline").isEmpty();

        // text of the legend, the toolbar, Details (tags, quotes, citations) and the rest of the page at AA against its
        // background, computed from the styles in the page
        @SuppressWarnings("unchecked")
        Map<String, Object> c = (Map<String, Object>) page.js(Contrast.TEXT);
        assertThat((List<?>) c.get("low")).as("visible text under WCAG AA contrast").isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Number> checked = (Map<String, Number>) c.get("checked");
        assertThat(checked.get("legend").intValue()).as("legend texts measured").isGreaterThan(3);
        assertThat(checked.get("toolbar").intValue()).as("toolbar texts measured").isGreaterThan(5);
        assertThat(checked.get("details").intValue()).as("Details texts measured").isGreaterThan(5);
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

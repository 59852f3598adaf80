package org.diplograph.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's remaining views in the browser, on the seeds: a path step shows where the sources disagree and the
 * PARTY_TO stage at the day (as /api/paths gives them), a sliced run says "Computing slice k of n" while its job runs
 * and then shows the one call's answer, and the diff draws its nodes as every node is drawn (name and label style).
 */
@ExtendWith(DiplographExtension.class)
class AnalysisNotesBrowserTest {
    static TestApp t;
    static ChromeDriver d;

    @BeforeAll
    static void data() {
        t = TestApp.get();
        t.importSeeds();
        UiFixtures.contradiction(t); // a second report that disagrees with seed 003
        d = Browser.get();
    }

    @AfterEach
    void noJsErrors() {
        assertThat(Browser.errors(d)).as("JavaScript errors in the page").isEmpty();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) d;
    }

    private WebDriverWait open(String hash) {
        WebDriverWait wait = Browser.waitFor(d, Duration.ofSeconds(30));
        d.get(t.baseUrl() + "/" + hash);
        wait.until(x -> "true".equals(js().executeScript("return document.body.dataset.ready || null;")));
        return wait;
    }

    @Test
    void aPathStepShowsWhereTheSourcesDisagreeAndTheStageOfEachPartyTo() {
        // the paths between Tajikistan and Iran over agreements: the first (best first) whose step carries a flag
        String query = "from=state:TJK&to=state:IRN&via=agreements&mode=all";
        JsonNode res = t.get("/api/paths?" + query).body();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(res.get("notesAt").asText()).isEqualTo(today);
        int index = -1, step = -1;
        for (int i = 0; i < res.get("paths").size() && index < 0; i++) {
            JsonNode steps = res.at("/paths/" + i + "/steps");
            for (int s = 0; s < steps.size() && index < 0; s++) {
                for (JsonNode n : steps.get(s).get("notes")) if (!n.get("contradictions").isEmpty()) { index = i; step = s; }
            }
        }
        assertThat(index).as("a path through the agreement seed 003 and the fixture disagree on").isGreaterThanOrEqualTo(0);
        JsonNode note = res.at("/paths/" + index + "/steps/" + step + "/notes/0");
        JsonNode flag = null;
        for (JsonNode n : res.at("/paths/" + index + "/steps/" + step + "/notes")) if (flag == null && !n.get("contradictions").isEmpty()) flag = n.at("/contradictions/0");

        WebDriverWait wait = open("#view=paths&p.from=state%3ATJK&p.to=state%3AIRN&p.via=agreements&p.mode=all");
        wait.until(x -> d.findElements(By.cssSelector("#path-results .path-card")).size() == res.get("paths").size());
        WebElement card = d.findElement(By.cssSelector(".path-card[data-index='" + index + "']"));
        card.findElement(By.cssSelector(".path-names")).click();
        wait.until(x -> card.getAttribute("class").contains("chosen"));
        WebElement li = card.findElements(By.cssSelector("ol.explanation > li")).get(step);
        List<WebElement> flags = li.findElements(By.cssSelector(".step-flag"));
        assertThat(flags).as("the step shows its contradiction flags").isNotEmpty();
        String shown = flags.stream().map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b);
        assertThat(shown).contains(flag.get("subjectName").asText());
        for (JsonNode side : flag.get("sides")) assertThat(shown).contains(side.get("value").asText());
        assertThat(flags.get(0).isDisplayed()).isTrue();
        assertThat(flags.get(0).getCssValue("border-left-color")).as("styled by .step-flag").isEqualTo("rgba(179, 89, 0, 1)");
        if (note.hasNonNull("stage")) {
            WebElement stage = li.findElement(By.cssSelector(".step-stage"));
            assertThat(stage.getText()).startsWith("Stage on " + today + ": ").contains(note.get("stage").asText());
        }
        Browser.screenshot(d, "AnalysisNotesBrowserTest-path-flags");
    }

    @Test
    void aSlicedRunSaysWhichSliceItComputesAndShowsTheOneCallsAnswer() {
        WebDriverWait wait = open("");
        d.findElement(By.id("tab-analysis")).click();
        wait.until(x -> d.findElement(By.id("pane-analysis")).isDisplayed());
        // every text the status line takes, recorded as it changes
        js().executeScript("window.__busy = []; new MutationObserver(() => window.__busy.push(document.getElementById('an-busy').textContent))"
                + ".observe(document.getElementById('an-busy'), { childList: true, characterData: true, subtree: true });");
        d.findElement(By.id("an-from")).sendKeys("1996");
        d.findElement(By.id("an-to")).sendKeys("2025");
        d.findElement(By.id("an-slice")).click();
        d.findElement(By.id("an-run")).click();
        wait.until(x -> "29".equals(d.findElement(By.id("an-slider")).getAttribute("max")) && !d.findElement(By.id("an-busy")).isDisplayed());
        @SuppressWarnings("unchecked")
        List<String> said = (List<String>) js().executeScript("return window.__busy;");
        assertThat(said).as("the status line while the job ran").anyMatch(s -> s.matches("Computing slice \\d+ of 30…"));
        assertThat(d.findElement(By.id("an-busy")).isDisplayed()).isFalse();
        // the slices shown are the one call's
        JsonNode once = t.get("/api/analysis/centrality?metric=degree&limit=25&from=1996&to=2025&slice=year").body();
        assertThat(d.findElement(By.id("an-year")).getText()).isEqualTo("1996");
        js().executeScript("const s = document.getElementById('an-slider'); s.value = '29'; s.dispatchEvent(new Event('input'));");
        wait.until(x -> "2025".equals(d.findElement(By.id("an-year")).getText()));
        List<String> ranked = d.findElements(By.cssSelector("#an-ranked li")).stream().map(WebElement::getText).toList();
        JsonNode last = once.at("/slices/29/ranked");
        assertThat(ranked).hasSize(last.size());
        for (int i = 0; i < last.size(); i++) assertThat(ranked.get(i)).startsWith(last.get(i).get("name").asText());
    }

    @Test
    void theDiffDrawsItsNodesWithTheirNamesAndTheirLabelsStyle() {
        WebDriverWait wait = open("");
        d.findElement(By.id("tab-analysis")).click();
        wait.until(x -> d.findElement(By.id("pane-analysis")).isDisplayed());
        d.findElement(By.id("an-from")).sendKeys("2023-01-01");
        d.findElement(By.id("an-to")).sendKeys("2025-02-01");
        d.findElement(By.id("an-diff")).click();
        wait.until(x -> !d.findElements(By.cssSelector(".an-added-list li")).isEmpty());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) js().executeScript(
                "return window.diplograph.cy.nodes().map(n => ({ id: n.id(), name: n.data('name'), label: n.data('label') || null,"
                        + " text: n.style('label'), shape: n.style('shape'), colour: n.style('background-color'),"
                        + " added: n.hasClass('an-added'), border: n.style('border-color') }));");
        assertThat(nodes).isNotEmpty();
        for (Map<String, Object> n : nodes) {
            assertThat(n.get("label")).as(n.get("id") + " has its model label").isNotNull();
            assertThat(n.get("text")).as(n.get("id") + " shows its name").isEqualTo(n.get("name")).isNotEqualTo("");
        }
        Map<String, Object> iran = nodes.stream().filter(n -> "state:IRN".equals(n.get("id"))).findFirst().orElseThrow();
        assertThat(iran.get("shape")).as("a State is drawn as every State is").isEqualTo("round-rectangle");
        assertThat(iran.get("colour")).isEqualTo("rgb(198,40,40)");
        JsonNode entered = t.get("/api/analysis/diff?from=2023-01-01&to=2025-02-01").body().get("entered");
        if (!entered.isEmpty()) {
            String id = entered.get(0).get("id").asText();
            Map<String, Object> n = nodes.stream().filter(x -> id.equals(x.get("id"))).findFirst().orElseThrow();
            assertThat(n.get("added")).as(id + " entered: marked added").isEqualTo(true);
            assertThat(n.get("border")).isEqualTo("rgb(44,160,44)");
        }
        Browser.screenshot(d, "AnalysisNotesBrowserTest-diff");
    }
}

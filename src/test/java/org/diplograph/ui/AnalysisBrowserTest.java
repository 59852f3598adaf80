package org.diplograph.ui;

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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 in the browser, on the seeds: the Analyse tab ranks entities (nodes sized by the metric, the list as the API
 * ranks them), colours blocs, and draws the diff between 2023 and February 2025 with the Iran–Russia treaty among the
 * added, whose evidence opens in the details panel.
 */
@ExtendWith(DiplographExtension.class)
class AnalysisBrowserTest {
    static TestApp t;
    static ChromeDriver d;

    @BeforeAll
    static void data() {
        t = TestApp.get();
        t.importSeeds();
        d = Browser.get();
    }

    @AfterEach
    void noJsErrors() {
        Browser.screenshot(d, "AnalysisBrowserTest");
        assertThat(Browser.errors(d)).as("JavaScript errors in the page").isEmpty();
    }

    private WebDriverWait open() {
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // the page redraws under a wait
        d.get(t.baseUrl() + "/");
        wait.until(x -> "true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready || null;")));
        d.findElement(By.id("tab-analysis")).click();
        wait.until(x -> d.findElement(By.id("pane-analysis")).isDisplayed());
        return wait;
    }

    @Test
    void centralityBlocsAndTheDiffAreDrawnWithTheirLists() {
        WebDriverWait wait = open();
        d.findElement(By.id("an-run")).click();
        wait.until(x -> d.findElements(By.cssSelector("#an-ranked li")).size() == 25);
        String top = t.get("/api/analysis/centrality?metric=degree&limit=25").body().at("/slices/0/ranked/0/name").asText();
        assertThat(d.findElement(By.cssSelector("#an-ranked li")).getText()).startsWith(top);
        JavascriptExecutor js = (JavascriptExecutor) d;
        Object nodes = js.executeScript("return window.diplograph.cy.nodes().length;");
        assertThat(((Number) nodes).intValue()).isEqualTo(25);
        String firstId = t.get("/api/analysis/centrality?metric=degree&limit=25").body().at("/slices/0/ranked/24/id").asText();
        String topId = t.get("/api/analysis/centrality?metric=degree&limit=25").body().at("/slices/0/ranked/0/id").asText();
        double big = ((Number) js.executeScript("return window.diplograph.cy.getElementById(arguments[0]).width();", topId)).doubleValue();
        double small = ((Number) js.executeScript("return window.diplograph.cy.getElementById(arguments[0]).width();", firstId)).doubleValue();
        assertThat(big).as("the most central node is drawn larger").isGreaterThan(small);

        d.findElement(By.id("an-blocs")).click();
        wait.until(x -> !d.findElements(By.cssSelector("#an-results .an-swatch")).isEmpty());
        String colour = d.findElement(By.cssSelector("#an-results .an-swatch")).getCssValue("background-color");
        assertThat(colour).isEqualTo("rgba(31, 119, 180, 1)"); // bloc 1: #1f77b4

        d.findElement(By.id("an-from")).sendKeys("2023-01-01");
        d.findElement(By.id("an-to")).sendKeys("2025-02-01");
        d.findElement(By.id("an-diff")).click();
        wait.until(x -> !d.findElements(By.cssSelector(".an-added-list li")).isEmpty());
        List<WebElement> added = d.findElements(By.cssSelector(".an-added-list li button"));
        WebElement treaty = added.stream().filter(b -> b.getText().contains("Comprehensive Strategic Partnership")).findFirst().orElseThrow();
        Object green = js.executeScript("return window.diplograph.cy.edges('.an-added').length;");
        assertThat(((Number) green).intValue()).isEqualTo(added.size());
        treaty.click();
        wait.until(x -> !d.findElements(By.cssSelector("#details blockquote")).isEmpty());
        assertThat(d.findElement(By.cssSelector("#details blockquote")).getText()).contains("Comprehensive Strategic Partnership");
    }
}

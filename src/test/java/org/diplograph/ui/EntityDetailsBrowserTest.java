package org.diplograph.ui;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.diplograph.graph.EntityDetailsGroupsTest;
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
 * Issue 13, item 11 in the browser: the Details panel lists per-year memberships once per organization, with the
 * number of years and their span, and says when a list is cut.
 */
@ExtendWith(DiplographExtension.class)
class EntityDetailsBrowserTest {
    static TestApp t;
    static ChromeDriver d;

    @BeforeAll
    static void data() throws Exception {
        t = TestApp.get();
        t.clean();
        EntityDetailsGroupsTest.importOverHttp(t);
        d = Browser.get();
    }

    @AfterEach
    void noJsErrors() {
        Browser.screenshot(d, "EntityDetailsBrowserTest");
        assertThat(Browser.errors(d)).as("JavaScript errors in the page").isEmpty();
    }

    private List<WebElement> open(String id, String name) {
        WebDriverWait wait = Browser.waitFor(d, Duration.ofSeconds(20));
        d.get(t.baseUrl() + "/#view=neighborhood&focus=" + id.replace(":", "%3A"));
        wait.until(x -> "true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready || null;")));
        wait.until(x -> d.findElement(By.cssSelector("#details h2")).getText().equals(name));
        wait.until(x -> !d.findElements(By.xpath("//div[@id='entity-sections']/h3[text()='memberships']")).isEmpty());
        return d.findElements(By.xpath("//div[@id='entity-sections']/h3[text()='memberships']/following-sibling::ul[1]/li"));
    }

    @Test
    void membershipsAreOneLinePerOrganizationWithYearsAndSpan() {
        List<WebElement> items = open("state:IRN", "Iran");
        assertThat(items).hasSize(12);
        WebElement eco = items.stream().filter(li -> li.getText().startsWith("ECO")).findFirst().orElseThrow();
        assertThat(eco.getText()).contains("20×").contains("1990–2009");
        assertThat(d.findElements(By.cssSelector("#entity-sections .cut-note"))).isEmpty();

        List<WebElement> uzb = open("state:UZB", "Uzbekistan");
        assertThat(uzb).hasSize(200);
        assertThat(uzb.get(0).getText()).contains("2000").doesNotContain("×");
        assertThat(d.findElement(By.cssSelector("#entity-sections .cut-note")).getText())
                .isEqualTo("Showing 200 of 205 (205 relationships): the list is cut.");
    }
}

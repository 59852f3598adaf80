package org.diplograph.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: an article pasted without a title is named after its first line, not after its hash. */
class PastedTitleTest {
    @Test
    void theFirstLineNamesAnArticleWithoutATitle() {
        assertThat(ImportService.firstLineTitle("\n\n  Iran and Tajikistan sign a road map.\nMore text.")).isEqualTo("Iran and Tajikistan sign a road map.");
        assertThat(ImportService.firstLineTitle("source: Wire\npublished: 2025-01-16\n\nThe   talks began.")).isEqualTo("The talks began.");
        String long1 = "Kazakh Foreign Minister Murat Nurtleu met Uzbek President Shavkat Mirziyoyev in Tashkent on March 5, 2025, and spoke of water.";
        String t = ImportService.firstLineTitle(long1);
        assertThat(t).endsWith("…").hasSizeLessThanOrEqualTo(81).startsWith("Kazakh Foreign Minister Murat Nurtleu met Uzbek");
        assertThat(ImportService.firstLineTitle("<!doctype html>\n<p>x</p>")).isNull();
        assertThat(ImportService.firstLineTitle("  \n 2025 \n")).isNull();
    }
}

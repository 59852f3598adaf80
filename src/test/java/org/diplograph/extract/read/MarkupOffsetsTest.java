package org.diplograph.extract.read;

import org.diplograph.extract.Extractor;
import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Relation;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence offsets point into the original article even when the reader stripped HTML or Markdown from it: for every
 * relation of the corpus's HTML and Markdown articles, the original text between start and end is the quote.
 */
class MarkupOffsetsTest {
    private final Extractor x = new Extractor();

    @Test
    void everyQuoteOfAnHtmlOrMarkdownArticleIsTheOriginalTextAtItsOffsets() throws Exception {
        String[] articles = {"dev/d15-html-aze-uzb.html", "heldout/h19-html-pak-chn.html", "unseen7/y07-tokayev-tokyo.html",
                "dev/d24-markdown-cis.md"};
        for (String a : articles) {
            Path p = Path.of("src/test/resources/corpus", a);
            String raw = Files.readString(p);
            DocumentFacts d = x.extract(p.getFileName().toString(), raw);
            assertThat(d.text()).as(a).isEqualTo(raw);
            assertThat(d.relations()).as(a).isNotEmpty();
            int quotes = 0;
            for (Relation r : d.relations()) {
                for (Evidence e : r.evidence()) {
                    assertThat(raw.substring(e.start(), e.end())).as(a + " " + r.type() + " " + e.rule()).isEqualTo(e.quote());
                    quotes++;
                }
            }
            assertThat(quotes).as(a).isPositive();
        }
    }
}

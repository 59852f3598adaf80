package org.diplograph.extract.read;

import org.diplograph.extract.Extractor;
import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Relation;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /** HTML through jsoup: entities (named, accented, numeric), nested inline tags, furniture and a head with a title. */
    @Test
    void htmlWordsAndQuotesPointIntoTheOriginal() {
        String raw = "<!DOCTYPE html>\n<html><head><title>Talks &amp; deals</title><script>var x = '<p>';</script></head>\n"
                + "<body><nav><a href=\"/\">Home</a> | <a href=\"/w\">World</a></nav>\n<article>\n"
                + "<p>DUSHANBE &mdash; Tajik President <b>Emomali <i>Rahmon</i></b> met Iranian President Masoud Pezeshkian"
                + " in Dushanbe on Friday, the Tajik president&#8217;s office said.</p>\n"
                + "<p>European Council President Ant&oacute;nio Costa met Kazakh President Kassym-Jomart Tokayev in Astana"
                + " &ndash; a first &ldquo;strategic&rdquo; visit.</p>\n</article>\n"
                + "<aside><ul><li>Taylor Swift in Asia</li></ul></aside><footer>&copy; 2025 Desk</footer></body></html>\n";
        Article a = new ArticleReader().read("page.html", raw);
        assertThat(a.title()).isEqualTo("Talks & deals");
        assertThat(a.norm()).contains("Tajik President  Emomali  Rahmon   met", "Ant\u00f3nio Costa", "president's office",
                "\"strategic\"").doesNotContain("Home", "Taylor", "var x", "<p>", "&");
        assertThat(a.dropped()).extracting(DocumentFacts.Dropped::reason).containsExactly("navigation", "related-content", "navigation");
        for (DocumentFacts.Dropped d : a.dropped()) assertThat(raw.substring(d.start(), d.end())).isEqualTo(d.text());
        for (String w : List.of("Emomali", "Rahmon", "Pezeshkian", "Costa", "Tokayev", "Astana", "strategic")) {
            int i = a.norm().indexOf(w);
            assertThat(raw.substring(a.rawStart(i), a.rawEnd(i + w.length()))).as(w).isEqualTo(w);
        }
        int o = a.norm().indexOf("Ant\u00f3nio");
        assertThat(raw.substring(a.rawStart(o), a.rawEnd(o + "Ant\u00f3nio".length()))).isEqualTo("Ant&oacute;nio");
        quotesAreTheOriginal("page.html", raw);
    }

    /** Markdown through commonmark-java: headings, strong and plain emphasis, links, an image, inline code, line ends. */
    @Test
    void markdownWordsAndQuotesPointIntoTheOriginal() {
        String raw = "title: Talks\n\n# Rahmon meets Pezeshkian\n\n![photo](https://x.y/p.jpg)\n"
                + "**Dushanbe, 17 January 2025** - Tajik President *Emomali Rahmon* met Iranian President\n"
                + "[Masoud Pezeshkian](https://x.y/pezeshkian) in Dushanbe, the `presidency` said.\n\n"
                + "Tehran \\& Dushanbe &amp; Kabul \\*agreed\\*.\n\n"
                + "*Follow us on [Telegram](https://t.me/x)*\n";
        Article a = new ArticleReader().read("a.md", raw);
        assertThat(a.title()).isEqualTo("Talks");
        assertThat(a.norm()).isEqualTo("Rahmon meets Pezeshkian\n\n\nDushanbe, 17 January 2025 - Tajik President Emomali "
                + "Rahmon met Iranian President\nMasoud Pezeshkian in Dushanbe, the presidency said.\n\nTehran & Dushanbe & Kabul *agreed*.\n\n"
                + "Follow us on Telegram\n");
        for (String w : List.of("Dushanbe, 17", "Emomali Rahmon", "Masoud Pezeshkian", "presidency", "Kabul", "agreed", "Telegram")) {
            int i = a.norm().indexOf(w);
            assertThat(raw.substring(a.rawStart(i), a.rawEnd(i + w.length()))).as(w).isEqualTo(w);
        }
        quotesAreTheOriginal("a.md", raw);
    }

    private void quotesAreTheOriginal(String name, String raw) {
        DocumentFacts d = x.extract(name, raw);
        assertThat(d.relations()).as(name).anyMatch(r -> r.type().equals("MET"));
        for (Relation r : d.relations()) {
            for (Evidence e : r.evidence()) assertThat(raw.substring(e.start(), e.end())).as(name + " " + r.type()).isEqualTo(e.quote());
        }
    }
}

package org.diplograph.extract.read;

import org.diplograph.extract.Extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Relation;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void headerBlockIsReadAndSkipped() {
        Article a = reader.read("x.txt", "title: Iran and Tajikistan\nsource: Daryo\nurl: https://x.y/z\n"
                + "published: 2025-01-18\n\nBody text here.");
        assertThat(a.title()).isEqualTo("Iran and Tajikistan");
        assertThat(a.source()).isEqualTo("Daryo");
        assertThat(a.url()).isEqualTo("https://x.y/z");
        assertThat(a.published()).isEqualTo("2025-01-18");
        assertThat(a.norm()).isEqualTo("Body text here.");
        assertThat(a.raw().charAt(a.rawStart(0))).isEqualTo('B');
    }

    @Test
    void htmlSavedIntoATxtFileIsReadAsHtmlWithNamedAccents() {
        Article a = reader.read("page.txt", "title: EU summit\n\n<nav><a href=\"/\">Home</a> | <a href=\"/w\">World</a></nav>\n"
                + "<p>European Council President Ant&oacute;nio Costa met J&ouml;rg in Samarkand.</p>\n<p>Second &euro;12 paragraph.</p>");
        assertThat(a.norm()).contains("Ant\u00f3nio Costa").contains("J\u00f6rg").contains("\u20ac12").doesNotContain("<p>")
                .doesNotContain("Home");
        int i = a.norm().indexOf("Costa");
        assertThat(a.raw().substring(a.rawStart(i), a.rawEnd(i + 5))).isEqualTo("Costa");
        assertThat(reader.read("plain.txt", "A line with a <b>bold</b> word.").norm()).contains("<b>");
    }

    @Test
    void noHeaderWhenFirstLinesAreText() {
        Article a = reader.read("x.txt", "Title: not a header because\nno blank line follows");
        assertThat(a.title()).isNull();
        assertThat(a.norm()).startsWith("Title:");
    }

    @Test
    void unicodeIsNormalisedAndOffsetsPointToTheOriginal() {
        String raw = "Iran\u2019s \u201Cpivot\u201D\u00A0to T\u00FCrkiye\u2014and Dushanbe";
        Article a = reader.read(null, raw);
        assertThat(a.norm()).isEqualTo("Iran's \"pivot\" to T\u00FCrkiye - and Dushanbe");
        int i = a.norm().indexOf("Dushanbe");
        assertThat(raw.substring(a.rawStart(i), a.rawEnd(i + "Dushanbe".length()))).isEqualTo("Dushanbe");
        int q = a.norm().indexOf("'s");
        assertThat(raw.charAt(a.rawStart(q))).isEqualTo('\u2019');
    }

    @Test
    void htmlTagsScriptsAndFurnitureAreStrippedWithOffsets() {
        String raw = "<html><head><title>T &amp; U</title><style>p{}</style></head><body><nav>Home | World</nav>"
                + "<p>Tajik President Emomali Rahmon met Iranian President Masoud Pezeshkian in Dushanbe.</p>"
                + "<script>var putin = 1;</script><aside>Latest: Taylor Swift</aside></body></html>";
        Article a = reader.read("page.html", raw);
        assertThat(a.title()).isEqualTo("T & U");
        assertThat(a.norm()).contains("Tajik President Emomali Rahmon").doesNotContain("putin", "Taylor", "Home", "p{}");
        assertThat(a.dropped()).extracting(DocumentFacts.Dropped::reason).contains("navigation", "related-content");
        int i = a.norm().indexOf("Emomali");
        assertThat(raw.substring(a.rawStart(i), a.rawEnd(i + 7))).isEqualTo("Emomali");
        DocumentFacts d = new Extractor().extract("page.html", raw);
        for (Relation r : d.relations()) {
            for (Evidence e : r.evidence()) assertThat(raw.substring(e.start(), e.end())).isEqualTo(e.quote());
        }
        assertThat(d.relations()).anyMatch(r -> r.type().equals("MET"));
    }

    @Test
    void markdownMarksAndLinkTargetsAreDropped() {
        Article a = reader.read("a.md", "# Title\n\n**Bold** text with a [link](https://example.com/x).");
        assertThat(a.norm()).isEqualTo("Title\n\nBold text with a link.");
    }

    @Test
    void checkContentRejectsBadInput() {
        assertThatThrownBy(() -> Extractor.checkContent("e.txt", new byte[0], 100))
                .isInstanceOf(ArticleException.class).hasMessageContaining("e.txt");
        assertThatThrownBy(() -> Extractor.checkContent("b.txt", new byte[] {'a', 0, 'b'}, 100))
                .isInstanceOfSatisfying(ArticleException.class, e -> assertThat(e.reason()).contains("binary"));
        assertThatThrownBy(() -> Extractor.checkContent("u.txt", new byte[] {'a', (byte) 0xC3, (byte) 0x28}, 100))
                .isInstanceOfSatisfying(ArticleException.class, e -> assertThat(e.reason()).contains("UTF-8"));
        assertThatThrownBy(() -> Extractor.checkContent("big.txt", new byte[200], 100))
                .isInstanceOfSatisfying(ArticleException.class, e -> {
                    assertThat(e.file()).isEqualTo("big.txt");
                    assertThat(e.reason()).contains("too large");
                });
        byte[] bom = "\uFEFFIran".getBytes(StandardCharsets.UTF_8);
        assertThat(Extractor.checkContent("ok.txt", bom, 100)).isEqualTo("Iran");
    }
}

package org.diplograph.extract;

import org.diplograph.extract.read.ArticleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Relation;
import org.junit.jupiter.api.Test;

/** Odd input never breaks extraction, and evidence offsets always hold. */
class RobustnessTest {
    private final Extractor x = new Extractor();

    private void valid(DocumentFacts d) {
        for (Relation r : d.relations()) {
            assertThat(r.evidence()).isNotEmpty();
            for (Evidence e : r.evidence()) assertThat(d.text().substring(e.start(), e.end())).isEqualTo(e.quote());
        }
    }

    @Test
    void randomTextAndMarkupDoNotBreakIt() {
        Random rnd = new Random(42);
        String[] pieces = {"Iranian President Masoud Pezeshkian", " met ", "<p>", "</p>", "<nav>", "&amp;", "&#x2014;",
                "\u2019s", "Tajikistan", ", ", ". ", "\n", "\n\n", "- ", "signed 23 documents", "Khaf-Herat railway",
                " linking Iran and Afghanistan", "\u00A0", "\uFEFF", "<script>", "on January 17", "SCO", "\"", "(",
                ")", "Related Articles\n", "# ", "**", "[x](y)", "the Treaty on ", "Five-Nation Rail Corridor", "\t"};
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + rnd.nextInt(40);
            for (int i = 0; i < len; i++) b.append(pieces[rnd.nextInt(pieces.length)]);
            String text = b.toString();
            if (text.isBlank()) continue;
            String name = switch (n % 4) { case 0 -> "a.html"; case 1 -> "a.md"; case 2 -> null; default -> "a.txt"; };
            valid(x.extract(name, text));
        }
    }

    @Test
    void longUnpunctuatedTextAndBlankInput() {
        valid(x.extract("long.txt", "Iran Tajikistan ".repeat(20000)));
        assertThatThrownBy(() -> x.extract("blank.txt", " \n\t ")).isInstanceOf(ArticleException.class);
    }

    /** One 150 KB "sentence" of names, titles and verbs with no punctuation. */
    private static String hostileSentence(int chars) {
        String[] words = {"President", "Vladimir", "Putin", "met", "Emomali", "Rahmon", "Foreign", "Minister", "Sergey",
                "Lavrov", "signed", "treaty", "with", "Iran", "visited", "Dushanbe", "and", "Tashkent", "Ilham", "Aliyev",
                "held", "talks", "Kazakh", "Tokayev"};
        Random r = new Random(7);
        StringBuilder b = new StringBuilder();
        while (b.length() < chars) b.append(words[r.nextInt(words.length)]).append(' ');
        return b.toString();
    }

    @Test
    void anOverlongSentenceIsCutSoThatNoQuoteExceedsItsBound() {
        DocumentFacts d = x.extract("hostile.txt", hostileSentence(12_000));
        valid(d);
        assertThat(d.relations()).isNotEmpty();
        for (Relation r : d.relations()) {
            for (Evidence e : r.evidence()) assertThat(e.quote().length()).isLessThanOrEqualTo(Quotes.MAX_QUOTE);
        }
    }

    @Test
    void anArticleWithMoreFactsThanAnArticleHasFailsNamingTheCause() {
        assertThatThrownBy(() -> x.extract("hostile.txt", hostileSentence(150_000)))
                .isInstanceOf(ArticleException.class).hasMessageContaining("too many facts");
    }

    @Test
    void anArticleOverItsTimeBudgetFailsAloneNamingTheCause() {
        Extractor strict = new Extractor(java.time.Duration.ofMillis(200));
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> strict.extract("hostile.txt", hostileSentence(400_000)))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("longer than its budget")
                .hasMessageNotContainingAny("retry", "Retry");
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds past the budget").isLessThan(10);
    }
}

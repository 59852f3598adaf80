package org.diplograph.extract.clean;

import org.diplograph.extract.Extractor;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.junit.jupiter.api.Test;

class CleanerTest {
    private final Extractor extractor = new Extractor();

    private DocumentFacts run(String text) {
        return extractor.extract("t.txt", text);
    }

    @Test
    void seoLinkListsAreDroppedButContentBulletsKept() {
        DocumentFacts d = run("Iran and Tajikistan signed a memorandum of understanding on security cooperation.\n"
                + "- Angelina Jolie Net Worth\n- Brad Pitt New Girlfriend\n- Best VPN For Gaming\n"
                + "- Kazakhstan and Kyrgyzstan are members of the Eurasian Economic Union.\n");
        assertThat(d.dropped()).singleElement().satisfies(x -> {
            assertThat(x.reason()).isEqualTo("seo-link-list");
            assertThat(x.text()).startsWith("- Angelina").endsWith("Gaming");
            assertThat(d.text().substring(x.start(), x.end())).isEqualTo(x.text());
        });
        assertThat(d.entities()).extracting(Entity::id).noneMatch(id -> id.contains("jolie") || id.contains("pitt"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("MEMBER_OF") && r.source().equals("state:KAZ"));
    }

    @Test
    void furnitureLinesAndTailsAreDroppedWithReasons() {
        DocumentFacts d = run("Home | World | Politics\n"
                + "Uzbek President Shavkat Mirziyoyev visited Ashgabat on March 3, 2024 and held talks with Turkmen "
                + "President Serdar Berdimuhamedov about the Kazakhstan-Turkmenistan-Iran railway and gas exports.\n"
                + "Follow us on Telegram and Twitter\n"
                + "0 Comments\nSubmit a Comment\n"
                + "Related Articles\nPutin meets Xi in Beijing\nModi visits Washington\n");
        assertThat(d.dropped()).extracting(DocumentFacts.Dropped::reason)
                .containsExactly("navigation", "social-links", "comment-prompt", "related-content");
        assertThat(d.entities()).extracting(Entity::id)
                .doesNotContain("person:vladimir-putin", "person:xi-jinping", "person:narendra-modi", "state:USA");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("MET"));
    }

    @Test
    void trailingHeadlineListIsDropped() {
        DocumentFacts d = run("Iranian Foreign Minister Abbas Araghchi met his Tajik counterpart Sirojiddin Muhriddin "
                + "in Dushanbe, where the two ministers discussed transit, security and the drug trade along the "
                + "border with Afghanistan for several hours.\n\n"
                + "Israel Strikes Targets In Lebanon\nKim Kardashian Announces New Show\n");
        assertThat(d.dropped()).extracting(DocumentFacts.Dropped::reason).containsExactly("trailing-headlines");
        assertThat(d.entities()).extracting(Entity::id).doesNotContain("state:ISR", "state:LBN");
    }

    @Test
    void readersCommentsUnderACommentsHeadingAreDropped() {
        DocumentFacts d = run("Tajik Transport Minister Azim Ibrohim met Chinese officials in Khorog on Tuesday.\n\n"
                + "Comments (2)\nFarrukh_K: Good news, but when will they fix the road to Afghanistan?\n"
                + "Guest: Uzbekistan built its roads faster than us.\n");
        assertThat(d.dropped()).extracting(DocumentFacts.Dropped::reason).containsExactly("comment-prompt");
        assertThat(d.dropped().get(0).text()).contains("Farrukh_K").contains("faster than us");
        assertThat(d.entities()).extracting(Entity::id).doesNotContain("state:AFG", "state:UZB");
    }
}

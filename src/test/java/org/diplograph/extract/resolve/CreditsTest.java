package org.diplograph.extract.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** A photo credit at the end of a caption names nobody in the story. */
class CreditsTest {
    @Test
    void namesBetweenSlashesAfterTheFullStopAreACredit() {
        DocumentFacts d = extract("Russia's President Vladimir Putin and India's Prime Minister Narendra Modi attend a meeting "
                + "near Moscow, Russia July 8, 2024. / Reuters/Sputnik/Gavriil Grigorov/Pool");
        assertThat(d.entities()).noneMatch(e -> e.id().equals("person:gavriil-grigorov") || e.id().equals("org:sputnik"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("MET") && r.source().equals("person:narendra-modi"));
    }

    @Test
    void aDatelineAgencyIsNamedUnlessItIsThePublisher() {
        String text = "BEIJING, June 6 (Xinhua) -- Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev.";
        DocumentFacts other = org.diplograph.extract.RuleFacts.extractArticle("a.txt",
                "title: Xi meets Tokayev\nsource: Women of China (womenofchina.cn)\n\n" + text);
        assertThat(other.entities()).anyMatch(e -> e.id().equals("org:xinhua"));
        DocumentFacts own = org.diplograph.extract.RuleFacts.extractArticle("b.txt",
                "title: Xi meets Tokayev\nsource: Xinhua (news.cn)\n\n" + text);
        assertThat(own.entities()).noneMatch(e -> e.id().equals("org:xinhua"));
    }
}

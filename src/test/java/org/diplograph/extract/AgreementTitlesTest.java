package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** A capitalised agreement head with a lower-case topic is one agreement with its topic in the title. */
class AgreementTitlesTest {
    private static final Extractor X = new Extractor();

    @Test
    void capitalisedHeadWithLowerCaseTopic() {
        DocumentFacts d = X.extract("treaty.txt", "Uzbek President Shavkat Mirziyoyev and Azerbaijani President "
                + "Ilham Aliyev signed a Treaty on allied relations on Friday.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("PARTY_TO") && r.source().equals("state:UZB")
                && r.target().startsWith("agreement:treaty-on-allied-relations"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.source().equals("person:ilham-aliyev")
                && r.target().startsWith("agreement:treaty-on-allied-relations"));
    }

    @Test
    void headlineInTitleCaseIsNotATopic() {
        DocumentFacts d = X.extract("head.txt", "Treaty On Allied Relations Signed\n\nThe two presidents met in Baku.");
        assertThat(d.entities()).noneMatch(e -> e.id().startsWith("agreement:treaty-on-allied"));
    }

    @Test
    void aPressStatementIsNoAgreementAndATopicCutAfterTheIsNone() {
        DocumentFacts d = X.extract("press.txt", "In a press statement on the sidelines of the forum, Uzbek President "
                + "Shavkat Mirziyoyev and Azerbaijani President Ilham Aliyev said they had signed a deal on the "
                + "**Baku railway**.");
        assertThat(d.entities()).noneMatch(e -> e.id().startsWith("agreement:press-statement"));
        assertThat(d.entities()).noneMatch(e -> e.id().startsWith("agreement:deal-on-the"));
        d = X.extract("this.txt", "Iranian Foreign Minister Hossein Amir-Abdollahian said Iran and Bulgaria had signed an "
                + "agreement on this.");
        assertThat(d.entities()).noneMatch(e -> e.id().startsWith("agreement:agreement-on-this"));
    }
}

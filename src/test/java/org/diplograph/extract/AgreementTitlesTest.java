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

    /** real15 (r305): what an agreement is to do is its topic; "the agreement to be signed" has none. */
    @Test
    void anAgreementToDoSomethingHasThatForItsTopic() {
        DocumentFacts d = X.extract("to.txt", "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan "
                + "signed an agreement to end hostilities on Friday.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.source().equals("person:ilham-aliyev")
                && r.target().startsWith("agreement:agreement-to-end-hostilities"));
        d = X.extract("be.txt", "Iran and Armenia said the agreement to be signed next year would cover transit.");
        assertThat(d.entities()).noneMatch(e -> e.id().startsWith("agreement:agreement-to-be"));
    }

    /** real15 (r309): "financing and construction of X" is one topic, the two nouns sharing what follows "of". */
    @Test
    void twoNounsSharingAnOfAreOneTopic() {
        DocumentFacts d = X.extract("of.txt", "Russia and Iran signed a deal on financing and construction of an Iranian "
                + "railway line to facilitate regional trade.");
        assertThat(d.entities()).anyMatch(e -> e.id().startsWith(
                "agreement:deal-on-financing-and-construction-of-an-iranian-railway-line"));
    }
}

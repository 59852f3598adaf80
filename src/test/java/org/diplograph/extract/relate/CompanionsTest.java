package org.diplograph.extract.relate;

import static org.diplograph.extract.RuleFacts.assertNoRelation;
import static org.diplograph.extract.RuleFacts.assertRelation;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.relation;
import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Companions: who is "accompanied on the trip by" a visitor went where he went. */
class CompanionsTest {

    /** real18 (r367): the companions named after the visitor's arrival, with a pronoun for him. */
    @Test
    void companionsOnTheTripVisitedWhereTheVisitorWent() {
        DocumentFacts d = extract("Chinese President Xi Jinping has arrived in Kazakhstan ahead of the summit. He is "
                + "accompanied on the trip by top aide Cai Qi and Foreign Minister Wang Yi, and was greeted on arrival in "
                + "Astana on Monday by Kazakh President Kassym-Jomart Tokayev.");
        assertRelation(d, "VISITED", "person:cai-qi", "state:KAZ", "visit-accompanied");
        assertRelation(d, "VISITED", "person:wang-yi", "state:KAZ", "visit-accompanied");
        assertNoRelation(d, "VISITED", "person:kassym-jomart-tokayev", "state:KAZ");
    }

    /** real6 (r122): "accompanied by his oil minister, A, as well as his foreign minister, B, to participate in ...". */
    @Test
    void aListWithAsWellAs() {
        DocumentFacts d = extract("President Raisi was visiting Qatar accompanied by his oil minister, Javad Owji, as well "
                + "as his foreign minister, Hossein Amirabdollahian, to participate in the forum held in Doha.");
        assertThat(relation(d, "VISITED", "person:javad-owji", "state:QAT")).isNotNull(); // by the visit's own rule
        assertRelation(d, "VISITED", "person:hossein-amir-abdollahian", "state:QAT", "visit-accompanied");
        assertRelation(d, "VISITED", "person:hossein-amir-abdollahian", "place:doha", "visit-accompanied");
    }

    /** real5 (r109): a delegation accompanied by the hosts' ministers: they are not the article's visitor's companions. */
    @Test
    void aDelegationsEscortsAreNoCompanionsOfTheVisitor() {
        DocumentFacts d = extract("Kuwait's Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah visited China in September 2023. "
                + "The delegation, accompanied by Minister of Public Works Noura Al-Mashaan, toured the port.");
        assertNoRelation(d, "VISITED", "person:noura-al-mashaan", "state:CHN");
    }
}

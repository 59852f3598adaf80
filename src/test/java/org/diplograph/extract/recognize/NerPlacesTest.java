package org.diplograph.extract.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.assertEntity;
import static org.diplograph.extract.RuleFacts.assertNoEntity;
import static org.diplograph.extract.RuleFacts.assertRelation;
import static org.diplograph.extract.RuleFacts.extract;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Towns the gazetteers do not know, from the tagger's LOCATION after "in", "to", "from" or "near". */
class NerPlacesTest {

    @Test
    void anUnknownTownAfterInIsAPlaceAndItsVisitIsKept() {
        DocumentFacts d = extract("South African President Cyril Ramaphosa made the announcement at a BRICS summit in "
                + "Johannesburg. Indian Prime Minister Narendra Modi arrived in Johannesburg on Tuesday.");
        assertEntity(d, "place:johannesburg", "Place", "ner-place");
        assertRelation(d, "VISITED", "person:narendra-modi", "place:johannesburg", "visit");
    }

    /** real19 (r378): a heading's word that the article also writes in lower case is no town. */
    @Test
    void notAWordTheArticleAlsoWritesInLowerCase() {
        String heading = "\nCollaboration in Aerospace and Outer Space\nThe sides agreed to launch a satellite.";
        assertEntity(extract("Both leaders witnessed the exchange of documents on trade and media." + heading),
                "place:aerospace", "Place", "ner-place");
        assertNoEntity(extract("Both leaders witnessed the exchange of documents on trade, aerospace and media." + heading),
                "place:aerospace");
    }

    @Test
    void notAContinentNorAPersonsSurname() {
        DocumentFacts d = extract("Tajik President Emomali Rahmon spoke with Xi Jinping. Exports to Asia grew. A letter "
                + "was sent to Rahmon from Beijing.");
        assertNoEntity(d, "place:asia");
        assertNoEntity(d, "place:rahmon");
        assertThat(d.entities()).anyMatch(e -> e.id().equals("person:emomali-rahmon"));
    }
}

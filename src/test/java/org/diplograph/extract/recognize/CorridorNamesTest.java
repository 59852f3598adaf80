package org.diplograph.extract.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.assertEntity;
import static org.diplograph.extract.RuleFacts.assertNoEntityLabelled;

import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.junit.jupiter.api.Test;

/** Rule family corridors: corridor names no gazetteer holds, by their keyword or as "the port of X". */
class CorridorNamesTest {

    @Test
    void aHyphenatedNameBeforeItsKeywordWithThePlacesItLinks() {
        DocumentFacts d = extract("The Nokundi-Gwadar Railway will be built by 2030.");
        Entity c = assertEntity(d, "corridor:nokundi-gwadar-railway", "Corridor", "corridor-pattern");
        assertThat(c.properties()).containsEntry("kind", "railway");
        assertEntity(d, "place:nokundi", "Place", "corridor-name");
        assertEntity(d, "place:gwadar", "Place", "corridor-name");
    }

    @Test
    void thePortOfAPlace() {
        Entity c = assertEntity(extract("Investors want to expand the port of Pasni this year."),
                "corridor:pasni-port", "Corridor", "corridor-port-of");
        assertThat(c.properties()).containsEntry("kind", "port");
    }

    @Test
    void aLoneStateOrDemonymBeforeTheKeywordIsNoName() {
        assertNoEntityLabelled(extract("The Iranian port handles grain, and the Iran railway carries it north."),
                "Corridor");
    }
}

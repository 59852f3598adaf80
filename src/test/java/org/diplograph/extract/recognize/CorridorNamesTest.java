package org.diplograph.extract.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.hasEntity;
import static org.diplograph.extract.RuleFacts.hasNoEntityLabelled;

import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.junit.jupiter.api.Test;

/** Rule family corridors: corridor names no gazetteer holds, by their keyword or as "the port of X". */
class CorridorNamesTest {

    @Test
    void aHyphenatedNameBeforeItsKeywordWithThePlacesItLinks() {
        DocumentFacts d = extract("The Nokundi-Gwadar Railway will be built by 2030.");
        Entity c = hasEntity(d, "corridor:nokundi-gwadar-railway", "Corridor", "corridor-pattern");
        assertThat(c.properties()).containsEntry("kind", "railway");
        hasEntity(d, "place:nokundi", "Place", "corridor-name");
        hasEntity(d, "place:gwadar", "Place", "corridor-name");
    }

    @Test
    void thePortOfAPlace() {
        Entity c = hasEntity(extract("Investors want to expand the port of Pasni this year."),
                "corridor:pasni-port", "Corridor", "corridor-port-of");
        assertThat(c.properties()).containsEntry("kind", "port");
    }

    @Test
    void aLoneStateOrDemonymBeforeTheKeywordIsNoName() {
        hasNoEntityLabelled(extract("The Iranian port handles grain, and the Iran railway carries it north."),
                "Corridor");
    }
}

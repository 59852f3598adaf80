package org.diplograph.extract.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.assertNoRelation;
import static org.diplograph.extract.RuleFacts.assertRelation;
import static org.diplograph.extract.RuleFacts.relation;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Connection rules: CONNECTS from a corridor's hyphenated name and from "links/connects/from ... to". */
class ConnectionRulesTest {
    private static final String RAILWAY = "corridor:trans-afghan-railway";

    @Test
    void theNameConnectsItsPlacesInOrder() {
        DocumentFacts d = extract("The Nokundi-Gwadar Railway will be built by 2030.");
        String c = "corridor:nokundi-gwadar-railway";
        assertRelation(d, "CONNECTS", c, "place:nokundi", "corridor-name");
        assertRelation(d, "CONNECTS", c, "place:gwadar", "corridor-name");
        assertThat(relation(d, "CONNECTS", c, "place:nokundi").properties()).containsEntry("order", 1);
        assertThat(relation(d, "CONNECTS", c, "place:gwadar").properties()).containsEntry("order", 2);
    }

    @Test
    void aCorridorThatConnectsOrRunsFromTo() {
        DocumentFacts d = extract("The Trans-Afghan Railway connects Uzbekistan with Pakistan.");
        assertRelation(d, "CONNECTS", RAILWAY, "state:UZB", "corridor-links");
        assertRelation(d, "CONNECTS", RAILWAY, "state:PAK", "corridor-links");
        d = extract("The Trans-Afghan Railway runs from Termez to Peshawar.");
        assertRelation(d, "CONNECTS", RAILWAY, "place:termez", "corridor-links");
        assertRelation(d, "CONNECTS", RAILWAY, "place:peshawar", "corridor-links");
    }

    @Test
    void theRailwayOfTheSentenceBefore() {
        DocumentFacts d = extract("The Trans-Afghan Railway is under construction. The railway connects Uzbekistan with "
                + "Pakistan.");
        assertRelation(d, "CONNECTS", RAILWAY, "state:UZB", "corridor-links");
        assertRelation(d, "CONNECTS", RAILWAY, "state:PAK", "corridor-links");
    }

    @Test
    void noConnectionWhenNegated() {
        assertNoRelation(extract("The Trans-Afghan Railway does not connect Uzbekistan with Pakistan."), "CONNECTS");
    }

    /** Issue 12's precision trap: a hedge gives no CONNECTS. */
    @Test
    void noConnectionWhenHedged() {
        assertNoRelation(extract("The Trans-Afghan Railway could connect Uzbekistan with Pakistan."), "CONNECTS");
        assertNoRelation(extract("The Trans-Afghan Railway might one day link Uzbekistan and Pakistan."), "CONNECTS");
    }

    /**
     * real19 (r385): a corridor known by its acronym, spelled out as the chain of states it links after its keyword
     * ("pipeline Turkmenistan-Afghanistan-Pakistan-India (TAPI)"), connects them, even where its building is to come.
     */
    @Test
    void theStatesThatSpellOutACorridorsAcronym() {
        DocumentFacts d = extract("Turkmenistan will encourage the construction of the transnational gas pipeline "
                + "Turkmenistan-Afghanistan-Pakistan-India (TAPI).");
        for (String s : new String[] {"state:TKM", "state:AFG", "state:PAK", "state:IND"}) {
            assertRelation(d, "CONNECTS", "corridor:tapi-pipeline", s, "corridor-states-acronym");
        }
    }
}

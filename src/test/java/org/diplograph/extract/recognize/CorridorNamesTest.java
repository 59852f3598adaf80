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

    /** real19 (r371, r382): a two-word name no gazetteer knows may be a person's ("Shahid Beheshti"), not two towns. */
    @Test
    void twoUnknownWordsJoinedByAHyphenAreNoTowns() {
        DocumentFacts d = extract("India will operate the Shahid-Behesti terminal of the Chabahar port for ten years.");
        assertThat(d.entities()).extracting(Entity::id).contains("corridor:shahid-behesti-terminal")
                .doesNotContain("place:shahid", "place:behesti");
    }

    /** real19 (r384): "natural gas" between the name and "pipeline" is what it carries; the name's places link it. */
    @Test
    void aNaturalGasPipelineLinksThePlacesOfItsName() {
        DocumentFacts d = extract("The parties agreed to safeguard the Kazakh segment of the Turkmenistan-China natural gas "
                + "pipeline.");
        assertEntity(d, "corridor:turkmenistan-china-gas-pipeline", "Corridor", "corridor-pattern");
        assertThat(d.relations()).filteredOn(r -> r.type().equals("CONNECTS")).extracting(r -> r.target())
                .containsExactlyInAnyOrder("state:TKM", "state:CHN");
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

    @Test
    void enDashesJoinANameAndASpacedDashBetweenPlacesToo() {
        DocumentFacts d = extract("They praised the Baku\u2013Tbilisi\u2013Ceyhan oil pipeline and agreed to complete the 30 km "
                + "Shalamcheh \u2013 Basra railway.");
        assertThat(d.entities()).extracting(e -> e.id()).contains("corridor:baku-tbilisi-ceyhan-oil-pipeline",
                "corridor:shalamcheh-basra-railway");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("CONNECTS") && r.source().equals("corridor:shalamcheh-basra-railway")
                && r.target().equals("place:basra"));
    }
    @Test
    void aChainBeforeAnAcronymInParenthesesNamesThePlacesItLinks() {
        DocumentFacts d = extract("They discussed the Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline on Monday.");
        for (String s : new String[] {"state:TKM", "state:AFG", "state:PAK", "state:IND"}) {
            assertThat(d.relations()).as(s).anyMatch(r -> r.type().equals("CONNECTS")
                    && r.source().equals("corridor:tapi-pipeline") && r.target().equals(s));
        }
        d = extract("They discussed the Kazakhstan-Turkmenistan-Iran (KTI) railway on Monday.");
        assertThat(d.relations()).filteredOn(r -> r.type().equals("CONNECTS")
                && r.source().equals("corridor:kazakhstan-turkmenistan-iran-kti-railway")).hasSize(3);
    }
    @Test
    void anAdjectiveAfterTheAcronymAndTheTextsSpellingOfAKnownTown() {
        DocumentFacts d = extract("They discussed the Turkmenistan-Afghanistan-Pakistan-India (TAPI) transnational gas pipeline.");
        assertThat(d.relations()).filteredOn(r -> r.type().equals("CONNECTS") && r.source().equals("corridor:tapi-pipeline"))
                .hasSize(4);
        d = extract("Kazakhstan will invest in the development of the Herat-Torghundi railway.");
        assertThat(d.entities()).anyMatch(e -> e.id().equals("place:turgundi") && e.aliases().contains("Torghundi"));
    }
    @Test
    void theBeltAndRoadIsAnInitiativeAndTheSilkRoadARegionNotCorridors() {
        for (String s : new String[] {"China and Pakistan cooperate under the Belt and Road Initiative (BRI).",
                "Xi spoke at the Chinese Belt and Road Forum.",
                "The Belt & Road Initiative & the Global Development Initiative are priorities.",
                "Banners were set up across the Silk Road city of Xian.", "Pashinyan attended the Silk Road Forum."}) {
            assertNoEntityLabelled(extract(s), "Corridor");
        }
    }
    @Test
    void whatACorridorCarriesStandsBetweenItsNameAndKeyword() {
        DocumentFacts d = extract("Georgia, Azerbaijan, Romania and Hungary signed the Black Sea submarine electricity cable "
                + "project in Bucharest.");
        assertThat(d.entities()).filteredOn(e -> e.label().equals("Corridor")).extracting(Entity::id)
                .containsExactly("corridor:black-sea-cable");
    }

    /** real18 (r361), real14 (r277): "power transmission line(s)", also after "high-voltage", is a corridor's kind. */
    @Test
    void powerTransmissionLines() {
        DocumentFacts d = extract("The other projects are the Turkmenistan-Afghanistan-Pakistan high-voltage power "
                + "transmission lines, and railways.");
        assertThat(d.entities()).anyMatch(e -> e.label().equals("Corridor") && e.id().contains("turkmenistan-afghanistan-pakistan")
                && e.id().contains("power"));
        assertThat(extract("They opened the Datka-Sughd power transmission line.").entities())
                .anyMatch(e -> e.id().equals("corridor:datka-sughd-power-transmission-line"));
    }

    /** real9 (r171): "the A-B-C (TAP) power transmission line ... the TAP power transmission line" is one corridor. */
    @Test
    void aCorridorByItsAcronymIsTheOneNamedWithTheChainAndThatAcronym() {
        DocumentFacts d = extract("They discussed the Turkmenistan-Afghanistan-Pakistan (TAP) power transmission line "
                + "projects. The sides agreed to hold a meeting on the TAP power transmission line soon.");
        assertThat(d.entities()).filteredOn(e -> e.label().equals("Corridor")).extracting(Entity::id)
                .containsExactly("corridor:turkmenistan-afghanistan-pakistan-tap-power-transmission-line");
    }
}

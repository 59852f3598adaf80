package org.diplograph.extract.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.assertEntity;
import static org.diplograph.extract.RuleFacts.assertNoRelation;
import static org.diplograph.extract.RuleFacts.assertRelation;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.relation;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Place rules: LOCATED_IN of places and corridors in their states, from each way a text states it. */
class PlaceRulesTest {

    @Test
    void aPlaceNounOfAState() {
        assertRelation(extract("Trucks reached the Iranian port of Chabahar on Monday."), "LOCATED_IN",
                "corridor:chabahar-port", "state:IRN", "demonym-place-of");
        assertRelation(extract("Trucks crossed into the Uzbek border city of Sariosiyo on Monday."), "LOCATED_IN",
                "place:sariosiyo", "state:UZB", "demonym-place-of");
    }

    @Test
    void aMixedCaseDatelineIsAPlaceButNoVenue() {
        DocumentFacts d = extract("Islamabad: In a landmark bilateral meeting, Pakistan's Prime Minister Shehbaz Sharif "
                + "welcomed Kyrgyz President Sadyr Japarov on his state visit.");
        assertEntity(d, "place:islamabad", "Place", "capital-place");
        assertThat(relation(d, "LOCATED_IN", "place:islamabad", "state:PAK")).isNotNull();
        // the desk's city, not the venue's: "the two leaders met" says nothing of where
        DocumentFacts e = extract("New Delhi: Indian Prime Minister Narendra Modi and UAE President Mohamed bin Zayed "
                + "met on Tuesday and witnessed the signing of four MoUs.");
        assertNoRelation(e, "VISITED", "person:mohamed-bin-zayed", "place:new-delhi");
    }

    @Test
    void theCapitalOfAndAPossessiveState() {
        assertRelation(extract("Dushanbe, the capital of Tajikistan, hosted the forum."), "LOCATED_IN", "place:dushanbe",
                "state:TJK", "capital-of");
        assertRelation(extract("Trade grew in Iran's Sistan and Baluchestan province last year."), "LOCATED_IN",
                "place:sistan-and-baluchestan", "state:IRN", "possessive-place");
    }

    @Test
    void placeCommaStateAndLocatedIn() {
        assertRelation(extract("Trade grew in Herat, Afghanistan last year."), "LOCATED_IN", "place:herat", "state:AFG",
                "place-comma-state");
        assertRelation(extract("The Sarez Dam is located in Tajikistan."), "LOCATED_IN", "corridor:sarez-dam", "state:TJK",
                "located-in");
    }

    /** real14 (r276): a venue whose name holds a capital is a place of its own, in the capital's state. */
    @Test
    void aVenueNamedForItsCityIsInThatCitysState() {
        DocumentFacts d = extract("The presidential airplane arrived at the Beijing Capital International Airport on Monday.");
        assertRelation(d, "LOCATED_IN", "place:beijing-capital-international-airport", "state:CHN", "venue-named-for");
        assertRelation(extract("The guests landed at Dushanbe International Airport."), "LOCATED_IN",
                "place:dushanbe-international-airport", "state:TJK", "venue-named-for");
        // real14 (r284): an airport's namesake is no person of the article
        DocumentFacts k = extract("Xi Jinping arrived at King Khalid International Airport, where he was received by officials.");
        org.assertj.core.api.Assertions.assertThat(k.entities()).extracting(e -> e.id())
                .contains("place:king-khalid-international-airport").doesNotContain("person:khalid");
    }

    @Test
    void aPlaceBeforeAListOfStatesIsInNoneOfThem() {
        assertNoRelation(extract("Trade grew in Herat, Iran and Turkey last year."), "LOCATED_IN", "place:herat",
                "state:IRN");
    }

    @Test
    void aGazetteerPlaceIsInItsStateWhenTheArticleNamesThatState() {
        DocumentFacts d = extract("Afghanistan and Uzbekistan discussed a railway to Herat on May 10.");
        assertRelation(d, "LOCATED_IN", "place:herat", "state:AFG", "place-gazetteer-state");
        assertNoRelation(extract("Uzbekistan discussed a railway to Herat on May 10."), "LOCATED_IN", "place:herat",
                "state:AFG");
    }

    @Test
    void aVenueWhereAVisitorHeldTalksIsInTheStateHeVisited() {
        DocumentFacts d = extract("Iranian President Ebrahim Raisi arrived in Oman on Monday. Raisi and Sultan Haitham bin "
                + "Tarik held talks at the Bait Al Baraka Palace.");
        assertRelation(d, "LOCATED_IN", "place:bait-al-baraka-palace", "state:OMN", "venue-visit-state");
        assertRelation(d, "VISITED", "person:ebrahim-raisi", "place:bait-al-baraka-palace", "visit-event-venue");
        // a visitor of two states: which one the venue is in is not said
        d = extract("Iranian President Ebrahim Raisi arrived in Oman on Monday and in Qatar on Tuesday. Raisi and Sultan "
                + "Haitham bin Tarik held talks at the Bait Al Baraka Palace.");
        assertNoRelation(d, "LOCATED_IN", "place:bait-al-baraka-palace", "state:OMN");
    }

    /** real15 (r294): "the Kremlin" is a venue where a rule reads it as one, in Russia; "according to the Kremlin" is not. */
    @Test
    void aVenueThatAlsoNamesAGovernmentIsAPlaceOnlyInContext() {
        DocumentFacts d = extract("Xi Jinping arrived in Russia and was received at the Kremlin on Tuesday.");
        assertEntity(d, "place:kremlin", "Place", "venue-in-context");
        assertRelation(d, "LOCATED_IN", "place:kremlin", "state:RUS", "place-gazetteer-state");
        assertThat(extract("The talks went well, according to the Kremlin. The Kremlin said Putin would visit Ankara.")
                .entities()).noneMatch(e -> e.id().equals("place:kremlin"));
        assertEntity(extract("The two leaders met at the People's Great Hall in Beijing."), "place:great-hall-of-the-people",
                "Place", "place-gazetteer");
    }
}

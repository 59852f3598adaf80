package org.diplograph.extract.relate;

import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.hasNoRelation;
import static org.diplograph.extract.RuleFacts.hasRelation;

import org.junit.jupiter.api.Test;

/** Place rules: LOCATED_IN of places and corridors in their states, from each way a text states it. */
class PlaceRulesTest {

    @Test
    void aPlaceNounOfAState() {
        hasRelation(extract("Trucks reached the Iranian port of Chabahar on Monday."), "LOCATED_IN",
                "corridor:chabahar-port", "state:IRN", "demonym-place-of");
        hasRelation(extract("Trucks crossed into the Uzbek border city of Sariosiyo on Monday."), "LOCATED_IN",
                "place:sariosiyo", "state:UZB", "demonym-place-of");
    }

    @Test
    void theCapitalOfAndAPossessiveState() {
        hasRelation(extract("Dushanbe, the capital of Tajikistan, hosted the forum."), "LOCATED_IN", "place:dushanbe",
                "state:TJK", "capital-of");
        hasRelation(extract("Trade grew in Iran's Sistan and Baluchestan province last year."), "LOCATED_IN",
                "place:sistan-and-baluchestan", "state:IRN", "possessive-place");
    }

    @Test
    void placeCommaStateAndLocatedIn() {
        hasRelation(extract("Trade grew in Herat, Afghanistan last year."), "LOCATED_IN", "place:herat", "state:AFG",
                "place-comma-state");
        hasRelation(extract("The Sarez Dam is located in Tajikistan."), "LOCATED_IN", "corridor:sarez-dam", "state:TJK",
                "located-in");
    }

    @Test
    void aPlaceBeforeAListOfStatesIsInNoneOfThem() {
        hasNoRelation(extract("Trade grew in Herat, Afghanistan and Iran last year."), "LOCATED_IN", "place:herat",
                "state:AFG");
    }
}

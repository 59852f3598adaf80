package org.diplograph.extract.recognize;

import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.hasEntity;
import static org.diplograph.extract.RuleFacts.hasNoEntity;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Rule family gazetteer: one mention per gazetteer span, of the span's first kind; a capital is a city or its state. */
class GazetteerMentionsTest {

    @Test
    void personCorridorAndAgreementFromTheGazetteer() {
        DocumentFacts d = extract("Masoud Pezeshkian spoke about the Middle Corridor and the JCPOA at length.");
        hasEntity(d, "person:masoud-pezeshkian", "Person", "person-gazetteer");
        hasEntity(d, "corridor:trans-caspian-international-transport-route", "Corridor", "corridor-gazetteer");
        hasEntity(d, "agreement:joint-comprehensive-plan-of-action", "Agreement", "agreement-gazetteer");
    }

    @Test
    void stateOrganisationPlaceAndDemonym() {
        DocumentFacts d = extract("Kazakhstan and the SCO discussed the plan with officials near Herat.");
        hasEntity(d, "state:KAZ", "State", "state-gazetteer");
        hasEntity(d, "org:sco", "Organization", "org-gazetteer");
        hasEntity(d, "place:herat", "Place", "place-gazetteer");
        hasEntity(extract("Kazakh diplomats arrived on Monday."), "state:KAZ", "State", "demonym");
    }

    @Test
    void aCapitalAfterInIsTheCityElseItsState() {
        hasEntity(extract("Officials in Tashkent welcomed the decision."), "place:tashkent", "Place", "capital-place");
        DocumentFacts d = extract("Tashkent and Kabul agreed on new tariffs.");
        hasEntity(d, "state:UZB", "State", "capital-metonym");
        hasEntity(d, "state:AFG", "State", "capital-metonym");
        hasNoEntity(d, "place:tashkent");
    }

    @Test
    void aCurrencyIsNoState() {
        hasEntity(extract("The US backed the plan."), "state:USA", "State", "state-gazetteer");
        hasNoEntity(extract("The loan of 2 billion US dollars was approved."), "state:USA");
    }
}

package org.diplograph.extract.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.assertEntity;
import static org.diplograph.extract.RuleFacts.assertNoEntity;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Rule family gazetteer: one mention per gazetteer span, of the span's first kind; a capital is a city or its state. */
class GazetteerMentionsTest {

    @Test
    void personCorridorAndAgreementFromTheGazetteer() {
        DocumentFacts d = extract("Masoud Pezeshkian spoke about the Middle Corridor and the JCPOA at length.");
        assertEntity(d, "person:masoud-pezeshkian", "Person", "person-gazetteer");
        assertEntity(d, "corridor:trans-caspian-international-transport-route", "Corridor", "corridor-gazetteer");
        assertEntity(d, "agreement:joint-comprehensive-plan-of-action", "Agreement", "agreement-gazetteer");
    }

    @Test
    void stateOrganisationPlaceAndDemonym() {
        DocumentFacts d = extract("Kazakhstan and the SCO discussed the plan with officials near Herat.");
        assertEntity(d, "state:KAZ", "State", "state-gazetteer");
        assertEntity(d, "org:sco", "Organization", "org-gazetteer");
        assertEntity(d, "place:herat", "Place", "place-gazetteer");
        assertEntity(extract("Kazakh diplomats arrived on Monday."), "state:KAZ", "State", "demonym");
    }

    @Test
    void aCapitalAfterInIsTheCityElseItsState() {
        assertEntity(extract("Officials in Tashkent welcomed the decision."), "place:tashkent", "Place", "capital-place");
        DocumentFacts d = extract("Tashkent and Kabul agreed on new tariffs.");
        assertEntity(d, "state:UZB", "State", "capital-metonym");
        assertEntity(d, "state:AFG", "State", "capital-metonym");
        assertNoEntity(d, "place:tashkent");
    }

    @Test
    void theCapitalOfACountryIsTheCity() {
        DocumentFacts d = extract("Pezeshkian met Rahmon on Thursday in Tajikistan's capital of Dushanbe.");
        assertEntity(d, "place:dushanbe", "Place", "capital-place");
        assertEntity(extract("Delegates gathered in the port of Baku."), "place:baku", "Place", "capital-place");
        assertNoEntity(extract("The ties of Dushanbe and Tehran grew."), "place:dushanbe");
        assertEntity(extract("They met in the Turkish capital Ankara."), "place:ankara", "Place", "capital-place");
    }

    @Test
    void aDatelineCityIsTheCity() {
        assertEntity(extract("BISHKEK, Kyrgyzstan: President Sadyr Japarov met with Wang Tongjun."), "place:bishkek", "Place", "capital-place");
        assertEntity(extract("TEHRAN - Iran and Tajikistan signed a memorandum."), "place:tehran", "Place", "capital-place");
        assertEntity(extract("June 10, 2022, The Kremlin, Moscow"), "place:moscow", "Place", "capital-place");
        assertEntity(extract("BISHKEK. March 13 (Interfax) - Kyrgyz President Sadyr Japarov signed a treaty."), "place:bishkek",
                "Place", "capital-place");
        // a list of governments is not a dateline
        DocumentFacts d = extract("Tehran, Moscow and Beijing agreed on a plan.");
        assertNoEntity(d, "place:tehran");
        assertNoEntity(d, "place:moscow");
    }

    @Test
    void aCurrencyIsNoState() {
        assertEntity(extract("The US backed the plan."), "state:USA", "State", "state-gazetteer");
        assertNoEntity(extract("The loan of 2 billion US dollars was approved."), "state:USA");
    }

    /** real16 (r318): the gazetteer's Maryam Nawaz Sharif is not Nawaz Sharif with a given name before him. */
    @Test
    void aLongerKnownNameIsItsOwnPerson() {
        DocumentFacts d = extract("He will meet Punjab Chief Minister Maryam Nawaz Sharif in Lahore.");
        assertEntity(d, "person:maryam-nawaz-sharif", "Person", "office-person-gazetteer");
        assertNoEntity(d, "person:nawaz-sharif");
    }

    /** real16 (r314): after "port city of", a name that is also its port's is the town. */
    @Test
    void thePortCityIsAPlace() {
        DocumentFacts d = extract("Iran and India have signed a 10-year contract for operation of the southern Iranian port "
                + "city of Chabahar.");
        assertEntity(d, "place:chabahar", "Place", "place-gazetteer");
    }

    /** Organisations of the region the gazetteer knows: agencies, media, companies, armed groups. */
    @Test
    void organisationsOfTheRegion() {
        DocumentFacts d = extract("The Kurdistan Regional Government and TIKA signed a deal with Sinosure, Kurdistan 24 "
                + "reported, as the PKK and the Muslim Brotherhood were discussed.");
        for (String id : new String[] {"org:krg", "org:tika", "org:sinosure", "org:kurdistan-24", "org:pkk",
                "org:muslim-brotherhood"}) {
            assertEntity(d, id, "Organization", "org-gazetteer");
        }
    }

    /** real19 (r382): "the visit of Minister Sonowal to Chabahar": the port's name after a visit's "to" is the town. */
    @Test
    void aPortsNameVisitedIsTheTown() {
        var d = extract("Talks peaked with the visit of Union Minister Sarbananda Sonowal "
                + "to Chabahar in August 2022. India will run the Chabahar port for ten years.");
        assertThat(d.entities()).extracting(e -> e.id()).contains("place:chabahar", "corridor:chabahar-port");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("VISITED") && r.target().equals("place:chabahar"));
    }
}

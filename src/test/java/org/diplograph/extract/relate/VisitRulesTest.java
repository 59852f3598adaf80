package org.diplograph.extract.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.assertEntity;
import static org.diplograph.extract.RuleFacts.assertNoRelation;
import static org.diplograph.extract.RuleFacts.assertRelation;
import static org.diplograph.extract.RuleFacts.relation;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Visit rules: VISITED from a visit verb, from a reception in a foreign city, and at the dateline's city. */
class VisitRulesTest {
    private static final String MIRZIYOYEV = "person:shavkat-mirziyoyev";
    private static final String SAIDOV = "person:bakhtiyor-saidov";

    @Test
    void arrivedInAStateNamedWithItsArticle() {
        DocumentFacts d = extract("President of Kazakhstan Kassym-Jomart Tokayev arrived in the United Arab Emirates on "
                + "Sunday.");
        assertRelation(d, "VISITED", "person:kassym-jomart-tokayev", "state:ARE", "visit");
    }

    @Test
    void aGuestWelcomedOnHisVisitUnderAMixedCaseDateline() {
        DocumentFacts d = extract("Islamabad: In a landmark bilateral meeting, Pakistan's Prime Minister Shehbaz Sharif "
                + "welcomed Kyrgyz President Sadyr Japarov on his maiden two-day state visit.");
        assertRelation(d, "VISITED", "person:sadyr-japarov", "place:islamabad", "visit-hosted");
        // no visit said: the dateline's city is no venue
        DocumentFacts e = extract("Islamabad: Pakistan's Prime Minister Shehbaz Sharif welcomed Kyrgyz President Sadyr "
                + "Japarov's remarks on trade.");
        assertNoRelation(e, "VISITED", "person:sadyr-japarov", "place:islamabad");
    }

    @Test
    void visitedAStateOrArrivedInACity() {
        DocumentFacts d = extract("Uzbek President Shavkat Mirziyoyev visited Kazakhstan on May 5, 2024.");
        assertRelation(d, "VISITED", MIRZIYOYEV, "state:KAZ", "visit");
        assertThat(relation(d, "VISITED", MIRZIYOYEV, "state:KAZ").properties()).containsEntry("date", "2024-05-05");
        assertEntity(d, "event:2024-05-05-visit-shavkat-mirziyoyev", "Event", "visit-event");
        assertRelation(d, "ATTENDED", MIRZIYOYEV, "event:2024-05-05-visit-shavkat-mirziyoyev", "visit-event");
        assertRelation(extract("Uzbek President Shavkat Mirziyoyev arrived in Astana on an official visit."), "VISITED",
                MIRZIYOYEV, "place:astana", "visit");
    }

    @Test
    void aGuestReceivedInACityOfAnotherState() {
        DocumentFacts d = extract("Kazakh President Kassym-Jomart Tokayev received Uzbek Foreign Minister Bakhtiyor "
                + "Saidov in Astana.");
        assertRelation(d, "VISITED", SAIDOV, "place:astana", "visit-hosted");
        assertNoRelation(d, "VISITED", "person:kassym-jomart-tokayev", "place:astana");
    }

    @Test
    void aReceptionInTheDatelineCity() {
        DocumentFacts d = extract("ASTANA, May 5 (Reuters) - Kazakh President Kassym-Jomart Tokayev received Uzbek "
                + "Foreign Minister Bakhtiyor Saidov.");
        assertRelation(d, "VISITED", SAIDOV, "place:astana", "visit-dateline");
        assertNoRelation(d, "VISITED", "person:kassym-jomart-tokayev", "place:astana");
    }

    @Test
    void noVisitPlannedNorByAResidentAmbassador() {
        assertNoRelation(extract("Uzbek President Shavkat Mirziyoyev will visit Kazakhstan next month."), "VISITED");
        assertNoRelation(extract("Uzbek President Shavkat Mirziyoyev plans to visit Kazakhstan next month."), "VISITED");
        DocumentFacts d = extract("Kazakh Foreign Minister Murat Nurtleu met Uzbek Ambassador Oybek Usmanov in Astana.");
        assertRelation(d, "MET", "person:murat-nurtleu", "person:oybek-usmanov", "met-meeting");
        assertNoRelation(d, "VISITED");
    }

    @Test
    void anAmbassadorReceivedInHisHostCityDidNotVisit() {
        assertNoRelation(extract("Kazakh President Kassym-Jomart Tokayev received Uzbek Ambassador Oybek Usmanov in "
                + "Astana on Monday."), "VISITED");
    }

    @Test
    void aPersonWhoWasInACityForATripVisitedIt() {
        DocumentFacts d = extract("Qatar and Iran signed 14 agreements while Iranian President Ebrahim Raisi was in Doha for a "
                + "two-day trip this week.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("VISITED") && r.source().equals("person:ebrahim-raisi")
                && r.target().equals("place:doha"));
    }

    @Test
    void whoHeadsADelegationToACityVisitedIt() {
        DocumentFacts d = extract("Iran's Minister of Roads Mehrdad Bazrpash, at the head of a delegation to Yerevan, met "
                + "Prime Minister of Armenia Nikol Pashinyan.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("VISITED") && r.source().equals("person:mehrdad-bazrpash")
                && r.target().equals("place:yerevan"));
        assertThat(extract("The head of the delegation to the talks, Mehrdad Bazrpash, spoke in Tehran.").relations())
                .noneMatch(r -> r.type().equals("VISITED"));
    }

    @Test
    void theCapitalNamedInAppositionIsTheCityVisited() {
        DocumentFacts d = extract("Iraqi Prime Minister Mohammed Shia al-Sudani travelled to the Turkish capital, Ankara, on "
                + "Thursday for an official visit.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("VISITED") && r.target().equals("place:ankara"));
    }

    @Test
    void arrivedHereIsTheDatelineCity() {
        DocumentFacts d = extract("Ulan Bator, Oct 29 (IANS) Mongolia and Kazakhstan announced a strategic partnership.\n\n"
                + "Kazakh President Kassym-Jomart Tokayev arrived here on Monday for a two-day state visit.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("VISITED") && r.source().equals("person:kassym-jomart-tokayev")
                && r.target().equals("place:ulaanbaatar"));
    }

    @Test
    void aVisitToTheStateOfTheDatelineCityIsAVisitToThatCity() {
        DocumentFacts d = extract("ISLAMABAD: Pakistan and Iran on Monday signed eight accords.\n\nThe documents were signed on "
                + "the occasion of Iranian President Ebrahim Raisi's three-day official visit to Pakistan.");
        assertRelation(d, "VISITED", "person:ebrahim-raisi", "place:islamabad", "visit-dateline-state");
        // a dateline in another state (the visitor's own, or a news desk's) says nothing about where he went
        assertNoRelation(extract("TEHRAN: Iranian President Ebrahim Raisi's three-day official visit to Pakistan ended on "
                + "Wednesday."), "VISITED", "person:ebrahim-raisi", "place:tehran");
    }

    @Test
    void theForeignAttendeesOfAMeetingHeldInACityVisitedIt() {
        DocumentFacts d = extract("Iranian Foreign Minister Abbas Araghchi and Armenian Foreign Minister Ararat Mirzoyan held "
                + "talks in Almaty on May 10.");
        assertRelation(d, "VISITED", "person:abbas-araghchi", "place:almaty", "visit-event-venue");
        assertRelation(d, "VISITED", "person:ararat-mirzoyan", "place:almaty", "visit-event-venue");
        // an ambassador lives where he is posted
        assertNoRelation(extract("Iranian Ambassador Ali Akbar Joukar and Kazakh Foreign Minister Murat Nurtleu held talks in "
                + "Astana on May 10."), "VISITED", "person:ali-akbar-joukar", "place:astana");
    }

    @Test
    void aVisitorOfAStateWhoseCapitalTheArticleNamesVisitedTheCapital() {
        DocumentFacts d = extract("Kazakh President Kassym-Jomart Tokayev paid a state visit to Mongolia on October 28.\n\n"
                + "A welcoming ceremony was held at Sukhbaatar Square in Ulaanbaatar.");
        assertRelation(d, "VISITED", "person:kassym-jomart-tokayev", "place:ulaanbaatar", "visit-state-capital");
        // a town named only inside a corridor's name is no venue
        assertNoRelation(extract("Azerbaijani Foreign Minister Jeyhun Bayramov visited Georgia on May 10.\n\nThe ministers "
                + "discussed the Baku-Tbilisi-Kars railway."), "VISITED", "person:jeyhun-bayramov", "place:tbilisi");
    }

    @Test
    void stopsOnATourAndAnArrivalBeforeTheSubject() {
        DocumentFacts d = extract("Chinese Foreign Minister Wang Yi made back-to-back stops in Kabul and Islamabad this week.");
        assertRelation(d, "VISITED", "person:wang-yi", "place:kabul", "visit");
        assertRelation(d, "VISITED", "person:wang-yi", "place:islamabad", "visit");
        assertRelation(extract("Arriving later on 21 August in Islamabad, Chinese Foreign Minister Wang Yi opened the "
                + "dialogue."), "VISITED", "person:wang-yi", "place:islamabad", "surf-visit-on-arrival");
        assertNoRelation(extract("Arriving in Islamabad will take the delegation of Chinese Foreign Minister Wang Yi a day."),
                "VISITED");
    }

    @Test
    void signingsOneAfterAnotherAfterAMeetingInACitySuburb() {
        DocumentFacts d = extract("Egyptian President Abdel Fattah El Sisi and his Tajik counterpart Emomali Rahmon "
                + "witnessed on Thursday the signing of a number of memorandums of understanding at the presidential palace "
                + "in the Cairo suburb of Heliopolis. An MoU was signed by Egyptian Minister of Agriculture El Sayed El "
                + "Quseir and his Tajik counterpart Karimzoda Sadi Gafor.");
        assertRelation(d, "VISITED", "person:emomali-rahmon", "place:cairo", "visit-event-venue");
        assertRelation(d, "VISITED", "person:karimzoda-sadi-gafor", "place:cairo", "visit-signing");
        assertNoRelation(d, "VISITED", "person:el-sayed-el-quseir", "place:cairo");
    }

    @Test
    void toTouchOnAVisitIsNoVisit() {
        DocumentFacts d = extract("Iran's Ambassador to Doha Ali Salehabadi said Wednesday that the visit is in line with "
                + "the ties of the two countries. He touched on Iranian President Masoud Pezeshkian's recent visit to Qatar.");
        assertNoRelation(d, "VISITED", "person:ali-salehabadi", "state:QAT");
        assertRelation(d, "VISITED", "person:masoud-pezeshkian", "state:QAT", "surf-visit-possessive");
    }

    @Test
    void aMinisterWhoSignedWithTheHostsWentWhereHisLeaderWent() {
        DocumentFacts d = extract("Georgian Prime Minister Irakli Garibashvili visited Baku on Monday, where he met President "
                + "Ilham Aliyev. Georgian Foreign Minister David Zalkaliani and Azerbaijani Foreign Minister Jeyhun Bayramov "
                + "signed a memorandum on consular cooperation.");
        assertRelation(d, "VISITED", "person:david-zalkaliani", "place:baku", "visit-companion");
        assertNoRelation(d, "VISITED", "person:jeyhun-bayramov", "place:baku");
    }

    @Test
    void arrivingAndArrivesAreVisitWords() {
        DocumentFacts d = extract("Qatari Emir Sheikh Tamim bin Hamad Al Thani had earlier made state visits to Kyrgyzstan "
                + "and Kazakhstan before arriving in Tajikistan for talks.");
        assertRelation(d, "VISITED", "person:tamim-bin-hamad-al-thani", "state:KGZ", "visit");
        assertRelation(d, "VISITED", "person:tamim-bin-hamad-al-thani", "state:TJK", "visit");
    }

    /** real4 (r84), real11 (r225): a delegation's member the gazetteer knows went where the delegation went. */
    @Test
    void aKnownOfficialInADelegationVisitedWithIt() {
        DocumentFacts d = extract("Turkish President Recep Tayyip Erdogan arrived in Qatar on Monday. Among the Turkish "
                + "delegation accompanying the president are Foreign Minister Hakan Fidan and Communications Director "
                + "Fahrettin Altun.");
        assertRelation(d, "VISITED", "person:hakan-fidan", "state:QAT", "visit-delegation");
    }

    /** real15 (r294): "was pleased to pay a state visit" is a visit taking place; "plans to pay" is one to come. */
    @Test
    void pleasedToPayAVisitIsAVisit() {
        assertRelation(extract("President Xi Jinping said he was pleased to pay another state visit to Russia."), "VISITED",
                "person:xi-jinping", "state:RUS", "visit");
        assertNoRelation(extract("President Xi Jinping said he plans to pay another state visit to Russia."), "VISITED");
    }

    /** real18 (r362): "a working visit first to Kyrgyzstan and then immediately to Tajikistan": both destinations. */
    @Test
    void destinationsJoinedByAndThenTo() {
        DocumentFacts d = extract("The Minister of Foreign Affairs of Turkey, Hakan Fidan, paid a working visit first to "
                + "Kyrgyzstan and then immediately to Tajikistan.");
        assertRelation(d, "VISITED", "person:hakan-fidan", "state:KGZ", "visit");
        assertRelation(d, "VISITED", "person:hakan-fidan", "state:TJK", "visit");
    }

    /** real19 (r387): "arrived in Russia ... to attend the BRICS Summit in Kazan": the city of the state visited too. */
    @Test
    void aCityOfTheStateVisitedNamedLaterWithIn() {
        DocumentFacts d = extract("Indian Prime Minister Narendra Modi arrived in Russia on Tuesday to attend the BRICS "
                + "Summit in Kazan.");
        assertRelation(d, "VISITED", "person:narendra-modi", "state:RUS", "visit");
        assertRelation(d, "VISITED", "person:narendra-modi", "place:kazan", "visit");
        assertThat(extract("Indian Prime Minister Narendra Modi arrived in Russia on Tuesday and spoke of the summit "
                + "in Beijing.").relations()).noneMatch(r -> r.type().equals("VISITED") && r.target().equals("place:beijing"));
    }
}

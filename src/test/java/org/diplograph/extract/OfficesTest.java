package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Offices that name no state take the state the sentence's shape gives (one test per shape). */
class OfficesTest {
    private static final Extractor X = new Extractor();

    private static void holds(String text, String person, String state, String rule) {
        DocumentFacts d = X.extract("offices.txt", text);
        assertThat(d.relations()).as(text).anyMatch(r -> r.type().equals("HOLDS_OFFICE") && r.source().equals(person)
                && r.target().equals(state) && r.evidence().get(0).rule().equals(rule));
    }

    private static void holdsNone(String text, String person, String state) {
        DocumentFacts d = X.extract("offices.txt", text);
        assertThat(d.relations()).as(text).noneMatch(r -> r.type().equals("HOLDS_OFFICE") && r.source().equals(person)
                && r.target().equals(state));
    }

    @Test
    void personOfState() {
        String s = "Energy Ministers Bolat Akchulakov of Kazakhstan, Taalaibek Ibrayev of Kyrgyzstan, and Zhurabek "
                + "Mirzamakhmudov of Uzbekistan signed a roadmap on January 6.";
        holds(s, "person:bolat-akchulakov", "state:KAZ", "office-of-state-list");
        holds(s, "person:taalaibek-ibrayev", "state:KGZ", "office-of-state-list");
        holds(s, "person:zhurabek-mirzamakhmudov", "state:UZB", "office-of-state-list");
    }

    @Test
    void stateThenPerson() {
        String s = "Documents were signed after the meeting of the Presidents of Kyrgyzstan Sooronbai Jeenbekov and "
                + "Mongolia Khaltmaagiin Battulga.";
        holds(s, "person:sooronbai-jeenbekov", "state:KGZ", "office-state-person-list");
        holds(s, "person:khaltmaagiin-battulga", "state:MNG", "office-state-person-list");
    }

    @Test
    void aPluralOfficeBeforePersonsTheGazetteerKnows() {
        String s = "Presidents Kassym-Jomart Tokayev and Vladimir Putin signed the Declaration on Transition to a New "
                + "Stage of Comprehensive Strategic Partnership.";
        holds(s, "person:kassym-jomart-tokayev", "state:KAZ", "office-list-gazetteer");
        holds(s, "person:vladimir-putin", "state:RUS", "office-list-gazetteer");
    }

    @Test
    void respectively() {
        String s = "Presidents of Uzbekistan and Azerbaijan Shavkat Mirziyoyev and Ilham Aliyev held talks on Friday.";
        holds(s, "person:shavkat-mirziyoyev", "state:UZB", "office-respective-list");
        holdsNone(s, "person:shavkat-mirziyoyev", "state:AZE");
    }

    @Test
    void possessivePortfolio() {
        holds("In 2017, Turkey's Energy and Natural Resources Minister Berat Albayrak signed another MoU.",
                "person:berat-albayrak", "state:TUR", "office-possessive-portfolio");
    }

    @Test
    void side() {
        holds("The memorandum was signed on the Iraqi side by the Minister of Transport, Razzaq Muhaibas, and on the "
                + "Turkish side by the Minister of Transport and Infrastructure, Abdulkadir Oraloglu.",
                "person:abdulkadir-oraloglu", "state:TUR", "office-side");
    }

    @Test
    void accompanying() {
        String s = "The Iranian president was accompanied by Foreign Minister Abbas Aragchi and several ministers.";
        holds(s, "person:abbas-aragchi", "state:IRN", "office-accompanying");
        holdsNone("The Iranian and Armenian presidents were accompanied by Foreign Minister Abbas Aragchi.",
                "person:abbas-aragchi", "state:IRN");
    }

    @Test
    void membersOfADelegationHoldTheirStatesOffices() {
        holds("The Georgian delegation featured prominent leaders, including Minister of Culture Tinatin Rukhadze and "
                + "Minister of Environment David Songulashvili.", "person:tinatin-rukhadze", "state:GEO", "office-delegation");
        holdsNone("The Georgian delegation met Azerbaijan's Minister of Culture Adil Karimli.", "person:adil-karimli",
                "state:GEO");
    }

    @Test
    void aSecondMinisterSharesTheFirstOnesState() {
        holds("Uzbek Foreign Minister Bakhtiyor Saidov and Energy Minister Jurabek Nazarov met the delegation.",
                "person:jurabek-nazarov", "state:UZB", "office-shared-qualifier");
        holdsNone("A meeting between Tajikistan President Emomali Rahmon and Foreign Minister Shah Mahmood Qureshi took "
                + "place.", "person:shah-mahmood-qureshi", "state:TJK");
        holdsNone("Iranian Foreign Minister Abbas Araghchi and Foreign Minister Badr Albusaidi met.", "person:badr-albusaidi",
                "state:IRN");
    }

    @Test
    void onATourTheDelegationJoinedTheLegWhoseCityIsNamed() {
        DocumentFacts d = org.diplograph.extract.RuleFacts.extract("Qatari Emir Tamim bin Hamad Al-Thani welcomed Turkish "
                + "President Recep Tayyip Erdogan in Doha. Erdogan arrived in Doha on June 30, as part of the last leg of his "
                + "official visits to Russia and Kuwait. Among the Turkish delegation accompanying the president are "
                + "Defence Minister Hulusi Akar and Presidential Spokesman Ibrahim Kalin.");
        assertThat(d.relations()).as("not Russia or Kuwait: which legs he joined is not said")
                .noneMatch(r -> r.type().equals("VISITED") && r.source().equals("person:hulusi-akar") && r.target().startsWith("state:"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("VISITED") && r.source().equals("person:hulusi-akar")
                && r.target().equals("place:doha") && r.evidence().get(0).rule().equals("visit-delegation"));
    }

    @Test
    void aDelegationsMembersVisitedWhereItsOfficialsWent() {
        DocumentFacts d = org.diplograph.extract.RuleFacts.extract("Georgian Prime Minister Irakli Kobakhidze arrived in Azerbaijan on "
                + "Friday. The Georgian delegation featured prominent leaders, including Minister of Culture Tinatin "
                + "Rukhadze.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("VISITED") && r.source().equals("person:tinatin-rukhadze")
                && r.target().equals("state:AZE") && r.evidence().get(0).rule().equals("visit-delegation"));
    }

    @Test
    void aDemonymBeforeAPluralOfficeGivesTheListItsStateAndAnAppositionEndsAtCommaAnd() {
        DocumentFacts d = RuleFacts.extract("The MoU was signed by Mohamed Alabbar, Chairman of Eagle Hills, and Georgian "
                + "officials Levan Davitashvili and Tornike Rijvadze.");
        RuleFacts.assertRelation(d, "HOLDS_OFFICE", "person:levan-davitashvili", "state:GEO", "office-demonym-list");
        RuleFacts.assertRelation(d, "HOLDS_OFFICE", "person:tornike-rijvadze", "state:GEO", "office-demonym-list");
        RuleFacts.assertNoRelation(d, "HOLDS_OFFICE", "person:mohamed-alabbar", "state:GEO");
        RuleFacts.assertRelation(RuleFacts.extract("Pakistani ministers Ahsan Iqbal and Ishaq Dar attended the talks."),
                "HOLDS_OFFICE", "person:ahsan-iqbal", "state:PAK", "office-demonym-list");
    }

    /** The gazetteer knows the region's office holders: a Crown Prince with no state named holds his office of Kuwait. */
    @Test
    void aRegionalOfficeHolderTheGazetteerKnows() {
        holds("Crown Prince Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah met Iraqi Prime Minister Mohammed Shia Al-Sudani on "
                + "Wednesday.", "person:mishal-al-ahmad-al-jaber-al-sabah", "state:KWT", "office-person-gazetteer");
    }

    /** real19 (r383): "senior Chinese diplomat Wang Yi" holds a diplomat's office of China. */
    @Test
    void aStatesDiplomatHoldsItsOffice() {
        org.diplograph.extract.RuleFacts.assertRelation(org.diplograph.extract.RuleFacts.extract("The talks followed a "
                + "meeting between senior Chinese diplomat Wang Yi and officials from the two countries."),
                "HOLDS_OFFICE", "person:wang-yi", "state:CHN", "demonym-office-person");
    }
}

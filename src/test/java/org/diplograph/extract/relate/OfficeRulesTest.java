package org.diplograph.extract.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.assertNoRelation;
import static org.diplograph.extract.RuleFacts.assertRelation;
import static org.diplograph.extract.RuleFacts.relation;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Office rules: HOLDS_OFFICE of a person named with a current office, under the person mention's own rule. */
class OfficeRulesTest {

    @Test
    void aKnownRulerNamedWithHisFamilyName() {
        DocumentFacts d = extract("Kazakh President Kassym-Jomart Tokayev arrived in the UAE to express his condolences to "
                + "the newly elected President, the Ruler of Abu Dhabi, Sheikh Mohamed bin Zayed Al Nahyan.");
        assertRelation(d, "HOLDS_OFFICE", "person:mohammed-bin-zayed", "state:ARE", "office-gazetteer-person");
        // a longer name that only starts with "Al" ("Mohamed bin Zayed Alexander Hall") is not his family name
        DocumentFacts e = extract("Kazakh President Kassym-Jomart Tokayev spoke at the Ruler of Abu Dhabi Mohamed bin Zayed "
                + "Alexander Hall on Monday.");
        assertNoRelation(e, "HOLDS_OFFICE", "person:mohammed-bin-zayed", "state:ARE");
    }

    @Test
    void anOfficeWithItsAcronymInBracketsBeforeTheName() {
        DocumentFacts d = extract("Indian External Affairs Minister (EAM) Vinay Kumar Rao on Thursday met his Kazakh "
                + "counterpart Mukhtar Tileuberdi in Tashkent.");
        assertThat(relation(d, "HOLDS_OFFICE", "person:vinay-kumar-rao", "state:IND")).isNotNull();
        assertThat(relation(d, "MET", "person:vinay-kumar-rao", "person:mukhtar-tileuberdi")).isNotNull();
    }

    @Test
    void anOfficeWhoseStateTheGazetteerGives() {
        DocumentFacts d = extract("President Putin said Russia backs the talks.");
        assertRelation(d, "HOLDS_OFFICE", "person:vladimir-putin", "state:RUS", "office-person-gazetteer");
        assertThat(relation(d, "HOLDS_OFFICE", "person:vladimir-putin", "state:RUS").properties())
                .containsEntry("role", "President");
    }

    @Test
    void theRoleOfTheOffice() {
        DocumentFacts d = extract("Uzbek Energy Minister Jurabek Nazarov spoke to reporters.");
        assertRelation(d, "HOLDS_OFFICE", "person:jurabek-nazarov", "state:UZB", "demonym-office-person");
        assertThat(relation(d, "HOLDS_OFFICE", "person:jurabek-nazarov", "state:UZB").properties())
                .containsEntry("role", "Energy Minister");
    }

    @Test
    void aFormerOfficeIsNoneHeld() {
        assertNoRelation(extract("Former President Nursultan Nazarbayev said Kazakhstan backs the talks."), "HOLDS_OFFICE");
        assertNoRelation(extract("Iran's former Foreign Minister Mohammad Javad Zarif said Iran backs the talks."),
                "HOLDS_OFFICE");
    }

    @Test
    void anOfficeWhoseStateTheSentenceDoesNotName() {
        assertRelation(extract("President Putin said the talks went well."), "HOLDS_OFFICE", "person:vladimir-putin",
                "state:RUS", "office-person-gazetteer");
    }

    @Test
    void aKnownOfficialNamedBesideAnOfficeWordHoldsAnOfficeOfHisState() {
        DocumentFacts d = extract("Foreign ministry spokeswoman Mao Ning said on Monday that Beijing welcomed the talks.");
        assertRelation(d, "HOLDS_OFFICE", "person:mao-ning", "state:CHN", "office-gazetteer-person");
        for (String s : new String[] {"The talks come days before the inauguration of President-elect Donald Trump.",
                "Nursultan Nazarbayev, the former president of Kazakhstan, sent a message.",
                "The plane took off from the Islam Karimov International Airport, the head of state's office said."}) {
            assertThat(extract(s).relations()).as(s)
                    .noneMatch(r -> r.evidence().get(0).rule().equals("office-gazetteer-person"));
        }
    }
    @Test
    void aKnownOfficialAfterHisStatesPossessiveHoldsItsOfficeAndDoesNotVisitIt() {
        DocumentFacts d = extract("Iranian and Armenian foreign ministers met in Tehran on Monday.\n\nIran's Hossein "
                + "Amir-Abdollahian discussed relations with his Armenian counterpart Ararat Mirzoyan, who is on a two-day "
                + "trip to Iran.");
        assertRelation(d, "HOLDS_OFFICE", "person:hossein-amir-abdollahian", "state:IRN", "office-gazetteer-person");
        assertThat(d.relations()).noneMatch(r -> r.type().equals("VISITED")
                && r.source().equals("person:hossein-amir-abdollahian"));
    }

    /** real16 (r324), real2 (r63): an office in a state's organ named with it is an office in the organ too. */
    @Test
    void anOfficeInAStateOrgan() {
        DocumentFacts d = extract("Iranian Supreme National Security Council secretary Ali Shamkhani signed a deal.");
        assertRelation(d, "HOLDS_OFFICE", "person:ali-shamkhani", "org:irn-supreme-national-security-council", "office-organ");
        DocumentFacts e = extract("Raisi met Ali Shamkhani, Secretary of Iran's Supreme National Security Council, in Tehran.");
        assertRelation(e, "HOLDS_OFFICE", "person:ali-shamkhani", "org:irn-supreme-national-security-council", "office-organ");
        // an organ named elsewhere in the sentence is not his
        DocumentFacts f = extract("Uzbek Foreign Minister Bakhtiyor Saidov said the Iranian Supreme National Security Council "
                + "had agreed.");
        assertThat(f.relations()).noneMatch(r -> r.type().equals("HOLDS_OFFICE") && r.source().equals("person:bakhtiyor-saidov")
                && r.target().startsWith("org:"));
    }

    /** real7 (r144): an office in a state's organ ("Chairman of the Halk Maslahaty of Turkmenistan") is the state's too. */
    @Test
    void anOfficeInAStateOrganIsTheStates() {
        DocumentFacts d = extract("Gurbanguly Berdimuhamedov, Chairman of the Halk Maslahaty of Turkmenistan, met Masoud "
                + "Pezeshkian in Tehran.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("HOLDS_OFFICE") && r.source().equals("person:gurbanguly-berdimuhamedov")
                && r.target().equals("org:tkm-peoples-council"));
        assertRelation(d, "HOLDS_OFFICE", "person:gurbanguly-berdimuhamedov", "state:TKM", "office-organ-state");
    }
}

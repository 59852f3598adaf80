package org.diplograph.extract.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.assertNoRelation;
import static org.diplograph.extract.RuleFacts.assertRelation;
import static org.diplograph.extract.RuleFacts.extract;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** "The Iranian president": a description of an official by his state stands for the person of that state named before. */
class DescriptionsTest {
    private static final String PEZESHKIAN = "person:masoud-pezeshkian";

    @Test
    void theDescriptionIsThePersonOfThatStateNamedBefore() {
        DocumentFacts d = extract("Pezeshkian met Rahmon on Thursday. The Iranian president arrived in Tajikistan on "
                + "Wednesday night for a two-day visit.");
        assertRelation(d, "HOLDS_OFFICE", PEZESHKIAN, "state:IRN", "described-official");
        assertRelation(d, "VISITED", PEZESHKIAN, "state:TJK", "visit");
    }

    @Test
    void aNamedDescriptionAnotherOfficeOrAnUnknownStateIsLeftAlone() {
        // a name follows: it is the name's
        assertNoRelation(extract("Pezeshkian met Rahmon. The Iranian president Ebrahim Raisi had visited Dushanbe."),
                "HOLDS_OFFICE", PEZESHKIAN, "state:IRN");
        // the Iranian named last is of unknown office: not a foreign minister by guess
        assertNoRelation(extract("Pezeshkian met Rahmon. The Iranian foreign minister arrived in Tajikistan."),
                "VISITED", PEZESHKIAN, "state:TJK");
        // nobody of that state was named
        assertNoRelation(extract("Rahmon met officials. The Iranian president arrived in Tajikistan."), "VISITED");
    }

    @Test
    void anOfficeWithoutItsStateIsTheOnePersonHoldingIt() {
        DocumentFacts d = extract("Sheikh Tamim bin Hamad Al Thani, the Emir of Qatar, met Prime Minister Narendra Modi in "
                + "New Delhi. The Amir arrived in India on Monday for a two-day state visit.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("VISITED") && r.source().equals("person:tamim-bin-hamad-al-thani")
                && r.target().equals("state:IND") && r.evidence().get(0).quote().startsWith("The Amir"));
        // two persons hold the office, or it is a common one: nobody is meant for sure
        DocumentFacts two = extract("Foreign Minister Abbas Araghchi met Foreign Minister Sergey Lavrov in Moscow. The foreign "
                + "minister arrived in Tehran on Monday.");
        assertThat(two.relations()).noneMatch(r -> r.type().equals("VISITED") && r.target().equals("place:tehran"));
        assertThat(extract("President Masoud Pezeshkian spoke in Tehran. The president arrived in Dushanbe on Monday.")
                .relations()).noneMatch(r -> r.type().equals("VISITED") && r.evidence().get(0).quote().startsWith("The president"));
    }

    @Test
    void theOfficeOfAStateIsThePersonOfThatStateNamedBefore() {
        DocumentFacts d = extract("Shavkat Mirziyoyev's state visit to China ended on Friday. In Xi'an, the president of "
                + "Uzbekistan met with President Xi Jinping.");
        assertRelation(d, "MET", "person:shavkat-mirziyoyev", "person:xi-jinping", "met-meeting");
        assertRelation(d, "HOLDS_OFFICE", "person:shavkat-mirziyoyev", "state:UZB", "described-official");
        // an appositive is its name's; "the governor of Uzbekistan's region" is no description of a state's person
        DocumentFacts ap = extract("Mirziyoyev spoke on Friday. He was received by Olim Tursunov, the governor of "
                + "Uzbekistan's Surkhandarya region.");
        assertNoRelation(ap, "HOLDS_OFFICE", "person:shavkat-mirziyoyev", "state:UZB");
        assertThat(ap.entities()).anyMatch(e -> e.id().equals("state:UZB"));
        // nobody of that state was named before: left alone
        assertThat(extract("In Xi'an, the president of Uzbekistan met with President Xi Jinping.").relations())
                .noneMatch(r -> r.type().equals("MET"));
    }

    @Test
    void anOfficialDescribedByHisOrganisation() {
        DocumentFacts d = extract("Afghanistan's Taliban Foreign Minister, Amir Khan Muttaqi, met Indian External Affairs "
                + "Minister S. Jaishankar.\n\nThe Taliban minister arrived in New Delhi after obtaining an exemption.");
        assertRelation(d, "VISITED", "person:amir-khan-muttaqi", "place:new-delhi", "visit");
    }

    @Test
    void theLeaderOfAMonarchyIsItsMonarch() {
        DocumentFacts d = extract("Qatari Emir Sheikh Tamim bin Hamad Al Thani held talks with Tajik President Emomali Rahmon "
                + "in Dushanbe.\n\nThe Qatari leader had earlier made state visits to Kyrgyzstan and Kazakhstan.");
        assertRelation(d, "VISITED", "person:tamim-bin-hamad-al-thani", "state:KGZ", "visit");
    }

    /** real18 (r351): "the President of Turkmenistan" opens the article; he is named with that office two sentences on. */
    @Test
    void aDescriptionBeforeTheNameStandsForThePersonNamedNextWithThatOffice() {
        DocumentFacts d = extract("On July 14, 2022, the President of Turkmenistan left for a two-day state visit to the "
                + "Republic of Uzbekistan. Having made a flight to Tashkent, the presidential airliner landed at the airport. "
                + "President Serdar Berdimuhamedov was welcomed by the Prime Minister of Uzbekistan Abdulla Aripov.");
        assertRelation(d, "VISITED", "person:serdar-berdimuhamedov", "state:UZB", "visit");
        // the Prime Minister named next is of another state: no stand-in for "the Prime Minister of Turkmenistan"
        assertNoRelation(extract("The Prime Minister of Turkmenistan left for Uzbekistan. He was welcomed by the Prime "
                + "Minister of Uzbekistan Abdulla Aripov."), "VISITED", "person:abdulla-aripov", "state:UZB");
    }
}

package org.diplograph.extract.resolve;

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
}

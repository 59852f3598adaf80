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
}

package org.diplograph.extract.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.hasEntity;
import static org.diplograph.extract.RuleFacts.hasNoRelation;
import static org.diplograph.extract.RuleFacts.hasRelation;
import static org.diplograph.extract.RuleFacts.relation;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Rule family office forms: counterparts, plural offices paired with names, appositives and professions. */
class OfficeFormsTest {

    @Test
    void aCounterpartTakesTheOfficeOfThePersonBefore() {
        DocumentFacts d = extract("Tajik President Emomali Rahmon met his Uzbek counterpart Jurabek Nazarov in "
                + "Dushanbe.");
        hasEntity(d, "person:jurabek-nazarov", "Person", "counterpart");
        hasRelation(d, "HOLDS_OFFICE", "person:jurabek-nazarov", "state:UZB", "counterpart");
        assertThat(relation(d, "HOLDS_OFFICE", "person:jurabek-nazarov", "state:UZB").properties())
                .containsEntry("role", "President");
    }

    @Test
    void pluralOfficesPairedWithNamesInOrder() {
        DocumentFacts d = extract("The Kazakh and Kyrgyz foreign ministers, Talgat Sadykov and Almaz Beishenov, met on "
                + "Monday.");
        hasRelation(d, "HOLDS_OFFICE", "person:talgat-sadykov", "state:KAZ", "plural-office-persons");
        hasRelation(d, "HOLDS_OFFICE", "person:almaz-beishenov", "state:KGZ", "plural-office-persons");
        hasNoRelation(d, "HOLDS_OFFICE", "person:talgat-sadykov", "state:KGZ");
    }

    @Test
    void anAppositiveOfficeButNotAFormerOne() {
        DocumentFacts d = extract("Talgat Sadykov, Kazakhstan's Foreign Minister, arrived on Monday.");
        hasEntity(d, "person:talgat-sadykov", "Person", "appositive-office");
        hasRelation(d, "HOLDS_OFFICE", "person:talgat-sadykov", "state:KAZ", "appositive-office");
        hasNoRelation(extract("Talgat Sadykov, Kazakhstan's former Foreign Minister, arrived on Monday."),
                "HOLDS_OFFICE");
    }

    @Test
    void aProfessionNamesAPersonWithoutAnOffice() {
        DocumentFacts d = extract("Eldaniz Gusseinov, a columnist for Daryo, wrote about the talks.");
        hasEntity(d, "person:eldaniz-gusseinov", "Person", "profession-person");
        hasNoRelation(d, "HOLDS_OFFICE");
        hasEntity(extract("Analyst Temur Umarov wrote about the talks."), "person:temur-umarov", "Person",
                "profession-person");
    }
}

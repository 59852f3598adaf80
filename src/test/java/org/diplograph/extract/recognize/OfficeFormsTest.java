package org.diplograph.extract.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.assertEntity;
import static org.diplograph.extract.RuleFacts.assertNoRelation;
import static org.diplograph.extract.RuleFacts.assertRelation;
import static org.diplograph.extract.RuleFacts.relation;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Rule family office forms: counterparts, plural offices paired with names, appositives and professions. */
class OfficeFormsTest {

    @Test
    void aCounterpartTakesTheOfficeOfThePersonBefore() {
        DocumentFacts d = extract("Tajik President Emomali Rahmon met his Uzbek counterpart Jurabek Nazarov in "
                + "Dushanbe.");
        assertEntity(d, "person:jurabek-nazarov", "Person", "counterpart");
        assertRelation(d, "HOLDS_OFFICE", "person:jurabek-nazarov", "state:UZB", "counterpart");
        assertThat(relation(d, "HOLDS_OFFICE", "person:jurabek-nazarov", "state:UZB").properties())
                .containsEntry("role", "President");
    }

    @Test
    void pluralOfficesPairedWithNamesInOrder() {
        DocumentFacts d = extract("The Kazakh and Kyrgyz foreign ministers, Talgat Sadykov and Almaz Beishenov, met on "
                + "Monday.");
        assertRelation(d, "HOLDS_OFFICE", "person:talgat-sadykov", "state:KAZ", "plural-office-persons");
        assertRelation(d, "HOLDS_OFFICE", "person:almaz-beishenov", "state:KGZ", "plural-office-persons");
        assertNoRelation(d, "HOLDS_OFFICE", "person:talgat-sadykov", "state:KGZ");
    }

    @Test
    void anAppositiveOfficeButNotAFormerOne() {
        DocumentFacts d = extract("Talgat Sadykov, Kazakhstan's Foreign Minister, arrived on Monday.");
        assertEntity(d, "person:talgat-sadykov", "Person", "appositive-office");
        assertRelation(d, "HOLDS_OFFICE", "person:talgat-sadykov", "state:KAZ", "appositive-office");
        assertNoRelation(extract("Talgat Sadykov, Kazakhstan's former Foreign Minister, arrived on Monday."),
                "HOLDS_OFFICE");
    }

    @Test
    void aProfessionNamesAPersonWithoutAnOffice() {
        DocumentFacts d = extract("Eldaniz Gusseinov, a columnist for Daryo, wrote about the talks.");
        assertEntity(d, "person:eldaniz-gusseinov", "Person", "profession-person");
        assertNoRelation(d, "HOLDS_OFFICE");
        assertEntity(extract("Analyst Temur Umarov wrote about the talks."), "person:temur-umarov", "Person",
                "profession-person");
    }

    @Test
    void aSpacedAmpersandInAnOfficeIsAnd() {
        DocumentFacts d = extract("Iran's Minister of Roads & Urban Development Rostam Qasemi signed the agreement.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("HOLDS_OFFICE") && r.source().equals("person:rostam-qasemi")
                && r.target().equals("state:IRN"));
    }

    @Test
    void aPluralOfficeBeforeAListOfPersonsWithTheirStates() {
        DocumentFacts d = extract("The summit was attended by the five presidents -- Kazakhstan's Kassym-Jomart Tokayev, "
                + "Emomali Rahmon of Tajikistan and Uzbekistan's Shavkat Mirziyoyev.");
        assertRelation(d, "HOLDS_OFFICE", "person:kassym-jomart-tokayev", "state:KAZ", "plural-office-persons");
        assertRelation(d, "HOLDS_OFFICE", "person:emomali-rahmon", "state:TJK", "plural-office-persons");
        assertRelation(d, "HOLDS_OFFICE", "person:shavkat-mirziyoyev", "state:UZB", "plural-office-persons");
        assertThat(extract("The presidents met: Kazakhstan's Kassym-Jomart Tokayev spoke first.").relations())
                .noneMatch(r -> "plural-office-persons".equals(r.evidence().get(0).rule()));
    }

    /** real16 (r319): "the Acting Foreign Minister of the Taliban" after a name is his office. */
    @Test
    void anActingOfficeInAnAppositive() {
        DocumentFacts d = extract("Amir Khan Muttaqi, the Acting Foreign Minister of the Taliban, has held discussions with "
                + "Turkmenistan officials.");
        assertRelation(d, "HOLDS_OFFICE", "person:amir-khan-muttaqi", "org:taliban", "appositive-office");
    }

    /** real18 (r353): a lower-case portfolio between the state's possessive and "minister". */
    @Test
    void anAppositiveWithALowerCasePortfolio() {
        assertRelation(extract("Sarbananda Sonowal, India's ports and shipping minister, signed the deal in Tehran on Monday."),
                "HOLDS_OFFICE", "person:sarbananda-sonowal", "state:IND", "appositive-office");
    }

    /** real18 (r356): a portfolio after the office ("for Economic Affairs"), and a name one word longer than the gazetteer's. */
    @Test
    void anAppositiveWithAPortfolioAfterTheOfficeAndANameTail() {
        assertRelation(extract("Al-Haj Mullah Abdul Ghani Baradar Akhund, Deputy Prime Minister for Economic Affairs of the "
                + "Islamic Emirate of Afghanistan, met with Mr. Murat Nurtleu in Kabul."),
                "HOLDS_OFFICE", "person:abdul-ghani-baradar", "state:AFG", "appositive-office");
    }
}

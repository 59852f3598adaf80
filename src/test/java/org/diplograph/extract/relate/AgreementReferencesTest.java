package org.diplograph.extract.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** A bare "the treaty" is the one treaty the article names; with none, it stays apart, named from its parties. */
class AgreementReferencesTest {

    @Test
    void aBareTreatyIsTheNamedOne() {
        DocumentFacts d = extract("Kyrgyzstan and Tajikistan agreed on the Treaty on the State Border. President Sadyr "
                + "Japarov and President Emomali Rahmon signed the treaty in Bishkek.");
        assertThat(d.entities()).filteredOn(e -> e.label().equals("Agreement")).hasSize(1)
                .allMatch(e -> e.id().startsWith("agreement:treaty-on-the-state-border"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.source().equals("person:sadyr-japarov")
                && r.target().startsWith("agreement:treaty-on-the-state-border"));
    }

    @Test
    void withNoNamedTreatyTheBareOneStaysNamedFromItsParties() {
        DocumentFacts d = extract("Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed the treaty in "
                + "Bishkek.");
        assertThat(d.entities()).anyMatch(e -> e.id().equals("agreement:treaty-kgz-tjk"));
    }

    @Test
    void aBareTreatyIsTheOneAgreementTheArticleNames() {
        DocumentFacts d = extract("Kyrgyzstan and Tajikistan signed a historic agreement on the state border on Thursday.\n\n"
                + "Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed the treaty in Bishkek.");
        assertThat(d.entities()).filteredOn(e -> e.label().equals("Agreement")).hasSize(1);
        assertThat(d.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.source().equals("person:emomali-rahmon")
                && r.target().contains("state-border"));
    }

    @Test
    void aShorterTitleEndingALongerOneIsThatAgreement() {
        DocumentFacts d = extract("Pakistan, Afghanistan and Uzbekistan have signed a trilateral framework agreement for the "
                + "railway project. The framework agreement for the joint feasibility study was signed between Afghanistan's "
                + "Ministry of Public Works and Pakistan's Ministry of Railways.");
        assertThat(d.entities()).filteredOn(e -> e.label().equals("Agreement")).hasSize(1);
    }

    @Test
    void aStateOrganSigningMakesItsStateAParty() {
        DocumentFacts d = extract("The Ministry of Health of Mongolia and the Russian Ministry of Natural Resources signed "
                + "an Agreement on cooperation to ensure epidemiological welfare with regard to plague.");
        assertThat(d.relations()).filteredOn(r -> r.type().equals("PARTY_TO")).extracting(r -> r.source())
                .contains("state:MNG", "state:RUS");
        assertThat(d.entities()).anyMatch(e -> e.id().startsWith("agreement:agreement-on-cooperation-to-ensure-epidemiological-welfare-with-regard-to-plague"));
    }

    @Test
    void aDescribedTreatyIsTheOneTreatyNamedEvenInQuotesAndLowerCase() {
        DocumentFacts d = extract("Russian President Vladimir Putin and Iranian President Masoud Pezeshkian signed a broad "
                + "cooperation pact on Friday. Officials said the \u201ccomprehensive strategic partnership treaty\u201d "
                + "covers all areas.");
        assertThat(d.entities()).extracting(e -> e.id()).contains("agreement:comprehensive-strategic-partnership-treaty-irn-rus")
                .noneMatch(id -> id.startsWith("agreement:broad-cooperation-pact"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.source().equals("person:vladimir-putin")
                && r.target().equals("agreement:comprehensive-strategic-partnership-treaty-irn-rus"));
    }

    /** real16 (r324): "a border security deal" after "a deal to strengthen border security" is that deal. */
    @Test
    void aTitleWhoseWordsStandInAnEarlierTopicIsThatAgreement() {
        DocumentFacts d = extract("Iraq and Iran signed a deal to strengthen border security between the two neighboring "
                + "countries over the weekend. Iranian Supreme National Security Council secretary Ali Shamkhani signed a "
                + "border security deal with Iraqi National Security Adviser Qasim Al-Araji on Sunday.");
        assertThat(d.entities()).filteredOn(e -> e.label().equals("Agreement")).hasSize(1);
    }

    /** real16 (r314): "The 10-year deal" after "a 10-year contract" is that contract. */
    @Test
    void aGeneralHeadWithTheWordsOfAnotherTitleIsThatAgreement() {
        DocumentFacts d = extract("Iran and India have signed a 10-year contract for operation of the port of Chabahar. "
                + "The 10-year deal was signed by Iran's Minister of Roads Mehrdad Bazrpash and India's Minister of Ports "
                + "Sarbananda Sonowal in Tehran on Monday.");
        assertThat(d.entities()).filteredOn(e -> e.label().equals("Agreement")).extracting(e -> e.id())
                .containsExactly("agreement:10-year-contract-ind-irn");
    }

    /** real6 (r130): the treaty a visit was "to sign" is the one "the treaty" signed later stands for. */
    @Test
    void aBareTreatySignedIsTheOneTreatyDescribedBefore() {
        DocumentFacts d = extract("Iranian President Masoud Pezeshkian arrived in Moscow on Friday to sign a comprehensive "
                + "strategic partnership treaty with Russian President Vladimir Putin. Putin and Pezeshkian signed the treaty.");
        assertThat(d.entities()).extracting(e -> e.id()).contains("agreement:comprehensive-strategic-partnership-treaty-irn-rus")
                .doesNotContain("agreement:treaty-irn-rus");
    }

    /**
     * real19 (r386): "have signed a comprehensive cooperation agreement" and then "The \"comprehensive strategic
     * partnership treaty\" includes ...": the one treaty the article names, which nobody signed by name, is the one
     * signed.
     */
    @Test
    void anAgreementDescribedAsSignedIsTheOneTreatyNamedAfter() {
        var d = extract("Russian President Vladimir Putin and Iranian President Masoud Pezeshkian have signed a "
                + "comprehensive cooperation agreement in Moscow. The \"comprehensive strategic partnership treaty\" "
                + "includes provisions for trade.");
        assertThat(d.entities()).filteredOn(e -> e.label().equals("Agreement")).singleElement()
                .satisfies(e -> assertThat(e.id()).startsWith("agreement:comprehensive-strategic-partnership-treaty"));
        assertThat(d.relations()).filteredOn(r -> r.type().equals("SIGNED")).hasSize(2)
                .allMatch(r -> r.target().startsWith("agreement:comprehensive-strategic-partnership-treaty"));
    }
}

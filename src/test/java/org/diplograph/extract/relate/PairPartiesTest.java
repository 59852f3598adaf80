package org.diplograph.extract.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.assertRelation;
import static org.diplograph.extract.RuleFacts.extract;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** A signed agreement without parties in an article about two states: the two states are its parties. */
class PairPartiesTest {
    private static final String VISIT = "UAE President Mohamed bin Zayed paid a visit to Azerbaijan. He and President Ilham "
            + "Aliyev discussed trade between the UAE and Azerbaijan. ";

    @Test
    void aNamedAgreementSignedInATwoStateArticle() {
        DocumentFacts d = extract(VISIT + "A Framework Agreement on Strategic Partnership was signed to strengthen "
                + "renewable energy.");
        assertRelation(d, "PARTY_TO", "state:ARE", "agreement:framework-agreement-on-strategic-partnership-are-aze",
                "party-article-pair");
        assertRelation(d, "PARTY_TO", "state:AZE", "agreement:framework-agreement-on-strategic-partnership-are-aze",
                "party-article-pair");
    }

    @Test
    void notWhenToComeOrWithAThirdStateOrUnnamed() {
        for (String s : new String[] {"A Framework Agreement on Strategic Partnership is expected to be signed soon.",
                "A Framework Agreement on Strategic Partnership was signed with Turkey.", "A contract was signed on Monday."}) {
            assertThat(extract(VISIT + s).relations()).as(s)
                    .noneMatch(r -> r.evidence().get(0).rule().equals("party-article-pair"));
        }
    }

    /**
     * real14 (r271, r272): "should be finalized ... and be signed next year" and "We must make a joint statement" say
     * the signing is to come: no party, no signer.
     */
    @Test
    void notWhenItShouldOrMustBeSigned() {
        for (String s : new String[] {"The two leaders agreed that the Framework Agreement on Strategic Partnership, which "
                + "will further enhance cooperation, should be finalized at the earliest and be signed during the visit next year.",
                "\u201cWe must make a joint statement, a substantive one,\u201d Aliyev said."}) {
            assertThat(extract(VISIT + s).relations()).as(s)
                    .noneMatch(r -> r.type().equals("PARTY_TO") || r.type().equals("SIGNED"));
        }
    }

    @Test
    void theTwoCountriesSignedAPackageWhileAThirdStateIsNamedLess() {
        DocumentFacts d = extract("Iranian President Masoud Pezeshkian met Iraqi Prime Minister Mohammed Shia al-Sudani in "
                + "Baghdad. Iran and Iraq discussed trade, while the United States watched. Iran and Iraq are neighbours. "
                + "The Iraqi prime minister's media office said the two countries had signed 14 memoranda of understanding.");
        assertThat(d.relations()).filteredOn(r -> r.type().equals("PARTY_TO") && r.target().contains("package-14")
                && r.evidence().get(0).rule().equals("party-sides-pair")).extracting(r -> r.source())
                .contains("state:IRN", "state:IRQ");
    }

    @Test
    void theThreeLeadersSignedAPackage() {
        String summit = "The presidents of Turkey, Azerbaijan and Turkmenistan met in Awaza. Turkey, Azerbaijan and "
                + "Turkmenistan discussed trade, and Turkey and Azerbaijan praised Turkmenistan. ";
        DocumentFacts d = extract(summit + "The three leaders then signed five documents on energy and transport.");
        assertThat(d.relations()).filteredOn(r -> r.type().equals("PARTY_TO") && r.target().contains("package-5")
                && r.evidence().get(0).rule().equals("party-sides-group")).extracting(r -> r.source())
                .containsExactlyInAnyOrder("state:TUR", "state:AZE", "state:TKM");
        DocumentFacts trio = extract(summit + "The trio signed five agreements.");
        assertThat(trio.relations()).filteredOn(r -> r.type().equals("PARTY_TO") && r.target().contains("package-5"))
                .hasSize(3);
        // a fourth state named as often: which three is not clear
        DocumentFacts four = extract(summit + "Russia, Russia and Russia watched. The three leaders then signed five "
                + "documents.");
        assertThat(four.relations()).noneMatch(r -> r.evidence().get(0).rule().equals("party-sides-group"));
    }

    @Test
    void aNamedAgreementNoRuleGaveAPartyIsThePairs() {
        DocumentFacts d = extract(VISIT + "The Treaty of Alliance meets the interests of both fraternal peoples.");
        assertRelation(d, "PARTY_TO", "state:ARE", "agreement:treaty-of-alliance-are-aze", "party-article-pair-named");
        assertRelation(d, "PARTY_TO", "state:AZE", "agreement:treaty-of-alliance-are-aze", "party-article-pair-named");
        for (String s : new String[] {"The Treaty of Alliance is expected to be signed soon.",
                "The Treaty of Alliance with Turkey meets the interests of both peoples.",
                "A memorandum of understanding meets the interests of both peoples."}) {
            assertThat(extract(VISIT + s).relations()).as(s)
                    .noneMatch(r -> r.evidence().get(0).rule().equals("party-article-pair-named"));
        }
    }

    @Test
    void aJointStatementIsThePairsUnlessToCome() {
        DocumentFacts d = extract(VISIT + "Trade will grow, according to a joint statement issued after they met.");
        assertRelation(d, "PARTY_TO", "state:ARE", "agreement:joint-statement-are-aze", "party-article-pair-named");
        assertRelation(d, "PARTY_TO", "state:AZE", "agreement:joint-statement-are-aze", "party-article-pair-named");
        // the bare one, where the article names a joint statement with a topic, is that one
        d = extract(VISIT + "They signed a joint statement on bilateral cooperation. The joint statement was welcomed.");
        assertThat(d.entities()).filteredOn(e -> e.id().startsWith("agreement:joint-statement")).hasSize(1);
        d = extract(VISIT + "Both sides will issue a joint statement on Friday.");
        assertThat(d.entities()).anyMatch(e -> e.id().startsWith("agreement:joint-statement"));
        assertThat(d.relations()).noneMatch(r -> r.type().equals("PARTY_TO"));
    }

    /**
     * real19 (r383): "according to a joint statement by Beijing, Riyadh and Tehran" names the statement's three parties,
     * a third state or not (rule {@code agreement-issued-by}); a bare "peace treaty between A and B" stays unnamed.
     */
    @Test
    void aJointStatementByTheStatesItNames() {
        DocumentFacts d = extract("Saudi Arabia and Iran agreed to reopen their embassies after talks in the Chinese "
                + "capital, according to a joint statement by Beijing, Riyadh and Tehran on Friday.");
        for (String s : new String[] {"state:CHN", "state:IRN", "state:SAU"}) {
            assertRelation(d, "PARTY_TO", s, "agreement:joint-statement-chn-irn-sau", "agreement-issued-by");
        }
        assertThat(extract("Aliyev spoke of a peace treaty between Armenia and Azerbaijan on Friday.").entities())
                .noneMatch(e -> e.label().equals("Agreement"));
    }

    /** real19 (r376): "the drones deal was formally signed between A and B": a bare deal signed between those it names. */
    @Test
    void aDealSignedBetweenTheOrganizationsItNames() {
        DocumentFacts d = extract("The drones deal was formally signed between Turkish defense firm Baykar and the Saudi "
                + "defense ministry on Tuesday.");
        assertRelation(d, "PARTY_TO", "org:baykar", "agreement:drones-deal-baykar-sau-defense-ministry",
                "agreement-signed-between");
        assertRelation(d, "PARTY_TO", "org:sau-defense-ministry", "agreement:drones-deal-baykar-sau-defense-ministry",
                "agreement-signed-between");
    }
}

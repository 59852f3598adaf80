package org.diplograph.extract.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.assertEntity;
import static org.diplograph.extract.RuleFacts.assertNoEntityLabelled;

import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.junit.jupiter.api.Test;

/** Rule family agreements: memoranda, packages of documents, named agreements and generic ones. */
class AgreementNamesTest {

    @Test
    void aMemorandumBetweenTwoGovernmentsIsNoBackReference() {
        DocumentFacts d = extract("Signing of the Memorandum of Understanding between the Government of Turkmenistan and "
                + "the Government of the Republic of Azerbaijan on joint exploration of the Dostluk Field was held in the "
                + "capital on January 21.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("PARTY_TO") && r.source().equals("state:AZE")
                && r.target().startsWith("agreement:memorandum-of-understanding-on-joint-exploration-of-the-dostluk-field"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("PARTY_TO") && r.source().equals("state:TKM"));
        DocumentFacts e = extract("The Memorandum of Understanding between Turkmenistan and Azerbaijan was signed in "
                + "Ashgabat on January 21.");
        assertThat(e.entities()).anyMatch(x -> x.label().equals("Agreement"));
    }

    @Test
    void aMemorandumNamedByItsPurpose() {
        DocumentFacts d = extract("Saudi Foreign Minister Faisal bin Farhan and Georgian Foreign Minister Ilia "
                + "Darchiashvili signed a memorandum of understanding to establish the Saudi-Georgian Coordination Council.");
        assertThat(d.entities()).anyMatch(e -> e.label().equals("Agreement")
                && e.id().startsWith("agreement:memorandum-of-understanding-to-establish-the-saudi-georgian-coordination-council"));
        // the body it sets up is still an organisation
        assertThat(d.entities()).anyMatch(e -> e.id().equals("org:saudi-georgian-coordination-council"));
        // "to be signed" is no purpose
        DocumentFacts e = extract("Saudi Arabia and Georgia agreed on a memorandum of understanding to be signed in May.");
        assertThat(e.entities()).noneMatch(x -> x.id().contains("to-be-signed"));
    }

    @Test
    void aMemorandumWithItsTopicAndALaterReferenceToIt() {
        DocumentFacts d = extract("Tajikistan and Uzbekistan signed a memorandum of understanding on water cooperation "
                + "on Monday. Experts praised the memorandum of understanding.");
        String id = "agreement:memorandum-of-understanding-on-water-cooperation-tjk-uzb";
        Entity m = assertEntity(d, id, "Agreement", "mou");
        assertThat(m.properties()).containsEntry("kind", "mou")
                .containsEntry("title", "Memorandum of Understanding on water cooperation");
        // the second sentence's bare memorandum is the same one (mou-reference), not a new agreement
        assertThat(d.entities()).filteredOn(e -> e.label().equals("Agreement")).hasSize(1);
        assertThat(d.relations()).anyMatch(r -> r.type().equals("MENTIONS") && r.target().equals(id)
                && Integer.valueOf(2).equals(r.properties().get("count")));
        assertNoEntityLabelled(extract("Officials praised the memorandum of understanding."), "Agreement");
    }

    /** real14 (r277), real11 (r220): "the Treaty between A, B and C on <topic>" is the treaty on its topic, between them. */
    @Test
    void aTreatyBetweenStatesOnATopic() {
        DocumentFacts d = extract("The presidents signed the Treaty between Kyrgyzstan, Tajikistan, and Uzbekistan on the "
                + "junction point of the state borders of the three countries.");
        String id = "agreement:treaty-on-the-junction-point-of-the-state-borders-kgz-tjk-uzb";
        assertThat(assertEntity(d, id, "Agreement", "generic-agreement-topic").properties())
                .containsEntry("title", "Treaty on the junction point of the state borders");
        for (String s : new String[] {"state:KGZ", "state:TJK", "state:UZB"}) {
            assertThat(d.relations()).anyMatch(r -> r.type().equals("PARTY_TO") && r.source().equals(s) && r.target().equals(id));
        }
        // not a lone head between persons, nor without a topic
        assertNoEntityLabelled(extract("The Treaty between Tokayev and Putin on Monday was discussed."), "Agreement");
    }

    /** real5 (r105): "which serves as a roadmap for ..." describes the agreement named before; it is no roadmap. */
    @Test
    void aDocumentDescribedAsAKindIsNoSecondDocument() {
        DocumentFacts d = extract("Sudani and Erdogan signed the Strategic Framework Agreement between Iraq and Turkey, which "
                + "serves as a roadmap for fostering a comprehensive economic partnership.");
        assertThat(d.entities()).filteredOn(e -> e.label().equals("Agreement")).extracting(Entity::id)
                .noneMatch(id -> id.startsWith("agreement:roadmap"));
    }

    @Test
    void aCountedPackageOfDocuments() {
        Entity p = assertEntity(extract("The leaders signed 23 cooperation agreements in Astana."), "agreement:package-23",
                "Agreement", "package-count");
        assertThat(p.properties()).containsEntry("count", 23).containsEntry("kind", "package");
        assertNoEntityLabelled(extract("The two sides discussed 20 countries and three companies."), "Agreement");
        assertEntity(extract("During the trip, 41 bilateral papers were inked."), "agreement:package-41", "Agreement",
                "package-count");
    }

    @Test
    void aNamedAgreement() {
        Entity t = assertEntity(extract("The two countries signed the Treaty on Comprehensive Strategic Partnership in "
                + "Moscow."), "agreement:treaty-on-comprehensive-strategic-partnership", "Agreement", "named-agreement");
        assertThat(t.properties()).containsEntry("kind", "treaty");
    }

    @Test
    void genericAgreementsWithAndWithoutTopic() {
        Entity c = assertEntity(extract("Uzbekistan and Kyrgyzstan signed a ten-year contract for gas supplies."),
                "agreement:ten-year-contract-kgz-uzb", "Agreement", "generic-agreement");
        assertThat(c.properties()).containsEntry("kind", "contract");
        Entity r = assertEntity(extract("Kazakhstan and Turkmenistan signed a roadmap on transit cooperation."),
                "agreement:roadmap-on-transit-cooperation-kaz-tkm", "Agreement", "generic-agreement-topic");
        assertThat(r.properties()).containsEntry("title", "roadmap on transit cooperation");
    }

    @Test
    void aDayAfterATitleIsNotPartOfIt() {
        assertEntity(extract("The two countries signed the Treaty on Comprehensive Strategic Partnership on Friday."),
                "agreement:treaty-on-comprehensive-strategic-partnership", "Agreement", "named-agreement");
    }

    @Test
    void titlesKeepTheirCompoundsAndStopAtTheNextAgreement() {
        DocumentFacts d = extract("The two countries signed the MoU on Nepal–China Trade Promotion, the MoU on "
                + "Economic and Technical Cooperation and the MoU on the Development Plan.");
        for (String id : new String[] {"nepal-china-trade-promotion", "economic-and-technical-cooperation",
                "the-development-plan"}) {
            assertThat(d.entities()).as(id).anyMatch(e -> e.id().startsWith("agreement:memorandum-of-understanding-on-" + id)
                    && !e.id().contains("-and-the-mou"));
        }
        assertThat(extract("Officials signed an MoU on the Establishment of the Rimdan-Gabd Joint Free/Special Zone.")
                .entities()).anyMatch(e -> e.id().startsWith(
                "agreement:memorandum-of-understanding-on-the-establishment-of-the-rimdan-gabd-joint-free-special-zone"));
    }

    @Test
    void aCapitalisedHeadOpensItsTitleAndAnAcronymOpensALowerCaseOne() {
        DocumentFacts d = extract("Shavkat Mirziyoyev and Emomali Rahmon signed a historic Declaration on eternal friendship.");
        assertThat(d.entities()).anyMatch(e -> e.id().startsWith("agreement:declaration-on-eternal-friendship"));
        assertThat(extract("Officials signed the IGC cooperation framework agreement.").entities())
                .anyMatch(e -> e.id().startsWith("agreement:igc-cooperation-framework-agreement"));
    }

    @Test
    void aTitleCaseCooperationKeepsItsField() {
        DocumentFacts d = extract("Mongolia and Turkey signed an Intergovernmental Agreement on Cooperation in Health and "
                + "Medical Sciences and an Intergovernmental Agreement on Cooperation in Education.");
        assertThat(d.entities()).extracting(e -> e.id()).contains(
                "agreement:intergovernmental-agreement-on-cooperation-in-health-and-medical-sciences-mng-tur",
                "agreement:intergovernmental-agreement-on-cooperation-in-education-mng-tur");
    }

    @Test
    void aPackageMayHaveTwoAdjectivesJoinedByAnd() {
        DocumentFacts d = extract("China and Kazakhstan on Monday signed 24 intergovernmental and interdepartmental "
                + "agreements.");
        assertEntity(d, "agreement:chn-kaz-package-24", "Agreement", "package-count");
    }

    @Test
    void aRoadMapInTwoWordsAndAHyphenatedAdjectiveInAPackage() {
        DocumentFacts d = extract("Belarus and Iran signed a road map of comprehensive cooperation between the countries.");
        assertThat(d.entities()).anyMatch(e -> e.id().startsWith("agreement:road-map-of-comprehensive-cooperation")
                && "roadmap".equals(e.properties().get("kind")));
        assertEntity(extract("Iraq and China signed eight broad-ranging agreements on Monday."), "agreement:chn-irq-package-8",
                "Agreement", "package-count");
    }

    @Test
    void anArticleInsideATitleCaseTitle() {
        DocumentFacts d = extract("The Agreement on the Establishment of a Strategic Partnership between India and Qatar was "
                + "signed in New Delhi.");
        assertEntity(d, "agreement:agreement-on-the-establishment-of-a-strategic-partnership-ind-qat", "Agreement",
                "named-agreement");
    }
    @Test
    void aGenericNameInParenthesesIsTheAgreementJustNamed() {
        DocumentFacts d = extract("Pakistan and Uzbekistan signed "
                + "documents.\n\nThe action plan of practical measures (roadmap) to further develop cooperation was signed by "
                + "National Security Advisor Moeed Yousaf.");
        assertThat(d.entities()).filteredOn(e -> e.label().equals("Agreement")).hasSize(1);
    }

    @Test
    void aNamedTitleKeepsItsEconomicAndStrategicWordsAndAYearCount() {
        assertThat(extract("He praised the Comprehensive Economic Partnership Agreement between the UAE and Georgia.")
                .entities()).anyMatch(e -> e.id().startsWith("agreement:comprehensive-economic-partnership-agreement"));
        assertThat(extract("Given the 25-Year Strategic Partnership Contract inked between Iran and China, trade grew.")
                .entities()).anyMatch(e -> e.id().startsWith("agreement:25-year-strategic-partnership-contract")
                && "contract".equals(e.properties().get("kind")));
    }

    @Test
    void aMemorandumOfALowerCaseTopic() {
        DocumentFacts d = extract("The prime ministers of Georgia and Armenia signed a memorandum of strategic partnership.");
        assertEntity(d, "agreement:memorandum-of-strategic-partnership-arm-geo", "Agreement", "generic-agreement-topic");
        // "MoUs [memorandum of understandings]": a gloss of a plural names no agreement
        assertNoEntityLabelled(extract("Pakistan and Azerbaijan signed MoUs [memorandum of understandings] for trade."),
                "Agreement");
    }

    /**
     * real16 (r323): "a landmark 25-year cooperation pact" keeps its number in its title, and the article's later bare
     * "the agreement" is that pact, since the article names no other.
     */
    @Test
    void aNumberedTermStaysInTheTitleAndABareAgreementIsTheOneDescribed() {
        DocumentFacts d = extract("Foreign ministers from China and Iran signed a landmark 25-year cooperation pact yesterday. "
                + "Wang Yi met President Hassan Rouhani before the signing of the agreement in Teheran.");
        assertThat(d.entities()).filteredOn(e -> e.label().equals("Agreement")).extracting(Entity::id)
                .containsExactly("agreement:25-year-cooperation-pact-chn-irn");
    }

    /** real16 (r322): "12 signed Memorandums of Understanding" is a package of twelve. */
    @Test
    void aCountedPackageOfSignedDocuments() {
        DocumentFacts d = extract("Azerbaijani Foreign Minister Jeyhun Bayramov and UAE Minister of State Saeed Al Hajeri "
                + "exchanged 12 signed Memorandums of Understanding (MOUs).");
        assertThat(d.entities()).anyMatch(e -> e.id().endsWith("package-12"));
    }

    /**
     * real19 (r383): a named set in the plural, a title-case list of fields before its head, and a date after "of" that
     * is no part of the name.
     */
    @Test
    void aNamedSetInThePluralWithAListOfFields() {
        var ids = extract("Saudi Arabia and Iran agreed to reactivate the Security Cooperation Agreements signed in 2001 "
                + "and the Economic, Trade, Sports and Youth Cooperation Agreements of May 27, 1998.").entities().stream()
                .map(e -> e.id()).toList();
        assertThat(ids).anyMatch(id -> id.startsWith("agreement:security-cooperation-agreements"))
                .anyMatch(id -> id.startsWith("agreement:economic-trade-sports-and-youth-cooperation-agreements-irn-sau"));
    }
}

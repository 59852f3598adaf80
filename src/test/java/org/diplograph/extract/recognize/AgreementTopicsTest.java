package org.diplograph.extract.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.assertEntity;
import static org.diplograph.extract.RuleFacts.assertNoRelation;
import static org.diplograph.extract.RuleFacts.assertRelation;
import static org.diplograph.extract.RuleFacts.extract;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Rule family agreement topics: a signed plural with a list of topics is one agreement per topic. */
class AgreementTopicsTest {

    @Test
    void commasSeparateTheTopicsAndAndBindsInsideOne() {
        DocumentFacts d = extract("Russia and Turkmenistan signed memorandums on cooperation in transport and transit, "
                + "communications and IT, and banking supervision, as well as other documents on trade.");
        for (String topic : new String[] {"memorandum-on-cooperation-in-transport-and-transit",
                "memorandum-on-communications-and-it", "memorandum-on-banking-supervision"}) {
            String id = "agreement:" + topic + "-rus-tkm";
            assertEntity(d, id, "Agreement", "agreement-topic-list");
            assertRelation(d, "PARTY_TO", "state:RUS", id, "party-subject");
            assertRelation(d, "PARTY_TO", "state:TKM", id, "party-subject");
        }
        assertThat(d.entities()).noneMatch(e -> e.id().contains("trade"));
    }

    @Test
    void aRepeatedPrepositionSeparatesTopicsAndLoneGerundsJoinTheNext() {
        DocumentFacts d = extract("Iran and Armenia signed agreements on preventing, identifying and curbing suspicious "
                + "financial transactions by traders and on cooperation in the sphere of plant quarantine.");
        assertEntity(d, "agreement:agreement-on-preventing-identifying-and-curbing-suspicious-financial-transactions-arm-irn",
                "Agreement", "agreement-topic-list");
        assertEntity(d, "agreement:agreement-on-cooperation-in-the-sphere-of-plant-quarantine-arm-irn", "Agreement",
                "agreement-topic-list");
    }

    @Test
    void oneTopicACountedPackageOrAFieldListGivesNoTopicAgreements() {
        assertThat(extract("Iran and Armenia signed agreements on trade and energy.").entities())
                .noneMatch(e -> "agreement-topic-list".equals(e.rule()));
        assertThat(extract("Iran and Armenia signed 12 agreements on trade, energy and transport.").entities())
                .noneMatch(e -> e.id().contains("on-energy"));
        assertThat(extract("Iran and Armenia signed MoUs in the fields of medicine, sports and finance.").entities())
                .noneMatch(e -> e.id().contains("medicine"));
    }

    @Test
    void aPersonNamedAsAnOwnerOrASourceDoesNotSign() {
        DocumentFacts d = extract("Following the meeting, according to PM Irakli Garibashvili's administration, Tbilisi "
                + "and Baku signed memorandums on border crossings, arts and culture, and standardization.");
        assertEntity(d, "agreement:memorandum-on-border-crossings-aze-geo", "Agreement", "agreement-topic-list");
        assertNoRelation(d, "SIGNED");
    }

    @Test
    void signedDocumentsListTheirTopicsAndAsWellAsAddsOne() {
        DocumentFacts d = extract("Russia and Bahrain signed documents regarding cooperation in the pharmaceutical and medical "
                + "industry, transport and transit, as well as cultural exchange.");
        for (String topic : new String[] {"agreement-on-cooperation-in-the-pharmaceutical-and-medical-industry",
                "agreement-on-transport-and-transit", "agreement-on-cultural-exchange"}) {
            assertRelation(d, "PARTY_TO", "state:BHR", "agreement:" + topic + "-bhr-rus", "party-subject");
        }
    }

    @Test
    void examplesOfFieldsAreTopics() {
        DocumentFacts d = extract("Pakistan and Azerbaijan signed agreements in various fields such as consular affairs, "
                + "transit trade, law and justice, and mineral resources.");
        for (String topic : new String[] {"consular-affairs", "transit-trade", "law-and-justice", "mineral-resources"}) {
            assertRelation(d, "PARTY_TO", "state:PAK", "agreement:agreement-on-" + topic + "-aze-pak", "party-subject");
        }
    }

    @Test
    void aPluralListedAmongWhatWasSignedListsItsTopics() {
        DocumentFacts d = extract("Mongolia and Kazakhstan signed several cooperation documents, including a roadmap for "
                + "trade, as well as memorandums of understanding on tourism, culture, light industry, and information technology.");
        for (String topic : new String[] {"tourism", "culture", "light-industry", "information-technology"}) {
            assertEntity(d, "agreement:memorandum-on-" + topic + "-kaz-mng", "Agreement", "agreement-topic-list");
        }
        assertThat(extract("Korea and Uzbekistan signed 17 documents, including agreements on healthcare, transport and "
                + "energy.").entities()).noneMatch(e -> "agreement-topic-list".equals(e.rule()));
    }

    /** real6 (r121): "on the matter, but the project never saw the light of day" is no list of topics. */
    @Test
    void aClauseAfterButIsNoTopic() {
        DocumentFacts d = extract("The two countries signed several memorandums of understanding on the matter, but the "
                + "project never saw the light of day.");
        assertThat(d.entities()).noneMatch(e -> e.label().equals("Agreement"));
    }
}

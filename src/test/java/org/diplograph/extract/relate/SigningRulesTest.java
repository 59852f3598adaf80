package org.diplograph.extract.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.assertEntity;
import static org.diplograph.extract.RuleFacts.assertNoRelation;
import static org.diplograph.extract.RuleFacts.assertRelation;

import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.junit.jupiter.api.Test;

/** Signing rules: SIGNED, PARTY_TO, CONCERNS, and the signers' meeting and visit to the city of the signing. */
class SigningRulesTest {
    private static final String TALKS = "Uzbek President Shavkat Mirziyoyev held talks with Kyrgyz President Sadyr "
            + "Japarov in Tashkent. ";

    /** real11 (r230), real14 (r275): leaders who issued a joint statement did not sign it; their states are its parties. */
    /** real3 (r56), real2 (r41): persons named for when or why documents were signed did not sign them. */
    /** real1 (r12, r22): who congratulates on a signing, or witnesses it, did not sign. */
    @Test
    void anAgreementFormalizedByTwoMinisters() {
        DocumentFacts d = extract("India and Uzbekistan signed a bilateral investment treaty. The agreement was formalized "
                + "in Tashkent by Nirmala Sitharaman, Minister of Finance of India, and Jamshid Khodjayev, Deputy Prime "
                + "Minister of Uzbekistan.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.source().equals("person:nirmala-sitharaman")
                && r.target().startsWith("agreement:bilateral-investment-treaty"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.source().equals("person:jamshid-khodjaev"));
    }

    @Test
    void congratulationsAndWitnessingAreNoSigning() {
        DocumentFacts d = extract("President Xi Jinping offered congratulations on the signing of an intergovernmental "
                + "agreement on the China-Kyrgyzstan-Uzbekistan railway project on Thursday.");
        assertThat(d.relations()).noneMatch(r -> r.type().equals("SIGNED"));
        DocumentFacts w = extract("Minister Sarbananda Sonowal flew to Tehran and joined his counterpart Mehrdad Bazrpash in "
                + "witnessing the signing of the 10-year contract between India Ports Global Limited and the Ports and "
                + "Maritime Organisation of Iran.");
        assertThat(w.relations()).noneMatch(r -> r.type().equals("SIGNED"));
        assertThat(w.relations()).anyMatch(r -> r.type().equals("MET"));
    }

    @Test
    void theOccasionOfASigningNamesNoSigner() {
        for (String s : new String[] {"The documents were signed in Yerevan on Tuesday following a private meeting between "
                + "Iranian President Masoud Pezeshkian and Armenian Prime Minister Nikol Pashinyan.",
                "The documents were signed between the two countries on the occasion of Iranian President Ebrahim Raisi's "
                + "three-day official visit to Pakistan."}) {
            DocumentFacts d = extract("Iran and its neighbour signed 10 memoranda of understanding. " + s);
            assertThat(d.relations()).as(s).noneMatch(r -> r.type().equals("SIGNED"));
        }
        // the persons "between" whom a contract was signed still signed it
        DocumentFacts d = extract("The contract was signed on Wednesday in Tehran between Iranian Minister Farzaneh Sadegh "
                + "and Russian Minister Roman Starovoit.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.source().equals("person:farzaneh-sadegh"));
    }

    @Test
    void anIssuedStatementHasPartiesButNoSigners() {
        DocumentFacts d = extract("President Kassym-Jomart Tokayev and President of Azerbaijan Ilham Aliyev issued a joint "
                + "statement on strategic partnership after talks in Baku.");
        assertThat(d.relations()).noneMatch(r -> r.type().equals("SIGNED"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("PARTY_TO") && r.source().equals("state:KAZ"));
    }

    @Test
    void signersTheirStatesTheirMeetingAndTheVisit() {
        DocumentFacts d = extract("Uzbek Foreign Minister Bakhtiyor Saidov and Afghan Foreign Minister Amir Khan Muttaqi "
                + "signed the Treaty on Strategic Partnership in Kabul.");
        String treaty = "agreement:treaty-on-strategic-partnership-afg-uzb";
        Entity t = assertEntity(d, treaty, "Agreement", "named-agreement");
        assertThat(t.properties()).containsEntry("stage", "signed");
        assertRelation(d, "SIGNED", "person:bakhtiyor-saidov", treaty, "signed");
        assertRelation(d, "SIGNED", "person:amir-khan-muttaqi", treaty, "signed");
        assertRelation(d, "PARTY_TO", "state:UZB", treaty, "party-signer");
        assertRelation(d, "PARTY_TO", "state:AFG", treaty, "party-signer");
        assertRelation(d, "MET", "person:bakhtiyor-saidov", "person:amir-khan-muttaqi", "met-signing");
        assertRelation(d, "VISITED", "person:bakhtiyor-saidov", "place:kabul", "visit-signing");
        assertNoRelation(d, "VISITED", "person:amir-khan-muttaqi", "place:kabul");
    }

    @Test
    void partiesFromTheSubjectFromBetweenAndFromTheContext() {
        String treaty = "agreement:treaty-on-strategic-partnership-kgz-uzb";
        DocumentFacts d = extract("Uzbekistan and Kyrgyzstan signed the Treaty on Strategic Partnership in Tashkent.");
        assertRelation(d, "PARTY_TO", "state:UZB", treaty, "party-subject");
        assertRelation(d, "PARTY_TO", "state:KGZ", treaty, "party-subject");
        d = extract("The Treaty on Strategic Partnership between Uzbekistan and Kyrgyzstan was ratified in May.");
        assertRelation(d, "PARTY_TO", "state:UZB", treaty, "agreement-between");
        assertRelation(d, "PARTY_TO", "state:KGZ", treaty, "agreement-between");
        d = extract(TALKS + "The sides signed the Treaty on Strategic Partnership.");
        assertRelation(d, "PARTY_TO", "state:UZB", treaty, "party-context");
        assertRelation(d, "PARTY_TO", "state:KGZ", treaty, "party-context");
    }

    @Test
    void theLeadersNamedBeforeSigned() {
        DocumentFacts d = extract(TALKS + "The two leaders signed the Treaty on Strategic Partnership.");
        String treaty = "agreement:treaty-on-strategic-partnership-kgz-uzb";
        assertRelation(d, "SIGNED", "person:shavkat-mirziyoyev", treaty, "signed");
        assertRelation(d, "SIGNED", "person:sadyr-japarov", treaty, "signed");
    }

    @Test
    void anAgreementConcerningACorridor() {
        assertRelation(extract("Uzbekistan and Afghanistan signed the Treaty on Strategic Partnership which covers the "
                + "Trans-Afghan Railway."), "CONCERNS", "agreement:treaty-on-strategic-partnership-afg-uzb",
                "corridor:trans-afghan-railway", "agreement-corridor");
        assertRelation(extract("The agreement on the Trans-Afghan Railway was praised by experts."), "CONCERNS",
                "agreement:agreement-on-the-trans-afghan-railway", "corridor:trans-afghan-railway",
                "agreement-on-corridor");
    }

    @Test
    void noSigningExpectedHedgedOrWitnessed() {
        for (String s : new String[] {
                "Uzbek President Shavkat Mirziyoyev is expected to sign the Treaty on Strategic Partnership.",
                "Uzbek President Shavkat Mirziyoyev could sign the Treaty on Strategic Partnership."}) {
            DocumentFacts d = extract(s);
            assertNoRelation(d, "SIGNED");
            assertNoRelation(d, "PARTY_TO");
            assertThat(assertEntity(d, "agreement:treaty-on-strategic-partnership", "Agreement", "named-agreement")
                    .properties()).doesNotContainKey("stage");
        }
        assertNoRelation(extract("Uzbek President Shavkat Mirziyoyev witnessed the signing of the Treaty on Strategic "
                + "Partnership."), "SIGNED");
    }

    @Test
    void congratulatingASigningByVideoLinkIsNeitherSigningNorMeeting() {
        DocumentFacts d = extract("Chinese President Xi Jinping, Kyrgyz President Sadyr Japarov and Uzbek President Shavkat "
                + "Mirziyoyev congratulated the signing of an intergovernmental agreement on the China-Kyrgyzstan-Uzbekistan "
                + "railway project via video link on Thursday.");
        assertNoRelation(d, "SIGNED");
        assertNoRelation(d, "MET");
        assertThat(d.entities()).noneMatch(e -> e.id().contains("video"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("PARTY_TO") && r.source().equals("state:KGZ"));
    }

    @Test
    void theTwoCountriesAreTheStatesNamedLast() {
        DocumentFacts d = extract("Uzbekistan and Tajikistan held talks in Tashkent. Eleven documents were signed at the "
                + "level of ministries of the two countries.");
        assertRelation(d, "PARTY_TO", "state:UZB", "agreement:tjk-uzb-package-11", "party-context");
        assertRelation(d, "PARTY_TO", "state:TJK", "agreement:tjk-uzb-package-11", "party-context");
    }

    @Test
    void anOpeningPassiveSignedBetweenTwoPersons() {
        DocumentFacts d = extract("The contract was signed on Wednesday in Tehran between Iran's Minister of Roads Mehrdad "
                + "Bazrpash and Russia's Minister of Transport Vitaly Savelyev.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.source().equals("person:vitaly-savelyev"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("MET") && r.evidence().get(0).rule().equals("met-signing"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("VISITED") && r.source().equals("person:vitaly-savelyev")
                && r.target().equals("place:tehran"));
    }

    @Test
    void theInkingOfANamedAgreement() {
        DocumentFacts d = extract("UAE President Mohamed bin Zayed paid a visit to Azerbaijan. He and President Ilham Aliyev discussed trade "
                + "between the UAE and Azerbaijan. " + "The two presidents met, which resulted in the inking of a Joint Statement.");
        assertRelation(d, "PARTY_TO", "state:ARE", "agreement:joint-statement-are-aze", "party-context");
        assertThat(d.relations()).as("the text does not say who signed it").noneMatch(r -> r.type().equals("SIGNED"));
    }

    @Test
    void theSigningOfADocumentByTheTwoPresidents() {
        DocumentFacts d = extract("Kazakh President Kassym-Jomart Tokayev paid a state visit to Mongolia at the invitation of "
                + "Mongolian President Ukhnaagiin Khurelsukh.\n\nA key highlight of the visit was the signing of a \"Joint "
                + "Declaration on Strategic Cooperation\" by the two presidents.");
        for (String p : new String[] {"person:kassym-jomart-tokayev", "person:ukhnaagiin-khurelsukh"}) {
            assertRelation(d, "SIGNED", p, "agreement:joint-declaration-on-strategic-cooperation-kaz-mng", "signed");
        }
    }

    @Test
    void aSigningHeldUpHasNotHappened() {
        DocumentFacts d = extract("Azerbaijani Foreign Minister Jeyhun Bayramov met Georgian Foreign Minister Maka "
                + "Botchorishvili in Baku.\n\nBayramov said Armenia's arms purchases hinder the quick signing of a peace deal "
                + "with Azerbaijan.");
        assertThat(d.relations()).noneMatch(r -> r.type().equals("SIGNED") || r.type().equals("PARTY_TO"));
        assertThat(d.entities()).anyMatch(e -> e.label().equals("Agreement") && e.id().contains("peace"));
    }

    @Test
    void aPronounSpeakingOfTheSigningDidNotSign() {
        DocumentFacts d = extract("Chinese President Xi Jinping spoke by video link with Kyrgyz President Sadyr Japarov.\n\n"
                + "He said the signing of the intergovernmental agreement will provide a solid legal basis for the railway.");
        assertThat(d.relations()).noneMatch(r -> r.type().equals("SIGNED"));
    }

    @Test
    void officialsPutTheirSignaturesOnDocumentsWhereTheLeadersMet() {
        DocumentFacts d = extract("Iranian President Masoud Pezeshkian met Tajik President Emomali Rahmon on Thursday in "
                + "Dushanbe, where Iranian and Tajik officials put their signatures on 23 documents on cooperation.");
        for (String s : new String[] {"state:IRN", "state:TJK"}) {
            assertThat(d.relations()).as(s).anyMatch(r -> r.type().equals("PARTY_TO") && r.source().equals(s)
                    && r.target().contains("package-23"));
        }
        assertThat(d.relations()).noneMatch(r -> r.type().equals("SIGNED"));
    }
    @Test
    void theAgreementOnATopicWasSignedByItsSigners() {
        DocumentFacts d = extract("Pakistan and Uzbekistan on Thursday signed various agreements.\n\nThe agreement on "
                + "broadcasting was signed by Minister for Information Chaudhry Fawad Hussain and Uzbek Minister for Culture "
                + "Ozodbek Nazabekov.");
        for (String p : new String[] {"person:chaudhry-fawad-hussain", "person:ozodbek-nazabekov"}) {
            assertThat(d.relations()).as(p).anyMatch(r -> r.type().equals("SIGNED") && r.source().equals(p)
                    && r.target().startsWith("agreement:agreement-on-broadcasting"));
        }
        assertThat(d.relations()).as("the signer whose office the article's pair gives signs for Pakistan")
                .anyMatch(r -> r.type().equals("PARTY_TO") && r.source().equals("state:PAK")
                        && r.target().startsWith("agreement:agreement-on-broadcasting"));
    }

    @Test
    void theBareAgreementStillRefersBack() {
        DocumentFacts d = extract("Iran and Armenia signed the Agreement on Free Trade in Yerevan.\n\nThe agreement was "
                + "signed by Iranian Minister Ali Akbari and Armenian Minister Vahan Kerobyan.");
        assertThat(d.entities()).noneMatch(e -> e.label().equals("Agreement") && e.id().equals("agreement:agreement"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.target().contains("free-trade"));
    }

    @Test
    void theOneMetIsNoSignerButHisStateIsAParty() {
        DocumentFacts d = extract("Indian Prime Minister Narendra Modi met with Russian President Vladimir Putin on Monday "
                + "and signed a record 28 MoUs.");
        assertRelation(d, "SIGNED", "person:narendra-modi", "agreement:ind-rus-package-28", "signed");
        assertNoRelation(d, "SIGNED", "person:vladimir-putin", "agreement:ind-rus-package-28");
        assertRelation(d, "PARTY_TO", "state:RUS", "agreement:ind-rus-package-28", "party-signer");
        // a group named after the meeting signed: "When A hosted B and C, the three leaders signed"
        d = extract("When Turkmen President Serdar Berdimuhamedov hosted Azerbaijani President Ilham Aliyev and Turkish "
                + "President Recep Tayyip Erdogan in Avaza, the three leaders signed the Avaza Declaration.");
        assertThat(d.relations()).filteredOn(r -> r.type().equals("SIGNED")).hasSize(3);
    }

    @Test
    void duringWhichStartsTheSigningClause() {
        DocumentFacts d = extract("Kuwaiti Crown Prince Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah ended a visit to Hangzhou, "
                + "during which Kuwait and China signed seven memoranda of understanding.");
        assertNoRelation(d, "SIGNED", "person:mishal-al-ahmad-al-jaber-al-sabah", "agreement:chn-kwt-package-7");
        assertRelation(d, "PARTY_TO", "state:KWT", "agreement:chn-kwt-package-7", "party-subject");
    }

    /** real15 (r308, r296): who a signing was "under the auspices of", and who spoke of "the agreements signed", did not sign. */
    @Test
    void underTheAuspicesOrAParticipleAfterTheDocumentsIsNoSigner() {
        assertNoRelation(extract("Under the auspices of Turkish President Recep Tayyip Erdogan and Iraqi Prime Minister "
                + "Mohammed Shia al-Sudani, a memorandum of understanding on the Development Road was signed between Iraq "
                + "and Türkiye."), "SIGNED");
        assertNoRelation(extract("Iranian President Ebrahim Raisi emphasized the need to implement the agreements signed "
                + "between Iran and Uzbekistan."), "SIGNED");
    }

    /** real16 (r324): who oversees a signing ("with Y overseeing the deal") did not sign. */
    @Test
    void whoOverseesASigningDidNotSign() {
        DocumentFacts d = extract("Iranian Supreme National Security Council secretary Ali Shamkhani signed a border security "
                + "deal with Iraqi National Security Adviser Qasim Al-Araji on Sunday, with Iraqi Prime Minister Mohammed Shia "
                + "al-Sudani overseeing the deal.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.source().equals("person:ali-shamkhani"))
                .noneMatch(r -> r.type().equals("SIGNED") && r.source().equals("person:mohammed-shia-al-sudani"));
    }

    /**
     * real16 (r326): "The agreement was signed by A and B" five sentences after the one agreement the article names is
     * that agreement; "according to a statement" names none.
     */
    @Test
    void theOneAgreementOfTheArticleIsSignedFurtherOn() {
        DocumentFacts d = extract("Saudi Arabia and Qatar have signed a formal agreement to construct high-speed rail "
                + "connecting their capitals. According to a statement in official Saudi media on Monday, the railway would "
                + "connect Riyadh with Doha. The Saudi cities of Al-Hofuf and Dammam are also expected to be on the network. "
                + "The train would reach speeds exceeding 300km/h. A direct flight between the cities takes 90 minutes. The "
                + "agreement was signed by Saudi Crown Prince Mohammed bin Salman and Qatar's Emir Sheikh Tamim bin Hamad Al "
                + "Thani during the latter's visit to Riyadh.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.source().equals("person:mohammed-bin-salman")
                && r.target().startsWith("agreement:formal-agreement-to-construct-high-speed-rail"));
        assertThat(d.entities()).noneMatch(e -> e.id().startsWith("agreement:statement"));
    }

    /** real18 (r358): "issued a joint statement" is no signature, "issued and signed a joint statement" is. */
    @Test
    void issuedAndSignedIsASignature() {
        DocumentFacts d = extract("Iranian President Masoud Pezeshkian visited Yerevan. Additionally, Pezeshkian and "
                + "Armenian Prime Minister Nikol Pashinyan issued and signed a joint statement.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.source().equals("person:masoud-pezeshkian"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.source().equals("person:nikol-pashinyan"));
        assertThat(extract("Iranian President Masoud Pezeshkian visited Yerevan. Additionally, Pezeshkian and Armenian "
                + "Prime Minister Nikol Pashinyan issued a joint statement.").relations()).noneMatch(r -> r.type().equals("SIGNED"));
    }

    /** real19 (r372): "according to a statement released on Wednesday" cites a source; nobody signed it. */
    @Test
    void aStatementTheNewsIsAccordingToIsNotSigned() {
        assertThat(extract("Iranian President Ebrahim Raisi concluded his three-day official visit to Pakistan with "
                + "productive discussions, according to a statement released on Wednesday.").relations())
                .noneMatch(r -> r.type().equals("SIGNED") || r.type().equals("PARTY_TO"));
    }
}

package org.diplograph.extract.relate;

import org.diplograph.extract.Extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Relation;
import org.junit.jupiter.api.Test;

/** A list of documents after a signed package gives one agreement per title, with the package's parties. */
class DocumentListsTest {
    private static final Extractor X = new Extractor();

    private static List<String> parties(DocumentFacts d) {
        return d.relations().stream().filter(r -> r.type().equals("PARTY_TO"))
                .map(r -> r.source() + " " + r.target()).sorted().toList();
    }

    @Test
    void announcedListGivesEachTitleThePackageParties() {
        DocumentFacts d = X.extract("list.txt", """
                Iran and Armenia signed five documents on Tuesday. These include:

                - Memorandum of Understanding on cooperation in renewable energy,

                - Agreement on international road transport,

                - Exchange of letters on the visa regime respectively.

                The Armenian Foreign Ministry said the talks were useful.
                """);
        List<String> p = parties(d);
        assertThat(p).anyMatch(s -> s.startsWith("state:IRN agreement:memorandum-of-understanding-on-cooperation-in"));
        assertThat(p).anyMatch(s -> s.startsWith("state:ARM agreement:agreement-on-international-road-transport"));
        assertThat(p).anyMatch(s -> s.startsWith("state:ARM agreement:exchange-of-letters-on-the-visa-regime"));
        assertThat(d.entities()).noneMatch(e -> e.id().contains("armenian-foreign-ministry-said"));
        for (Relation r : d.relations()) {
            if (r.evidence().get(0).rule().equals("document-list")) {
                assertThat(d.text().substring(r.evidence().get(0).start(), r.evidence().get(0).end()))
                        .isEqualTo(r.evidence().get(0).quote());
            }
        }
        assertThat(d.relations()).filteredOn(r -> r.evidence().get(0).rule().equals("document-list")).hasSize(6);
    }

    @Test
    void aSigningWithoutACountAnnouncesTheListOfTheArticlesPair() {
        DocumentFacts d = X.extract("sides.txt", """
                Tajik President Emomali Rahmon held talks with the leader of Turkmenistan in Dushanbe.

                Tajikistan and Turkmenistan agreed to expand trade.

                The parties signed:
                · A Cooperation Program between the Ministry of Foreign Affairs of the Republic of Tajikistan and the Ministry of Foreign Affairs of Turkmenistan for 2024-2025;
                · An Agreement between Khujand and Arkadag City on the establishment of sister city relations;
                · A Memorandum of Understanding on cooperation in seismology.
                """);
        assertThat(d.relations()).filteredOn(r -> r.evidence().get(0).rule().equals("document-list"))
                .hasSize(8) // the pair's 6, and the two ministries the programme is between
                .extracting(r -> r.source() + " " + r.target())
                .anyMatch(s -> s.startsWith("org:tkm-foreign-ministry agreement:a-cooperation-program-between")
                        || s.startsWith("org:tkm-foreign-ministry agreement:cooperation-program-between"))
                .anyMatch(s -> s.startsWith("state:TJK agreement:memorandum-of-understanding-on-cooperation-in-seismology"))
                .anyMatch(s -> s.startsWith("state:TKM agreement:memorandum-of-understanding-on-cooperation-in-seismology"))
                .anyMatch(s -> s.startsWith("state:TKM agreement:agreement-between-khujand-and-arkadag-city"));
    }

    /**
     * real14 (r275, r281): "Key documents include:" after the sentence that says they were signed announces the list;
     * each item is also between the states and bodies it names after "between" (not what they are "of" or "under", nor
     * a state inside a body's name); with no clear pair, an item's own parties are its only ones; and a generic
     * "agreement" at an item's start is that item, not an agreement named elsewhere in the article.
     */
    @Test
    void itemsAreBetweenThePartiesTheyNameAndTheSigningMayBeTheSentenceBefore() {
        DocumentFacts d = X.extract("include.txt", """
                President of Kazakhstan Kassym-Jomart Tokayev and President of Iran Masoud Pezeshkian held talks in Astana.
                In the presence of both Presidents, several intergovernmental agreements and memoranda were signed. Key documents include:
                - Memorandum of Understanding on Intellectual Property Cooperation between Kazakhstan's Ministry of Justice and Iran's State Organization for Registration of Deeds and Properties.
                - Agreement on Mutual Legal Assistance in Criminal Matters between Kazakhstan and Iran.
                """);
        List<String> p = parties(d);
        assertThat(p).anyMatch(s -> s.startsWith("org:kaz-ministry-of-justice agreement:memorandum-of-understanding-on-intellectual-property"))
                .anyMatch(s -> s.startsWith("org:irn-state-organization-for-registration-of-deeds-and-properties agreement:memorandum-of-understanding-on-intellectual-property"))
                .anyMatch(s -> s.startsWith("state:KAZ agreement:memorandum-of-understanding-on-intellectual-property"))
                .anyMatch(s -> s.startsWith("state:IRN agreement:agreement-on-mutual-legal-assistance-in-criminal-matters"));

        DocumentFacts q = X.extract("items.txt", """
                The session of the Supreme Strategic Committee was presided over by President of Turkey Recep Tayyip Erdogan, with the ministers responsible for the agreement that established the committee.
                The session saw the signing of the following agreements and memorandums of understanding:
                1. An agreement between the government of Qatar and the government of Turkey on co-operation in the manufacturing and the technology fields.
                2. A Memorandum of Understanding between Qatar Investment Promotion Agency and the investment office at the presidency of Turkey.
                3. An Agreement on Cooperation between the Center for Advanced Training of the Ministry of Foreign Affairs of Tajikistan and the Institute of International Relations of Turkmenistan.
                """);
        List<String> r = parties(q);
        assertThat(r).anyMatch(s -> s.startsWith("state:QAT agreement:agreement-between-the-government-of-qatar"))
                .anyMatch(s -> s.startsWith("state:TUR agreement:agreement-between-the-government-of-qatar"))
                .anyMatch(s -> s.startsWith("org:qat-investment-promotion-agency agreement:memorandum-of-understanding-between-qatar"))
                .noneMatch(s -> s.startsWith("state:QAT agreement:memorandum-of-understanding-between-qatar"))
                .noneMatch(s -> s.startsWith("org:tjk-foreign-ministry agreement:agreement-on-cooperation-between"));
        // the generic "agreement" of the first sentence keeps its own party, and item 1's parties are not its
        assertThat(r).noneMatch(s -> s.startsWith("state:QAT agreement:agreement-") && !s.contains("between-the-government"));
    }

    @Test
    void titlesWithoutAnAnnouncementOrAfterProseAreNotAList() {
        DocumentFacts d = X.extract("nolist.txt", """
                Iran and Armenia signed five documents on Tuesday.

                Agreement on international road transport was discussed at length by the ministers.
                """);
        assertThat(d.relations()).noneMatch(r -> r.evidence().get(0).rule().equals("document-list"));
    }

    @Test
    void titleShapes() {
        assertThat(DocumentLists.title("-Protocol between the ministries on transport,")).isEqualTo(
                "Protocol between the ministries on transport");
        assertThat(DocumentLists.title("China-Pakistan Economic and Technical Cooperation Agreement"))
                .isEqualTo("China-Pakistan Economic and Technical Cooperation Agreement");
        assertThat(DocumentLists.title("The two leaders discussed the Agreement on trade.")).isNull();
        assertThat(DocumentLists.title("Earlier, Prime Minister Imran Khan held a bilateral meeting")).isNull();
        assertThat(DocumentLists.title("- \"Roadmap\" for the development of cooperation between the regions;"))
                .isEqualTo("Roadmap for the development of cooperation between the regions");
    }

    @Test
    void aNumberedListKeepsEachNumberWithItsTitle() {
        DocumentFacts d = X.extract("numbered.txt", """
                Iraqi Prime Minister Mohammed Shia al-Sudani held talks with Turkish President Recep Tayyip Erdogan.

                Iraq and Turkey want more trade.

                Both sides oversaw the signing of a number of memoranda, including the following:
                1. Framework Memorandum for Cooperation in the Field of Water Resources.
                2. Agreement on the Promotion, Protection, and Exchange of Investments.
                12. MoU on Security Cooperation.
                """);
        List<String> p = parties(d);
        assertThat(p).anyMatch(s -> s.startsWith("state:IRQ agreement:framework-memorandum-for-cooperation-in-the-field"));
        assertThat(p).anyMatch(s -> s.startsWith("state:TUR agreement:agreement-on-the-promotion-protection"));
        assertThat(p).anyMatch(s -> s.startsWith("state:TUR agreement:mou-on-security-cooperation"));
    }

    @Test
    void anExchangeOfDocumentsAnnouncesAListWithLowerCaseHeads() {
        DocumentFacts d = X.extract("exchange.txt", """
                Presidents Kassym-Jomart Tokayev and Vladimir Putin held talks between Kazakhstan and Russia in Moscow.

                The heads of state also witnessed an exchange of the following documents:

                - Comprehensive program of economic cooperation between the two Governments for 2026-2030;

                - Letter of Intent between the Ministries of Education on the establishment of joint schools;
                """);
        List<String> p = parties(d);
        assertThat(p).anyMatch(s -> s.startsWith("state:KAZ agreement:comprehensive-program-of-economic-cooperation"));
        assertThat(p).anyMatch(s -> s.startsWith("state:RUS agreement:letter-of-intent-between-the-ministries"));
    }
}

package org.diplograph.extract.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.assertNoRelation;
import static org.diplograph.extract.RuleFacts.assertRelation;
import static org.diplograph.extract.RuleFacts.relation;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Meeting rules: MET of a clause with a meeting verb, its event, and the foreign attendees' visit to its city. */
class MeetingRulesTest {
    private static final String SAIDOV = "person:bakhtiyor-saidov";
    private static final String NURTLEU = "person:murat-nurtleu";
    private static final String MIRZIYOYEV = "person:shavkat-mirziyoyev";
    private static final String JAPAROV = "person:sadyr-japarov";

    /** real14 (r273): "At the State Palace of Mongolia, X held talks with Y", after a dateline: the talks' venue. */
    @Test
    void aVenueOpeningTheClauseAfterADateline() {
        DocumentFacts d = extract("Ulaanbaatar, June 24, 2025 — The Europe Today: At the State Palace of Mongolia, President "
                + "of the Republic of Uzbekistan, Shavkat Mirziyoyev, held high-level talks with President Ukhnaagiin "
                + "Khurelsukh of Mongolia, both in a restricted format and later with the participation of official "
                + "delegations from both sides.");
        assertRelation(d, "VISITED", "person:shavkat-mirziyoyev", "place:state-palace", "visit-event-venue");
    }

    /** real14 (r277): the place after a long list of attendees is still where they met. */
    @Test
    void thePlaceAfterAListOfAttendees() {
        DocumentFacts d = extract("On March 31, a trilateral meeting was held between the President of Kyrgyzstan Sadyr "
                + "Japarov, the President of Tajikistan Emomali Rahmon, and the President of Uzbekistan Shavkat Mirziyoyev in "
                + "the Tajik city of Khujand.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("HELD_IN") && r.target().equals("place:khujand"));
        assertRelation(d, "VISITED", "person:sadyr-japarov", "place:khujand", "visit-event-venue");
        // not a place the clause goes on to after something else
        DocumentFacts e = extract("On March 31, a trilateral meeting was held between the President of Kyrgyzstan Sadyr "
                + "Japarov, the President of Tajikistan Emomali Rahmon, and the President of Uzbekistan Shavkat Mirziyoyev to "
                + "discuss the situation of refugees in the Afghan city of Herat.");
        assertThat(e.relations()).noneMatch(r -> r.type().equals("HELD_IN") && r.target().equals("place:herat"));
    }

    @Test
    void metInACityOfTheHost() {
        DocumentFacts d = extract("Uzbek Foreign Minister Bakhtiyor Saidov met Kazakh Foreign Minister Murat Nurtleu in "
                + "Tashkent on May 5, 2024.");
        assertRelation(d, "MET", SAIDOV, NURTLEU, "met-meeting");
        assertThat(relation(d, "MET", SAIDOV, NURTLEU).properties()).containsEntry("date", "2024-05-05");
        assertRelation(d, "VISITED", NURTLEU, "place:tashkent", "visit-met");
        assertNoRelation(d, "VISITED", SAIDOV, "place:tashkent");
    }

    @Test
    void talksAndAPersonWhoAlsoTookPart() {
        DocumentFacts d = extract("Uzbek President Shavkat Mirziyoyev held talks with Kyrgyz President Sadyr Japarov "
                + "in Tashkent. Uzbek Foreign Minister Bakhtiyor Saidov also took part.");
        assertRelation(d, "MET", MIRZIYOYEV, JAPAROV, "met-talks");
        assertRelation(d, "MET", SAIDOV, JAPAROV, "met-joined");
        // compatriots at one meeting are a delegation: they did not meet each other (ArticleReasoning.compatriots)
        assertNoRelation(d, "MET", SAIDOV, MIRZIYOYEV);
    }

    @Test
    void anUnnamedSubjectMetTwoPersonsWhoDidNotMeetEachOther() {
        DocumentFacts d = extract("A Tajik delegation arrived in Kabul. Delegates met acting foreign minister Amir Khan "
                + "Muttaqi and security chief Sirajuddin Haqqani.");
        assertNoRelation(d, "MET", "person:amir-khan-muttaqi", "person:sirajuddin-haqqani");
        // talks between two persons are still their meeting
        DocumentFacts e = extract("Talks were held between Uzbek President Shavkat Mirziyoyev and Kyrgyz President Sadyr "
                + "Japarov in Tashkent.");
        assertThat(relation(e, "MET", MIRZIYOYEV, JAPAROV)).isNotNull();
    }

    @Test
    void negotiationsBetweenTwoPersonsAreTheirsAlone() {
        DocumentFacts d = extract("Qatari Emir Tamim bin Hamad Al Thani arrived in Tehran on Thursday, which coincided "
                + "with the second day of negotiations between Iran's chief nuclear negotiator Ali Bagheri Kani and the "
                + "European Union's coordinator Enrique Mora.");
        assertThat(relation(d, "MET", "person:ali-bagheri-kani", "person:enrique-mora")).isNotNull();
        assertNoRelation(d, "MET", "person:tamim-bin-hamad-al-thani", "person:enrique-mora");
    }

    @Test
    void heIsTheSubjectADescriptionStoodFor() {
        DocumentFacts d = extract("Indian Foreign Minister Vinay Kumar Rao arrived in Tashkent on Thursday. The minister "
                + "began his visit by opening a centre and also met Bangladesh Foreign Minister AK Abdul Momen. He also met "
                + "Zalmay Khalilzad, the US envoy.");
        assertThat(relation(d, "MET", "person:vinay-kumar-rao", "person:zalmay-khalilzad")).isNotNull();
        assertNoRelation(d, "MET", "person:ak-abdul-momen", "person:zalmay-khalilzad");
    }

    @Test
    void compatriotsAttendingTalksDidNotMeetEachOther() {
        DocumentFacts d = extract("Pakistani Prime Minister Shehbaz Sharif held talks with Kyrgyz President Sadyr Japarov in "
                + "Islamabad. The talks, attended by Pakistani Foreign Minister Ishaq Dar, Pakistani Interior Minister Mohsin "
                + "Naqvi and others, ended with a joint press conference.");
        assertNoRelation(d, "MET", "person:ishaq-dar", "person:mohsin-naqvi");
        assertRelation(d, "MET", "person:shehbaz-sharif", "person:sadyr-japarov", "met-talks");
        // two compatriots who sign one document together met at its signing, as the guide counts it
        DocumentFacts e = extract("The agreement was signed in Tbilisi by Georgian Economy Minister Levan Davitashvili and "
                + "Georgian Finance Minister Lasha Khutsishvili.");
        assertThat(relation(e, "MET", "person:levan-davitashvili", "person:lasha-khutsishvili")).isNotNull();
    }

    @Test
    void aMeetingAtASummitAndAnInauguration() {
        assertRelation(extract("On the sidelines of the SCO summit in Astana, Uzbek President Shavkat Mirziyoyev held a "
                + "meeting with Kyrgyz President Sadyr Japarov."), "MET", MIRZIYOYEV, JAPAROV, "met-summit");
        assertRelation(extract("Kazakh President Kassym-Jomart Tokayev inaugurated the new plant with Uzbek President "
                + "Shavkat Mirziyoyev in Turkestan."), "MET", "person:kassym-jomart-tokayev", MIRZIYOYEV,
                "met-inauguration");
    }

    @Test
    void noMeetingPlannedNegatedOrByPhone() {
        assertNoRelation(extract("Uzbek Foreign Minister Bakhtiyor Saidov will meet Kazakh Foreign Minister Murat "
                + "Nurtleu in Tashkent."), "MET");
        assertNoRelation(extract("Uzbek President Shavkat Mirziyoyev did not meet Kyrgyz President Sadyr Japarov."), "MET");
        assertNoRelation(extract("Uzbek President Shavkat Mirziyoyev held talks with Kyrgyz President Sadyr Japarov by "
                + "phone."), "MET");
        assertNoRelation(extract("Uzbek Foreign Minister Bakhtiyor Saidov held a phone call with Kazakh Foreign Minister "
                + "Murat Nurtleu."), "MET");
    }

    @Test
    void attendeesOfASummitDidNotMeetPairwise() {
        assertNoRelation(extract("Kazakh President Kassym-Jomart Tokayev, Uzbek President Shavkat Mirziyoyev and Kyrgyz "
                + "President Sadyr Japarov attended the SCO summit in Astana."), "MET");
    }

    @Test
    void leadersWhoHeldASummitMet() {
        assertRelation(extract("Egyptian President Abdel Fattah al-Sisi and Jordan's King Abdullah II held a tripartite summit "
                + "in Baghdad on Sunday."), "MET", "person:abdel-fattah-al-sisi", "person:abdullah-ii", "dep-met-joint-talks");
    }

    @Test
    void anInvitationToVisitIsNoMeetingAndWhoReportsItIsNoAttendee() {
        assertNoRelation(extract("Prime Minister Imran Khan has welcomed President Emomali Rahmon to visit Pakistan, "
                + "according to Foreign Minister Shah Mahmood Qureshi."), "MET");
        DocumentFacts d = extract("President Emomali Rahmon received Foreign Minister Shah Mahmood Qureshi in Dushanbe, "
                + "according to Prime Minister Imran Khan.");
        assertRelation(d, "MET", "person:emomali-rahmon", "person:shah-mahmood-qureshi", "met-meeting");
        assertNoRelation(d, "MET", "person:emomali-rahmon", "person:imran-khan");
        // a welcome with "to" and a visit word further on is still a welcome
        assertRelation(extract("President Shavkat Mirziyoyev welcomed President Kassym-Jomart Tokayev to Tashkent on Monday, "
                + "calling the visit historic."), "MET", "person:kassym-jomart-tokayev", "person:shavkat-mirziyoyev", "met-meeting");
    }

    @Test
    void whoeverChairedTheMeetingDidNotMeetTheOthersByThat() {
        assertNoRelation(extract("President Alexander Lukashenko thanked President Kassym-Jomart Tokayev, who chaired the "
                + "meeting of the SCO heads of state."), "MET");
    }

    @Test
    void theAccompanyingDelegationDoesNotMeetItsLeaderOrStandForHim() {
        DocumentFacts d = extract("Turkish President Recep Tayyip Erdogan, accompanied by Foreign Minister Hakan Fidan and "
                + "Defense Minister Yasar Guler, was welcomed at the airport by Kyrgyz President Sadyr Japarov.");
        assertRelation(d, "MET", "person:recep-tayyip-erdogan", JAPAROV, "met-meeting");
        assertNoRelation(d, "MET", "person:recep-tayyip-erdogan", "person:hakan-fidan");
        assertNoRelation(d, "MET", "person:hakan-fidan", "person:yasar-guler");
    }

    @Test
    void talksOneIsSetToHoldAreNoMeeting() {
        assertNoRelation(extract("Afterward, Iranian President Masoud Pezeshkian will travel to Russia, where he is set to "
                + "hold talks with President Vladimir Putin."), "MET");
    }

    @Test
    void aForeignGuestMetAtAVenueInTheCapitalVisitedBoth() {
        DocumentFacts d = extract("President Recep Tayyip Erdogan held a meeting with his Iranian counterpart Ebrahim Raisi "
                + "at the Bestepe Presidential Complex in the capital Ankara on Wednesday.");
        assertRelation(d, "VISITED", "person:ebrahim-raisi", "place:bestepe-presidential-complex", "visit-met");
        assertRelation(d, "VISITED", "person:ebrahim-raisi", "place:ankara", "visit-met");
        assertRelation(d, "LOCATED_IN", "place:bestepe-presidential-complex", "state:TUR", "venue-in-place");
        assertNoRelation(d, "VISITED", "person:recep-tayyip-erdogan", "place:ankara");
    }

    @Test
    void theAttendeesOfAnOnlineMeetingNamedBeforeDidNotMeet() {
        assertNoRelation(extract("The roadmap followed a trilateral online meeting of the working group. During the "
                + "meeting, the parties reviewed the results. Deputy Prime Minister of Azerbaijan Shahin Mustafayev and "
                + "Acting Chairman of the Central Bank of Afghanistan Ajmal Ahmadi participated in the meeting."), "MET");
    }

    @Test
    void aVenueIsInTheOneCityTheSentenceNames() {
        DocumentFacts d = extract("Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Tehran for an official visit, "
                + "where he met with Iranian President Masoud Pezeshkian at the Niavaran Palace.");
        assertRelation(d, "LOCATED_IN", "place:niavaran-palace", "state:IRN", "venue-in-place");
    }

    @Test
    void aPersonPastARelativeClauseDidNotAttend() {
        DocumentFacts d = extract("Russian President Vladimir Putin met Uzbek President Shavkat Mirziyoyev in Tashkent.\n\n"
                + "Generally, the meeting of Putin and Mirziyoyev left the impression that they wanted to rebuild the system, "
                + "which Islam Karimov had made.");
        assertRelation(d, "MET", "person:shavkat-mirziyoyev", "person:vladimir-putin", "met-meeting");
        assertThat(d.relations()).noneMatch(r -> r.type().equals("MET") && r.source().equals("person:islam-karimov"));
    }
    @Test
    void aCounterpartBehindARankAndAnInteractionIsAMeeting() {
        DocumentFacts d = extract("Indian Defence Minister Rajnath Singh visited Russia.\n\nIn a tweet, the Defence Minister "
                + "said he had a productive interaction with his Kazakh counterpart Lieutenant General Nurlan Yermekbayev.");
        assertRelation(d, "HOLDS_OFFICE", "person:nurlan-yermekbayev", "state:KAZ", "counterpart");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("MET") && (r.source() + r.target()).contains("nurlan-yermekbayev")
                && (r.source() + r.target()).contains("rajnath-singh"));
    }
    @Test
    void talksBetweenTheTwoLeadersNamedBefore() {
        DocumentFacts d = extract("Belarusian President Aleksandr Lukashenko arrived in Tashkent on Monday. Uzbek President "
                + "Shavkat Mirziyoyev praised the visit.\n\nThe official talks between the two leaders took place on 8 February.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("MET") && r.evidence().get(0).rule().equals("met-the-two"));
        assertThat(extract("Belarusian President Aleksandr Lukashenko arrived in Tashkent on Monday. Uzbek President Shavkat "
                + "Mirziyoyev praised the visit.\n\nThe two leaders will hold talks on Tuesday.").relations())
                .noneMatch(r -> r.type().equals("MET"));
    }

    @Test
    void aVenueFarInTheClauseAndAMeetingHeldWhereALaterSentenceSays() {
        DocumentFacts d = extract("President Xi Jinping held the sixth China-Russia-Mongolia heads of state meeting with his "
                + "Russian counterpart Vladimir Putin and Mongolian President Ukhnaagiin Khurelsukh at the forum complex in "
                + "Samarkand.");
        assertRelation(d, "VISITED", "person:vladimir-putin", "place:samarkand", "visit-event-venue");
        DocumentFacts e = extract("Saudi Crown Prince Mohammed bin Salman thanked Uzbekistan during a meeting with Uzbek "
                + "President Shavkat Mirziyoyev. The meeting between the two leaders, held in Jeddah on Wednesday, reviewed "
                + "the countries' relations.");
        assertRelation(e, "VISITED", MIRZIYOYEV, "place:jeddah", "visit-event-venue");
        assertNoRelation(e, "VISITED", "person:mohammed-bin-salman", "place:jeddah");
        // a place the talks were about is not where they were held
        assertNoRelation(extract("Uzbek President Shavkat Mirziyoyev held talks with Kyrgyz President Sadyr Japarov on the "
                + "water and energy projects and the situation in Herat."), "VISITED", JAPAROV, "place:herat");
    }

    @Test
    void aPersonWhoseEnvoyAttendedWasNotThere() {
        DocumentFacts d = extract("The commencement ceremony of the railway project was held in Jalalabad, Kyrgyzstan on "
                + "Friday. Chinese President Xi Jinping's special envoy and director of the National Development and "
                + "Reform Commission, Zheng Shanjie, attended the launch ceremony.");
        assertNoRelation(d, "MET", "person:xi-jinping", "person:zheng-shanjie");
        assertNoRelation(d, "VISITED", "person:xi-jinping", "place:jalalabad");
    }

    @Test
    void discussionsAndConsultationsAreMeetings() {
        assertRelation(extract("Foreign Secretary Masud Bin Momen of Bangladesh held discussions with his Indian "
                + "counterpart Vinay Kwatra in New Delhi."), "MET", "person:masud-bin-momen", "person:vinay-kwatra", "met-meeting");
    }

    @Test
    void thePresidentsOfTheTwoCountriesAreTheTwoNamedLast() {
        assertRelation(extract("Kazakh President Kassym-Jomart Tokayev arrived in Tashkent, where Uzbek President Shavkat "
                + "Mirziyoyev welcomed him at the airport. Then the presidents of the two countries held talks in a narrow "
                + "format."), "MET", "person:kassym-jomart-tokayev", "person:shavkat-mirziyoyev", "met-the-two");
    }

    /** unseen6 (x06): "co-chairs of the commission" in apposition names their roles, not a meeting. */
    @Test
    void coChairsInAppositionAreNoMeeting() {
        assertNoRelation(extract("The work of Sergey Lavrov and Abbas Araghchi, co-chairs of the intergovernmental "
                + "commission, was highly appreciated."), "MET");
        assertRelation(extract("Foreign Minister Sergey Lavrov and Foreign Minister Abbas Araghchi co-chaired the "
                + "commission in Moscow."), "MET", "person:abbas-araghchi", "person:sergey-lavrov", "surf-met-co-chaired");
    }

    /** real15 (r300): the greeter's long office between "by" and his name. */
    @Test
    void greetedByAPersonWithALongOffice() {
        assertRelation(extract("President Ukhnaa Khurelsukh was greeted at the airport by the Prime Minister of the Republic of "
                + "Uzbekistan Abdulla Aripov."), "MET", "person:abdulla-aripov", "person:ukhnaa-khurelsukh", "met-meeting");
    }

    /** real15 (r292): "the two leaders met at" a venue: the meeting is held there, and the foreign leader visited it. */
    @Test
    void theTwoLeadersMetAtAVenue() {
        DocumentFacts d = extract("Pakistani Prime Minister Shehbaz Sharif arrived in China on Tuesday and met Chinese "
                + "President Xi Jinping. The two leaders met again at the Great Hall of the People on Wednesday.");
        assertRelation(d, "VISITED", "person:shehbaz-sharif", "place:great-hall-of-the-people", "visit-event-venue");
        assertNoRelation(d, "VISITED", "person:xi-jinping", "place:great-hall-of-the-people");
    }

    /** real15 (r306): "the leaders of Uzbekistan and Kuwait held a meeting at" a venue: the persons named of each. */
    @Test
    void theLeadersOfTwoNamedStatesMetAtAVenue() {
        DocumentFacts d = extract("President Shavkat Mirziyoyev arrived in Kuwait on Monday and met Emir Sheikh Mishal "
                + "Al-Ahmad Al-Sabah. On February 17, the leaders of Uzbekistan and Kuwait held a meeting in a narrow circle "
                + "at the Al-Bayan Palace in Kuwait City.");
        assertRelation(d, "VISITED", MIRZIYOYEV, "place:al-bayan-palace", "visit-event-venue");
    }

    /** real16 (r323): talks someone seeks to revive are not held; no meeting of the two presidents named. */
    @Test
    void talksSoughtAreNoMeeting() {
        DocumentFacts d = extract("US President Joe Biden has sought to revive talks with Iran on the nuclear deal abandoned "
                + "by his predecessor Donald Trump in 2018.");
        assertThat(d.relations()).noneMatch(r -> r.type().equals("MET"));
    }

    /** real16 (r325): "A discussed on Sunday with his counterpart B" is talks of the two. */
    @Test
    void discussedWithACounterpart() {
        DocumentFacts d = extract("RIYADH — Saudi Chief of the General Staff Gen. Fayyadh Al-Ruwaili discussed on Sunday with "
                + "his Iranian counterpart Maj. Gen. Mohammad Bagheri opportunities to strengthen bilateral relations.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("MET") && (r.source() + r.target())
                .contains("person:fayyadh-al-ruwaili") && (r.source() + r.target()).contains("person:mohammad-bagheri"));
    }

    /** real16 (r317): a venue after a long office phrase ("at the Great Hall of the People in Beijing") holds the talks. */
    @Test
    void aVenueAfterALongOfficePhrase() {
        DocumentFacts d = extract("President of Turkmenistan Gurbanguly Berdimuhamedov held talks with President of the "
                + "People's Republic of China Xi Jinping at the Great Hall of the People in Beijing.");
        assertRelation(d, "VISITED", "person:gurbanguly-berdimuhamedov", "place:great-hall-of-the-people", "visit-event-venue");
        assertRelation(d, "VISITED", "person:gurbanguly-berdimuhamedov", "place:beijing", "visit-met");
    }

    /** real16 (r313): at "the seventh trilateral meeting with A and B" the chair's two guests met each other too. */
    @Test
    void everyoneAtATrilateralMeetingMet() {
        DocumentFacts d = extract("Xi made the remarks while chairing the seventh trilateral meeting with Russian President "
                + "Vladimir Putin and Mongolian President Ukhnaa Khurelsukh in Beijing.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("MET") && (r.source() + r.target()).contains("person:vladimir-putin")
                && (r.source() + r.target()).contains("khurelsukh"));
        // a bilateral meeting with two guests named is not
        DocumentFacts e = extract("Xi made the remarks while chairing the meeting with Russian President Vladimir Putin and "
                + "Mongolian President Ukhnaa Khurelsukh in Beijing.");
        assertThat(e.relations()).noneMatch(r -> r.type().equals("MET") && (r.source() + r.target()).contains("person:vladimir-putin")
                && (r.source() + r.target()).contains("khurelsukh"));
    }

    /** real11 (r228): a virtual session is held at a distance: no meeting in the dateline's city, no visit to it. */
    @Test
    void aVirtualSessionIsNoVisit() {
        DocumentFacts d = extract("ARAR — During the virtual session of the council meeting, Crown Prince Muhammad Bin Salman "
                + "and Iraqi Prime Minister Mustafa Al-Kadhimi discussed the crossing.");
        assertThat(d.relations()).noneMatch(r -> r.type().equals("VISITED") || r.type().equals("MET"));
    }

    /** real18 (r356): who was "also present at the meeting" was at it; the officials listed did not meet each other. */
    @Test
    void officialsPresentAtTheMeetingDidNotMeetEachOther() {
        DocumentFacts d = extract("Mullah Abdul Ghani Baradar met with Mr. Murat Nurtleu, Deputy Prime Minister of "
                + "Kazakhstan, at the Arg. Also present at the meeting were Qari Din Mohammad Hanif, Acting Minister of "
                + "Economy; Mullah Hedayatullah Badri, Acting Minister of Mines and Petroleum; and Noor Ahmad Agha, Acting "
                + "Governor of Da Afghanistan Bank.");
        assertRelation(d, "MET", "person:abdul-ghani-baradar", NURTLEU, "met-meeting");
        assertNoRelation(d, "MET", "person:hedayatullah-badri", "person:noor-ahmad-agha");
        assertNoRelation(d, "MET", "person:noor-ahmad-agha", "person:qari-din-mohammad-hanif");
    }

    /** real18 (r364): "will hold \"in-depth\" talks": the quotes do not push the future out of reach. */
    @Test
    void talksOneWillHoldInQuotesAreNoMeeting() {
        assertNoRelation(extract("ISLAMABAD: Iran's foreign minister Hossein Amir-Abdolahian will hold \"in-depth\" talks "
                + "with his Pakistani counterpart Jalil Abbas Jilani here on Monday."), "MET");
    }

    /** real18 (r367): "accompanied on the trip by A and B": his companions, not persons who met the host. */
    @Test
    void companionsOnTheTripDidNotMeetTheHostByThat() {
        DocumentFacts d = extract("Chinese President Xi Jinping arrived in Astana. He is accompanied on the trip by top aide "
                + "Cai Qi and Foreign Minister Wang Yi, and was greeted at the airport by Kazakh President Kassym-Jomart Tokayev.");
        assertNoRelation(d, "MET", "person:cai-qi", "person:wang-yi");
        assertNoRelation(d, "MET", "person:cai-qi", "person:kassym-jomart-tokayev");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("MET") && r.source().equals("person:kassym-jomart-tokayev")
                && r.target().equals("person:xi-jinping") || r.type().equals("MET") && r.target().equals("person:kassym-jomart-tokayev")
                && r.source().equals("person:xi-jinping"));
    }

    /** real18 (r359): a meeting at a summit in a state (no city named): the foreign attendees visited the state. */
    @Test
    void aMeetingInAStateIsAVisitToIt() {
        DocumentFacts d = extract("Turkish President Recep Tayyip Erdogan and his Russian counterpart Vladimir Putin met on "
                + "the sidelines of a regional summit in Kazakhstan.");
        assertRelation(d, "VISITED", "person:recep-tayyip-erdogan", "state:KAZ", "visit-met-state");
        assertRelation(d, "VISITED", "person:vladimir-putin", "state:KAZ", "visit-met-state");
        // heldout (h14): "in Syria" is the situation's, not the meeting's
        assertNoRelation(extract("Iranian Foreign Minister Abbas Araghchi, Russian Foreign Minister Sergey Lavrov and "
                + "Turkish Foreign Minister Hakan Fidan discussed the situation in Syria."), "VISITED");
    }

    /**
     * real19 (r372): "..., where he met with X" after a sentence that opens with "he": the pronoun is the visitor, not
     * the person a building is named after earlier in the sentence.
     */
    @Test
    void wherePronounMetIsTheSentencesOwnSubject() {
        var d = extract("Iranian President Ebrahim Raisi arrived in Lahore on Monday. In Lahore, he paid his respects at "
                + "the mausoleum of Allama Muhammad Iqbal and visited GC University, where he met with Governor Baligh Ur "
                + "Rehman.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("MET") && r.source().equals("person:baligh-ur-rehman")
                && r.target().equals("person:ebrahim-raisi"));
        assertThat(d.relations()).noneMatch(r -> r.type().equals("MET") && (r.source().contains("iqbal")
                || r.target().contains("iqbal")));
    }

    /** real19 (r374): "is scheduled to hold a bilateral meeting with X" is a meeting to come. */
    @Test
    void aMeetingScheduledToBeHeldIsNone() {
        assertThat(extract("Indian Prime Minister Narendra Modi is scheduled to hold a bilateral meeting with Chinese "
                + "President Xi Jinping on October 23.").relations()).noneMatch(r -> r.type().equals("MET"));
    }

    /** real19 (r381): "the meeting between A and B, C on Tuesday went on ...": C was not at the meeting. */
    @Test
    void aMeetingBetweenEndsAtItsAnd() {
        var d = extract("Despite the meeting between Ararat Mirzoyan and Jeyhun Bayramov, Ilham Aliyev on Tuesday went on a "
                + "tirade against Armenia.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("MET") && r.source().equals("person:ararat-mirzoyan")
                && r.target().equals("person:jeyhun-bayramov"));
        assertThat(d.relations()).noneMatch(r -> r.type().equals("MET") && (r.source().equals("person:ilham-aliyev")
                || r.target().equals("person:ilham-aliyev")));
    }
}

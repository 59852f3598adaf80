package org.diplograph.extract.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.assertEntity;
import static org.diplograph.extract.RuleFacts.assertNoEntityLabelled;
import static org.diplograph.extract.RuleFacts.assertNoRelation;
import static org.diplograph.extract.RuleFacts.assertRelation;

import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.junit.jupiter.api.Test;

/** Gathering rules: the Event of a summit or forum held in a city, and the visit of its foreign attendees. */
class GatheringRulesTest {
    private static final String SUMMIT = "Kazakh President Kassym-Jomart Tokayev, Uzbek President Shavkat Mirziyoyev "
            + "and Kyrgyz President Sadyr Japarov attended the SCO summit in Astana on July 4, 2024.";

    @Test
    void aSummitHeldInACity() {
        DocumentFacts d = extract(SUMMIT);
        Entity e = assertEntity(d, "event:2024-07-04-sco-summit", "Event", "gathering-event");
        assertThat(e.properties()).containsEntry("kind", "summit").containsEntry("title", "SCO summit");
        assertRelation(d, "HELD_IN", "event:2024-07-04-sco-summit", "place:astana", "gathering-event");
        Entity f = assertEntity(extract("The Tajikistan-Iran Tourism Forum opened in Dushanbe on June 13, 2022."),
                "event:2022-06-13-tajikistan-iran-tourism-forum", "Event", "gathering-event");
        assertThat(f.properties()).containsEntry("kind", "forum");
    }

    @Test
    void foreignAttendeesVisitedTheCityButTheHostDidNot() {
        DocumentFacts d = extract(SUMMIT);
        assertRelation(d, "VISITED", "person:shavkat-mirziyoyev", "place:astana", "visit-gathering");
        assertRelation(d, "VISITED", "person:sadyr-japarov", "place:astana", "visit-gathering");
        assertNoRelation(d, "VISITED", "person:kassym-jomart-tokayev", "place:astana");
        assertNoRelation(d, "MET");
    }

    @Test
    void noEventForAnUpcomingSummitAndNoVisitForAnAbsentee() {
        assertNoEntityLabelled(extract("The upcoming SCO summit in Astana will focus on trade."), "Event");
        assertNoRelation(extract("Uzbek President Shavkat Mirziyoyev did not attend the SCO summit in Astana."), "VISITED");
    }

    @Test
    void theSummitWasAttendedByLeadersOfOtherStates() {
        DocumentFacts d = extract("Leaders of the CSTO discussed security at a summit in Minsk on November 23. The "
                + "summit was hosted by Belarusian leader Alyaksandr Lukashenka and attended by Kyrgyz President Sadyr "
                + "Japarov and Russian President Vladimir Putin.");
        assertRelation(d, "VISITED", "person:sadyr-japarov", "place:minsk", "visit-gathering");
        assertRelation(d, "VISITED", "person:vladimir-putin", "place:minsk", "visit-gathering");
        assertNoRelation(d, "VISITED", "person:alyaksandr-lukashenka", "place:minsk");
    }
}

package org.diplograph.extract.relate;

import org.diplograph.extract.annotate.DateParser;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.recognize.Mention;

import static org.diplograph.extract.relate.Cues.NEGATION;
import static org.diplograph.extract.relate.Cues.date;
import static org.diplograph.extract.relate.Cues.dateProps;
import static org.diplograph.extract.relate.Cues.ev;
import static org.diplograph.extract.relate.Cues.indexOf;
import static org.diplograph.extract.relate.Cues.near;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.extract.relate.Relator.Analysed;

/**
 * Meetings of two persons the sentence does not name (rule {@code met-the-two}): "the two leaders met at the People's
 * Great Hall", "the presidents of the two countries held talks", "the leaders of Uzbekistan and Kuwait held a meeting".
 * The pair is the persons the article named last; the meeting is held where the sentence says.
 */
final class PairMeetings {
    private final DocBuilder b;
    private final ArticleMemory memory;
    private final Homes homes;
    private final Events events;
    private final VisitRules visits;

    PairMeetings(DocBuilder b, ArticleMemory memory, Homes homes, Events events, VisitRules visits) {
        this.b = b;
        this.memory = memory;
        this.homes = homes;
        this.events = events;
        this.visits = visits;
    }

    /** Plural nouns for the two sides of a meeting the sentence does not name. */
    private static final Set<String> PAIRS = Set.of("leaders", "presidents", "ministers", "heads", "premiers", "sides");

    /**
     * "The official talks between the two leaders took place on 8 February", "After an hour-long meeting, the two sides
     * ...", "the presidents of the two countries held talks": a meeting of the two persons named last, of two states,
     * when the sentence names no person itself (rule {@code met-the-two}). Not one to come ("will meet", "are expected to
     * hold talks").
     */
    void apply(Analysed a, List<Token> t) {
        for (Mention m : a.mentions()) if (m.type == Mention.Type.PERSON) return;
        int two = -1;
        for (int i = 0; i + 1 < t.size(); i++) {
            if ((t.get(i).is("two") || t.get(i).is("both")) && PAIRS.contains(t.get(i + 1).fold())) two = i;
            // "the presidents of the two countries held talks" (two: the word before the group's noun, as for "two leaders")
            int j = i + 2 < t.size() && t.get(i + 2).is("the") ? i + 3 : i + 2;
            if (i > 0 && PAIRS.contains(t.get(i).fold()) && t.get(i + 1).is("of") && j + 1 < t.size()
                    && (t.get(j).is("two") || t.get(j).is("both"))
                    && Set.of("countries", "states", "nations").contains(t.get(j + 1).fold())) two = i - 1;
        }
        List<String> named = two < 0 ? leadersOf(a, t) : null;
        if (two < 0 && named == null) return;
        if (two < 0) two = indexOf(t, PAIRS, 0) - 1;
        int k = indexOf(t, Set.of("met", "talks", "meeting", "negotiations"), 0);
        if (k < 0 || Math.abs(k - two) > 8 || k > 0 && t.get(k - 1).is("to")) return;
        if (near(t, k, NEGATION, 5) || near(t, k, Set.of("will", "would", "expected", "plan", "plans", "upcoming", "next",
                "scheduled", "ahead"), 4)) return;
        String filter = t.get(two + 1).is("ministers") ? "Minister" : t.get(two + 1).is("presidents") ? "President" : null;
        List<String> pair = named != null ? named : memory.lastPersons(2, filter);
        if (pair.size() != 2) return;
        String s0 = homes.homeState(pair.get(0));
        String s1 = homes.homeState(pair.get(1));
        if (s0 == null || s1 == null || s0.equals(s1)) return;
        DateParser.DateValue d = date(a, k);
        // "The two leaders met at the People's Great Hall": the meeting's venue, which a foreign leader visited
        Mention place = MeetingPlaces.heldIn(a, t, k);
        String eventId = events.add(a, "meeting", pair, d, place == null ? null : place.id, "meeting-event");
        Map<String, Object> props = dateProps(d);
        props.put("event", eventId);
        b.relation("MET", pair.get(0), pair.get(1), props, ev(a, "met-the-two"));
        if (place != null) visits.foreignAttendeesVisited(a, pair, place, d, "visit-met");
    }

    /**
     * "the leaders of Uzbekistan and Kuwait held talks": the persons named last of each of the two states, or null when
     * the sentence says no such thing or the article names no person of one of them.
     */
    private List<String> leadersOf(Analysed a, List<Token> t) {
        int p = indexOf(t, PAIRS, 0);
        if (p < 1 || p + 4 >= t.size() || !t.get(p - 1).is("the") || !t.get(p + 1).is("of")) return null;
        Mention x = null;
        Mention y = null;
        for (Mention m : a.mentions()) {
            if (m.type != Mention.Type.STATE) continue;
            if (m.from == p + 2) x = m;
            else if (x != null && m.from == x.to + 1 && t.get(x.to).is("and")) y = m;
        }
        if (x == null || y == null || x.id.equals(y.id)) return null;
        String px = null;
        String py = null;
        List<String> recent = memory.recentPersons;
        for (int i = recent.size() - 1; i >= Math.max(0, recent.size() - 8); i--) {
            String home = homes.homeState(recent.get(i));
            if (px == null && x.id.equals(home)) px = recent.get(i);
            if (py == null && y.id.equals(home)) py = recent.get(i);
        }
        return px == null || py == null ? null : List.of(px, py);
    }
}

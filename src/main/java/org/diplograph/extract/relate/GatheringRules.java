package org.diplograph.extract.relate;

import org.diplograph.extract.rules.Lexicon;
import org.diplograph.extract.annotate.DateParser;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.read.Text;
import org.diplograph.extract.recognize.Mention;
import org.diplograph.extract.recognize.Recognizer;

import static org.diplograph.extract.relate.Cues.NEGATION;
import static org.diplograph.extract.relate.Cues.date;
import static org.diplograph.extract.relate.Cues.dateProps;
import static org.diplograph.extract.relate.Cues.ev;
import static org.diplograph.extract.relate.Cues.indexOf;
import static org.diplograph.extract.relate.Cues.locIn;
import static org.diplograph.extract.relate.Cues.near;
import static org.diplograph.extract.relate.Cues.reported;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.extract.relate.Relator.Analysed;

/**
 * Summits and forums: the Event of "the SCO summit in Astana" with HELD_IN ("gathering-event"), and VISITED of the
 * foreign persons at a gathering held in a city ("visit-gathering"; the city of the last gathering remembered).
 */
final class GatheringRules {

    private static final Set<String> GATHERINGS = Lexicon.words("gathering");
    private static final Set<String> AT_GATHERING = Lexicon.words("at-gathering");

    private final DocBuilder b;
    private final ArticleMemory memory;
    private final Homes homes;

    GatheringRules(DocBuilder b, ArticleMemory memory, Homes homes) {
        this.b = b;
        this.memory = memory;
        this.homes = homes;
    }

    /** "the SCO summit in Astana", "the Tajikistan-Iran Tourism Forum held on June 13, 2022": an Event. */
    void gatherings(Analysed a, List<Token> t) {
        for (int k = 1; k < t.size(); k++) {
            String f = t.get(k).fold();
            if (!f.equals("summit") && !f.equals("forum")) continue;
            if (near(t, k, Set.of("upcoming", "next", "will", "planned", "future"), 3)) continue;
            Mention org = null;
            for (Mention m : a.mentions()) if (m.type == Mention.Type.ORG && m.to == k) org = m;
            int s = k;
            while (s > 0 && (t.get(s - 1).cap() || t.get(s - 1).text().equals("-") || t.get(s - 1).digits())
                    && !Recognizer.NAME_STOP.contains(t.get(s - 1).fold())) s--;
            String name;
            if (org != null) name = org.surface + " " + t.get(k).text().toLowerCase(Locale.ROOT);
            else if (s < k && t.get(k).cap()) name = a.sentence().text().substring(t.get(s).start() - a.sentence().start(), t.get(k).end() - a.sentence().start());
            else continue;
            DateParser.DateValue d = date(a, k);
            Mention place = null;
            for (Mention m : a.mentions()) {
                if (m.from > k && m.from <= k + 3 && m.isGeo() && locIn(t, m)) { place = m; break; }
            }
            String kind = f.equals("summit") ? "summit" : "forum";
            String id = "event:" + (d == null ? "undated" : d.iso()) + "-" + Text.slug(name);
            Map<String, Object> props = dateProps(d);
            props.put("kind", kind);
            props.put("title", name);
            b.entity(id, "Event", name, null, props, "gathering-event", ev(a, "gathering-event"), false);
            if (place != null) b.relation("HELD_IN", id, place.id, null, ev(a, "gathering-event"));
        }
    }

    /**
     * VISITED for persons at a gathering held in a city of another state: "On the sidelines of the summit, A met B",
     * "X attended the meeting as a guest", "was represented at the Astana summit by X" (the city named in this sentence
     * or for the last gathering of the article). Persons of the city's state, residents, and "did not attend" give none.
     */
    void gatheringVisits(Analysed a, List<Token> t) {
        Mention here = null;
        for (int k = 0; k < t.size() && here == null; k++) {
            if (!GATHERINGS.contains(t.get(k).fold()) && !t.get(k).is("met") && !t.get(k).is("gathered")
                    && !t.get(k).is("convened")) continue;
            for (Mention m : a.mentions()) {
                if (m.type != Mention.Type.PLACE) continue;
                boolean in = m.from > 0 && locIn(t, m) && Math.abs(m.from - k) <= 20;
                boolean compound = m.to == k && GATHERINGS.contains(t.get(k).fold()); // "the Astana summit"
                if ((in || compound) && homes.placeState(m.id) != null) { here = m; break; }
            }
        }
        int trigger = -1;
        for (int k = 0; k < t.size() && trigger < 0; k++) {
            String f = t.get(k).fold();
            if (!AT_GATHERING.contains(f)) continue;
            if (f.equals("took") && !(k + 1 < t.size() && t.get(k + 1).is("part"))) continue;
            boolean alone = f.equals("sidelines") || f.equals("margins") || f.equals("margin");
            boolean gatheringNear = false;
            for (int j = Math.max(0, k - 4); j < Math.min(t.size(), k + 6); j++) {
                if (GATHERINGS.contains(t.get(j).fold()) && !t.get(j).is("talks")) gatheringNear = true;
            }
            if (f.equals("at") && !(k + 2 < t.size() && (GATHERINGS.contains(t.get(k + 2).fold())
                    || k + 3 < t.size() && GATHERINGS.contains(t.get(k + 3).fold())))) continue;
            // "The summit was hosted by A and attended by B, C and D": the gathering is the clause's subject
            boolean subject = f.startsWith("attend") && k >= 2 && t.get(0).is("the")
                    && GATHERINGS.contains(t.get(1).fold()) && !t.get(1).is("talks");
            if (alone || gatheringNear || subject) trigger = k;
        }
        if (here == null && memory.datelinePlace != null && a.sentence().index() <= 3) {
            for (Token x : t) if (GATHERINGS.contains(x.fold()) && !x.is("talks")) { here = memory.datelinePlace; break; }
        }
        Mention place = here != null ? here : memory.gatherPlace;
        if (here != null) memory.gatherPlace = here;
        if (trigger < 0 || place == null) return;
        if (near(t, trigger, NEGATION, 4) || near(t, trigger, Set.of("will", "would", "expected", "plans", "shall",
                "due", "invited"), 4)) return;
        if (indexOf(t, MeetingRules.REMOTE, 0) >= 0 || indexOf(t, Set.of("video"), 0) >= 0) return;
        for (Mention m : a.mentions()) {
            // another city named in the sentence is where this happened
            if (m.type == Mention.Type.PLACE && !m.id.equals(place.id) && m.from > 0 && locIn(t, m)) return;
        }
        String ps = homes.placeState(place.id);
        DateParser.DateValue d = date(a, trigger);
        int cs = 0;
        int ce = t.size();
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).text().equals(";")) continue;
            if (i < trigger) cs = i + 1;
            else { ce = i; break; }
        }
        for (Mention m : a.mentions()) {
            // a list of persons is fine here: "A, B, C and D attended"; only the trigger's clause
            if (m.type != Mention.Type.PERSON || m.from < cs || m.from >= ce || reported(t, m, trigger)
                    || Cues.represented(t, m)) continue;
            String st = homes.homeState(m.id);
            if (st == null || st.equals(ps) || memory.resident(m.id)) continue;
            b.relation("VISITED", m.id, place.id, dateProps(d), ev(a, "visit-gathering"));
        }
    }
}

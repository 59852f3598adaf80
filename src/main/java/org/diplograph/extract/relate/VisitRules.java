package org.diplograph.extract.relate;

import org.diplograph.extract.rules.Lexicon;
import org.diplograph.extract.annotate.DateParser;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.recognize.Mention;

import static org.diplograph.extract.relate.Cues.NEGATION;
import static org.diplograph.extract.relate.Cues.between;
import static org.diplograph.extract.relate.Cues.date;
import static org.diplograph.extract.relate.Cues.dateProps;
import static org.diplograph.extract.relate.Cues.ev;
import static org.diplograph.extract.relate.Cues.indexOf;
import static org.diplograph.extract.relate.Cues.listed;
import static org.diplograph.extract.relate.Cues.atOrIn;
import static org.diplograph.extract.relate.Cues.locIn;
import static org.diplograph.extract.relate.Cues.near;
import static org.diplograph.extract.relate.Cues.pronounSubject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.extract.relate.Relator.Analysed;

/**
 * Visits, VISITED: "visit" and "visit-hosted" (each with a "visit-event"), "visit-dateline" (a meeting or reception in
 * the article's dateline city while no other place is named) and, for the meeting rules, "visit-met" (the foreign
 * attendees of a meeting in a city).
 */
final class VisitRules {

    private static final Set<String> VISIT = Lexicon.words("visit");
    private static final Set<String> FUTURE = Lexicon.words("visit-not-yet");
    private static final Set<String> HOSTED = Lexicon.words("hosted");

    private final DocBuilder b;
    private final ArticleMemory memory;
    private final Homes homes;
    private final Events events;

    VisitRules(DocBuilder b, ArticleMemory memory, Homes homes, Events events) {
        this.b = b;
        this.memory = memory;
        this.homes = homes;
        this.events = events;
    }

    /** "he was pleased to pay another state visit to Russia": "to" after one of these words is no visit to come. */
    private static final Set<String> GLAD = Lexicon.words("visit-now");

    /** The only future word in the four before the visit word is a "to" right after a word of {@link #GLAD}. */
    private static boolean gladTo(List<Token> t, int k) {
        boolean glad = false;
        for (int i = Math.max(0, k - 4); i < k; i++) {
            if (!FUTURE.contains(t.get(i).fold())) continue;
            if (!t.get(i).is("to") || i == 0 || !GLAD.contains(t.get(i - 1).fold())) return false;
            glad = true;
        }
        return glad;
    }

    /**
     * "X visited Y", "arrived in Y", "state visits to A, B and C", "X, who is in Y on an official visit", "during Putin's
     * visit to Uzbekistan", "together with Z": VISITED, the visit's event, and the visit as the last event.
     */
    void visits(Analysed a, List<Token> t) {
        int k = -1;
        while ((k = indexOf(t, VISIT, k + 1)) >= 0) {
            if (near(t, k, NEGATION, 4) || near(t, k, FUTURE, 4) && !t.get(k).fold().equals("visited") && !gladTo(t, k)) continue;
            String f = t.get(k).fold();
            boolean verb = f.equals("visited") || f.equals("visits") || f.equals("visiting");
            Mention dest = null;
            List<Mention> dests = new ArrayList<>();
            for (Mention m : a.mentions()) {
                if (m.from <= k || !m.isGeo() || m.from > k + 9) continue;
                if (m.type == Mention.Type.STATE && "demonym".equals(m.via)) continue;
                String prev = t.get(m.from - 1).fold();
                if (prev.equals("the") && m.from >= 2) prev = t.get(m.from - 2).fold(); // "to the Republic of X"
                boolean ok = prev.equals("to") || locIn(t, m) || (verb && m.from == k + 1)
                        // "arrived in the United Arab Emirates": a state's name with its article
                        || m.type == Mention.Type.STATE && prev.equals("in") && t.get(m.from - 1).is("the")
                        || (f.equals("tour") && prev.equals("of"))
                        // "travelled to the Turkish capital, Ankara": the name in apposition
                        || prev.equals(",") && m.from >= 2 && Set.of("capital", "city", "town", "port").contains(t.get(m.from - 2).fold())
                        && between(t, k, m.from, Set.of("to", "in"));
                if (!ok) continue;
                dest = m;
                break;
            }
            // "Tokayev arrived here on Monday": here is the dateline's city
            if (dest == null && k + 1 < t.size() && t.get(k + 1).is("here") && memory.datelinePlace != null) {
                dest = memory.datelinePlace;
            }
            String visitor = null;
            if (dest == null) continue;
            dests.add(dest);
            // "state visits to Turkmenistan, Kazakhstan and Uzbekistan"
            for (Mention m : a.mentions()) {
                Mention last = dests.get(dests.size() - 1);
                if (m.from <= last.from || !m.isGeo() || m.type == Mention.Type.STATE && "demonym".equals(m.via)) continue;
                boolean joined = m.from - last.to == 1 && (t.get(last.to).is("and") || t.get(last.to).text().equals(","))
                        || m.from - last.to == 2 && t.get(last.to).text().equals(",") && t.get(last.to + 1).is("and")
                        // "a working visit first to Kyrgyzstan and then immediately to Tajikistan"
                        || m.from - last.to <= 5 && t.get(m.from - 1).is("to") && t.get(last.to).is("and")
                        && onlyWords(t, last.to, m.from, THEN_TO);
                if (joined) dests.add(m);
                else if (m.from > last.to) break;
            }
            // "arrived in Russia to attend the BRICS summit in Kazan": a city of the state visited, named later with "in"
            if (dest.type == Mention.Type.STATE) {
                for (Mention m : a.mentions()) {
                    if (m.from > dest.to && m.type == Mention.Type.PLACE && locIn(t, m) && !dests.contains(m)
                            && dest.id.equals(homes.placeState(m.id))) dests.add(m);
                }
            }
            for (Mention m : a.mentions()) if (m.type == Mention.Type.PERSON && m.from < k && !listed(t, m, a.mentions())) {
                if (visitor == null) visitor = m.id;
            }
            if (visitor == null && pronounSubject(t, k) && memory.lastSubject != null) visitor = memory.lastSubject;
            // "the first visit by X to Y", "Putin's state visit to Uzbekistan": the visitor is named there, by the surface
            // rules (surf-visit-by, surf-visit-possessive), not the first person of the sentence
            if (!verb && k + 1 < t.size() && t.get(k + 1).is("by")) continue;
            int q = k - 1;
            while (q > 0 && k - q <= 4 && (t.get(q).word() && !t.get(q).cap() && !t.get(q).is("s") || t.get(q).text().equals("-")
                    || t.get(q).digits())) q--;
            if (q >= 2 && t.get(q).is("s") && t.get(q - 1).text().equals("'")) {
                boolean possessor = false;
                for (Mention m : a.mentions()) possessor |= m.type == Mention.Type.PERSON && m.to == q - 1;
                if (possessor) continue;
            }
            if (visitor == null) continue;
            DateParser.DateValue d = date(a, k);
            String placeId = dest.id;
            String eventId = events.add(a, "visit", List.of(visitor), d, placeId, "visit-event");
            Map<String, Object> props = dateProps(d);
            for (Mention dm : dests) b.relation("VISITED", visitor, dm.id, props, ev(a, "visit"));
            // "X arrived in Y together with Z", "accompanied by Z"
            for (int i = k + 1; i + 1 < t.size(); i++) {
                boolean with = t.get(i).is("together") && t.get(i + 1).is("with") || t.get(i).is("accompanied") && t.get(i + 1).is("by");
                if (!with) continue;
                for (Mention m : a.mentions()) {
                    if (m.type == Mention.Type.PERSON && m.from > i + 1 && m.from <= i + 10 && !m.id.equals(visitor)) {
                        for (Mention dm : dests) b.relation("VISITED", m.id, dm.id, props, ev(a, "visit"));
                    }
                }
                break;
            }
            if (memory.event.sentence != a.sentence().index()) {
                events.remember(a, eventId, "visit", List.of(visitor), dest, d);
            }
        }
    }

    /** Words that join one destination to the next ("and then immediately to"). */
    private static final Set<String> THEN_TO = Lexicon.words("destination-joiners");

    private static boolean onlyWords(List<Token> t, int from, int to, Set<String> words) {
        for (int i = from; i < to; i++) if (!words.contains(t.get(i).fold())) return false;
        return true;
    }

    /**
     * "A received B in Tashkent": a guest received or hosted in a city of another state than his own visited it.
     * The guest's state comes from his office in the article; the city's from the gazetteer (capitals and places).
     */
    void hosted(Analysed a, List<Token> t) {
        for (int k = 1; k < t.size(); k++) {
            if (!HOSTED.contains(t.get(k).fold())) continue;
            if (near(t, k, NEGATION, 4) || near(t, k, FUTURE, 3)) continue;
            if (k + 1 < t.size() && (t.get(k + 1).is("a") || t.get(k + 1).is("letter") || t.get(k + 1).is("call"))) continue;
            boolean passive = t.get(k - 1).is("was") || t.get(k - 1).is("were") || t.get(k - 1).is("been");
            Mention host = null;
            Mention guest = null;
            List<Mention> guests = new ArrayList<>();
            int end = t.size();
            for (int j = k + 1; j < t.size(); j++) {
                if (Set.of(";", "while", "but", "which", "where", "who", "after", "before").contains(t.get(j).fold())) { end = j; break; }
            }
            for (Mention m : a.mentions()) {
                if (m.type != Mention.Type.PERSON) continue;
                if (m.from < k && !listed(t, m, a.mentions())) { if (passive) guest = m; else if (host == null) host = m; }
                if (m.from > k && m.from < end && !(passive ? host != null : guest != null)) {
                    if (passive && k + 1 < t.size() && t.get(k + 1).is("by")) host = m;
                    else if (!passive) { guest = m; guests.add(m); }
                } else if (!passive && guest != null && m.from > k && m.from < end && !guests.isEmpty()
                        && between(t, guests.get(guests.size() - 1).to, m.from, Set.of("and", ","))
                        && m.from - guests.get(guests.size() - 1).to <= 2) {
                    guests.add(m); // "hosted A and B in Khujand"
                }
            }
            if (passive && guest != null) guests.add(guest);
            if (guest == null || host == null || guest.id.equals(host.id)) continue;
            if (t.get(k + 1 < t.size() ? k + 1 : k).is("phone") || near(t, k, Set.of("phone", "telephone", "video", "videoconference", "online", "virtually"), 8)) continue;
            Mention place = null;
            for (Mention m : a.mentions()) {
                if (m.from <= k || m.from >= end || m.type != Mention.Type.PLACE) continue;
                if (locIn(t, m)) { place = m; break; }
            }
            // "Islamabad: ... Sharif welcomed Kyrgyz President Zhaparov on his maiden state visit": the guest's visit is
            // to the dateline's city when the host is of its state
            int onVisit = indexOf(t, VISIT, k + 1);
            if (place == null && memory.datelinePlace == null && memory.deskPlace != null
                    && onVisit > guest.to && onVisit <= guest.to + 8) {
                place = memory.deskPlace;
                String ps = homes.placeState(place.id);
                if (ps == null || !ps.equals(homes.homeState(host.id))) place = null;
            }
            if (place == null && memory.datelinePlace != null) {
                List<String> all = new ArrayList<>();
                all.add(host.id);
                for (Mention gm : guests) all.add(gm.id);
                visitsAt(a, all, memory.datelinePlace, date(a, k), "visit-dateline");
            }
            if (place == null) continue;
            for (Mention gm : guests) {
                if (gm.id.equals(host.id)) continue;
                String guestState = homes.stateOf(gm.id);
                String placeState = homes.placeState(place.id);
                if (guestState == null || placeState == null || guestState.equals(placeState)) continue;
                if (memory.resident(gm.id)) continue; // an ambassador received in his host city lives there
                DateParser.DateValue d = date(a, k);
                events.add(a, "visit", List.of(gm.id), d, place.id, "visit-event");
                b.relation("VISITED", gm.id, place.id, dateProps(d), ev(a, "visit-hosted"));
            }
        }
    }

    /**
     * Visits to a city named elsewhere in the article (the dateline): the attendees of another state than the city's
     * visited it when one attendee is of the city's state (the host).
     */
    void visitsAt(Analysed a, List<String> attendees, Mention place, DateParser.DateValue d, String rule) {
        // only while the article has named no other place
        if (memory.otherPlaceSentence >= 0) return; // the article named another place: the dateline may be the desk, not the venue
        for (Mention m : a.mentions()) {
            if (m.type == Mention.Type.PLACE && !m.id.equals(place.id) || "capital".equals(m.via)) return;
        }
        if (indexOf(a.sentence().tokens(), VISIT, 0) >= 0) return;
        String ps = homes.placeState(place.id);
        if (ps == null) return;
        boolean host = false;
        for (String p : attendees) if (ps.equals(homes.homeState(p))) host = true;
        if (!host) return;
        for (String p : attendees) {
            String st = homes.homeState(p);
            if (st == null || st.equals(ps) || memory.resident(p)) continue;
            b.relation("VISITED", p, place.id, dateProps(d), ev(a, rule));
        }
    }

    /**
     * A foreign official meeting in a city is a visit to it: "A met B in Tbilisi" gives VISITED(B, Tbilisi) when A
     * holds an office of Tbilisi's state and B one of another state. The host condition keeps out meetings of two
     * foreigners on neutral ground named by their own rule (summits, signings).
     */
    void foreignAttendeesVisited(Analysed a, List<String> attendees, Mention place, DateParser.DateValue d,
                                 String rule) {
        if (place.type != Mention.Type.PLACE) return;
        List<Token> t = a.sentence().tokens();
        boolean coordinated = false; // "in Batken and Isfara"
        for (Mention m : a.mentions()) {
            if (m.type == Mention.Type.PLACE && m.to + 1 == place.from && t.get(m.to).is("and") && m.from > 0
                    && locIn(t, m)) coordinated = true;
        }
        if (place.from == 0 || !(locIn(t, place) || "site".equals(place.kind) && atOrIn(t, place)) && !coordinated) return;
        String ps = homes.placeState(place.id);
        if (ps == null) return;
        boolean host = false;
        for (String p : attendees) if (ps.equals(homes.homeState(p))) host = true;
        // "met on the sidelines of the SCO summit in Astana": attending an event held in the city
        int ev = indexOf(t, Set.of("summit", "forum", "sidelines", "ceremony", "conference"), 0);
        boolean eventPlace = ev >= 0 && ev < place.from && place.from - ev <= 6
                && !between(t, ev, place.from, Set.of(",", ";", "which", "who", "where", "while"));
        // "Tokayev, on an official visit to Japan, held talks ... in Tokyo"
        boolean visitToState = false;
        for (Mention m : a.mentions()) {
            if (m.type == Mention.Type.STATE && m.id.equals(ps) && m.from > 1 && t.get(m.from - 1).is("to")
                    && VISIT.contains(t.get(m.from - 2).fold())) visitToState = true;
        }
        if (!host && !eventPlace && !visitToState) return;
        for (String p : attendees) {
            String s = homes.homeState(p);
            if (s == null || s.equals(ps) || memory.resident(p)) continue;
            b.relation("VISITED", p, place.id, dateProps(d), ev(a, rule));
        }
    }
}

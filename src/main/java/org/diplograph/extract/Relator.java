package org.diplograph.extract;

import static org.diplograph.extract.Cues.NEGATION;
import static org.diplograph.extract.Cues.between;
import static org.diplograph.extract.Cues.date;
import static org.diplograph.extract.Cues.dateProps;
import static org.diplograph.extract.Cues.ev;
import static org.diplograph.extract.Cues.first;
import static org.diplograph.extract.Cues.groupSize;
import static org.diplograph.extract.Cues.heading;
import static org.diplograph.extract.Cues.indexOf;
import static org.diplograph.extract.Cues.listed;
import static org.diplograph.extract.Cues.locIn;
import static org.diplograph.extract.Cues.mentionAt;
import static org.diplograph.extract.Cues.near;
import static org.diplograph.extract.Cues.parenthetical;
import static org.diplograph.extract.Cues.pronounSubject;
import static org.diplograph.extract.Cues.reported;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.diplograph.facts.Evidence;

/**
 * Step 5, Relate: sentence rules that turn mentions into relations, each with the sentence as evidence. Only what a
 * sentence states: a sentence that merely lists names gives nothing, negated or future statements give nothing.
 */
final class Relator {

    /** One analysed sentence. */
    record Analysed(Sentence sentence, List<Mention> mentions, List<DateParser.DateValue> dates, Evidence evidence) {}

    private static final Set<String> MEET = Set.of("met", "meet", "meets", "meeting", "meetings", "talks", "received",
            "receives", "conferred", "negotiations", "hosted", "hosts", "welcomed", "greeted", "co-chaired", "co-chairs");
    private static final Set<String> VISIT = Set.of("visit", "visits", "visited", "visiting", "trip", "arrived",
            "travelled", "traveled", "flew", "landed", "tour");
    private static final Set<String> SIGN = Set.of("signed", "sign", "signing", "inked", "initialled", "initialed",
            "concluded", "issued", "adopted", "ratified");
    private static final Set<String> FUTURE = Set.of("will", "would", "to", "expected", "plans", "planned", "upcoming",
            "shall", "may", "might", "could", "set");
    private static final Set<String> LINK = Set.of("link", "links", "linking", "linked", "connect", "connects",
            "connecting", "connected", "between", "integrating", "integrate", "integrates", "join", "joins", "joining",
            "via", "through");
    private static final Set<String> CORRIDOR_NOUNS = Set.of("pipeline", "railway", "railroad", "corridor", "route",
            "port", "tunnel", "line", "road", "highway", "project", "link", "plant", "dam", "station", "cable", "canal");
    private static final Set<String> MEMBER_LIST = Set.of("consisting", "comprising", "composed", "comprises",
            "consists");

    private final Gazetteer g;
    private final DocBuilder b;
    private final Map<String, String> personState;
    private final Map<String, String> personName;
    private final ArticleMemory memory = new ArticleMemory();
    private final Homes homes;
    private final Events events;

    Relator(Gazetteer g, DocBuilder b, Map<String, String> personState, Map<String, String> personName) {
        this.g = g;
        this.b = b;
        this.personState = personState;
        this.personName = personName;
        this.homes = new Homes(g, personState, memory);
        this.events = new Events(g, b, personName, memory, homes);
    }

    void relate(Analysed a) {
        List<Token> t = a.sentence().tokens();
        dateline(a, t);
        placesOfStates(a, t);
        offices(a);
        if (heading(a.sentence())) return;
        meetingClauses(a, t);
        gatherings(a, t);
        visits(a, t);
        gatheringVisits(a, t);
        hosted(a, t);
        signings(a, t);
        agreementBetween(a, t);
        memberships(a, t);
        connects(a, t);
        locatedIn(a, t);
        rememberAgreement(a, t);
        for (Mention m : a.mentions()) {
            if (m.type == Mention.Type.PLACE && (memory.datelinePlace == null || !m.id.equals(memory.datelinePlace.id))
                    || "capital".equals(m.via)) memory.otherPlaceSentence = a.sentence().index();
        }
        Mention firstPerson = first(a.mentions(), Mention.Type.PERSON);
        if (firstPerson != null) memory.lastSubject = firstPerson.id;
        for (Mention m : a.mentions()) {
            if (m.type == Mention.Type.PERSON) {
                memory.recentPersons.remove(m.id);
                memory.recentPersons.add(m.id);
                String st = homes.stateOf(m.id); // a person named also names his state ("Bektenov held talks ...")
                if (st != null) { memory.recentStates.remove(st); memory.recentStates.add(st); }
            }
            if (m.type == Mention.Type.STATE) { memory.recentStates.remove(m.id); memory.recentStates.add(m.id); }
        }
    }

    // ------------------------------------------------------------------ helpers

    void homes(Map<String, String> home) {
        memory.personHome = home;
    }

    // ------------------------------------------------------------------ rules

    private void offices(Analysed a) {
        for (Mention m : a.mentions()) {
            if (m.type != Mention.Type.PERSON || m.role == null || m.officeOf == null || m.former) continue;
            Map<String, Object> p = new TreeMap<>();
            p.put("role", m.role);
            b.relation("HOLDS_OFFICE", m.id, m.officeOf, p, ev(a, m.rule));
        }
    }

    /**
     * "A met B, and C held talks with D": each clause with its own meeting verb is a meeting of its own (the tokens of
     * the other clauses are masked so positions stay the same).
     */
    private void meetingClauses(Analysed a, List<Token> t) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i + 1 < t.size(); i++) {
            if (t.get(i).text().equals(";") || t.get(i).text().equals(",")
                    && Set.of("and", "while", "whereas", "but").contains(t.get(i + 1).fold())) cuts.add(i);
        }
        List<int[]> clauses = new ArrayList<>();
        int from = 0;
        for (int c : cuts) { clauses.add(new int[] {from, c}); from = c + 1; }
        clauses.add(new int[] {from, t.size()});
        int withVerb = 0;
        for (int[] c : clauses) {
            for (int i = c[0]; i < c[1]; i++) {
                if (Set.of("met", "talks", "received", "hosted", "conferred", "negotiations").contains(t.get(i).fold())) { withVerb++; break; }
            }
        }
        if (withVerb < 2) { meetings(a, t, null); return; }
        String clauseSubject = null;
        for (int[] c : clauses) {
            List<Token> masked = new ArrayList<>(t);
            for (int i = 0; i < t.size(); i++) {
                if (i < c[0] || i >= c[1]) masked.set(i, new Token("\u00b7", t.get(i).start(), t.get(i).end(), "\u00b7", false));
            }
            List<Mention> ms = new ArrayList<>();
            for (Mention m : a.mentions()) if (m.from >= c[0] && m.to <= c[1]) ms.add(m);
            meetings(new Analysed(a.sentence(), ms, a.dates(), a.evidence()), masked, clauseSubject);
            for (Mention m : ms) if (m.type == Mention.Type.PERSON) { clauseSubject = m.id; break; }
        }
    }

    /**
     * "First Deputy Prime Minister X also took part", "Y was also present": the persons join the meeting named in the
     * clause or sentence before, and meet its attendees.
     */
    private void joinedMeeting(Analysed a, List<Token> t) {
        int k = -1;
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).is("took") && t.get(i + 1).is("part") || t.get(i).is("also") && (t.get(i + 1).is("attended")
                    || t.get(i + 1).is("present") || t.get(i + 1).is("joined"))) { k = i; break; }
        }
        if (k < 0 || memory.event.id == null || memory.event.sentence < a.sentence().index() - 1 || memory.event.kind == null
                || memory.event.kind.equals("visit")) return;
        if (near(t, k, NEGATION, 3) || indexOf(t, Set.of("phone", "video", "online", "virtually"), 0) >= 0) return;
        if (k + 2 < t.size() && t.get(k).is("took") && t.get(k + 2).is("in")) return; // "took part in the X": another event
        for (Mention m : a.mentions()) {
            if (m.type != Mention.Type.PERSON || m.from > k || memory.event.attendees.contains(m.id)) continue;
            for (String other : memory.event.attendees) {
                Map<String, Object> props = dateProps(memory.event.date);
                props.put("event", memory.event.id);
                b.relation("MET", m.id, other, props, ev(a, "met-joined"));
            }
        }
    }

    private void dateline(Analysed a, List<Token> t) {
        if (memory.datelinePlace != null || a.sentence().index() > 3 || t.size() < 3) return;
        for (Mention m : a.mentions()) {
            if (m.from != 0 || m.type != Mention.Type.PLACE || homes.placeState(m.id) == null) continue;
            String next = t.get(m.to).text();
            if (next.equals(",") || next.equals("-") || next.equals("(") || next.equals(":")) memory.datelinePlace = m;
        }
    }

    /**
     * Visits to a city named elsewhere in the article (the dateline): the attendees of another state than the city's
     * visited it when one attendee is of the city's state (the host).
     */
    private void visitsAt(Analysed a, List<String> attendees, Mention place, DateParser.DateValue d, String rule) {
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

    /** The clause before token k starts with its verb: "(, and) later held talks", "(, and) also met". */
    private static boolean elidedSubject(List<Token> t, int k) {
        int i = k - 1;
        while (i >= 0 && t.get(i).word() && !t.get(i).cap() && !Set.of("the", "his", "her", "their", "its", "a", "an",
                "he", "she", "they", "it", "we", "i").contains(t.get(i).fold()) && k - i <= 4) i--;
        return i >= 0 && !t.get(i).word() && (t.get(i).text().equals("\u00b7") || t.get(i).text().equals(","));
    }

    /** clauseSubject: the subject of the previous clause of the sentence, for a clause that has none of its own. */
    private void meetings(Analysed a, List<Token> t, String clauseSubject) {
        int k = indexOf(t, MEET, 0);
        // "A and B co-chaired the forum", "co-chaired by A and B"
        for (int i = 2; i < t.size() && (k < 0 || i < k); i++) {
            if ((t.get(i).is("chaired") || t.get(i).is("chairs")) && t.get(i - 1).text().equals("-") && t.get(i - 2).is("co")) {
                k = i;
                break;
            }
        }
        // "X called on Y", "X sat down with Y": a meeting
        for (int i = 1; i + 1 < t.size() && (k < 0 || i < k); i++) {
            if (t.get(i).is("called") && t.get(i + 1).is("on") || t.get(i).is("sat") && t.get(i + 1).is("down")) {
                k = i;
                break;
            }
        }
        String kind = null;
        if (k >= 0) {
            String f = t.get(k).fold();
            kind = f.equals("talks") || f.equals("negotiations") ? "talks" : "meeting";
            if (k > 0 && t.get(k - 1).is("press") && k + 1 < t.size()) kind = "meeting";
        } else {
            int c = indexOf(t, Set.of("conference"), 0);
            if (c > 0 && t.get(c - 1).is("press")) { k = c; kind = "meeting"; }
            int at = indexOf(t, Set.of("attending", "attended"), 0);
            if (k < 0 && at >= 0 && indexOf(t, Set.of("ceremony"), at) >= 0) { k = at; kind = "signing"; }
        }
        if (k < 0) {
            int ik = indexOf(t, Set.of("inaugurated", "inaugurating", "launched", "launching", "opened", "opening"), 0);
            if (ik > 0 && indexOf(t, Set.of("with", "alongside"), ik) > 0) {
                int wk = indexOf(t, Set.of("with", "alongside"), ik);
                Mention after = null;
                for (Mention m : a.mentions()) if (m.from > wk && m.from <= wk + 6 && m.type == Mention.Type.PERSON) { after = m; break; }
                if (after != null && wk - ik <= 8) { k = ik; kind = "inauguration"; }
            }
        }
        if (k < 0) {
            int dk = indexOf(t, Set.of("discussed", "exchanged", "conferred"), 0);
            if (dk > 0 && indexOf(t, Set.of("phone", "telephone", "call", "video", "letter", "letters"), 0) < 0) {
                int persons = 0;
                for (Mention m : a.mentions()) if (m.type == Mention.Type.PERSON && m.from < dk) persons++;
                if (persons >= 2) { k = dk; kind = "talks"; }
            }
        }
        if (k >= 0 && Set.of("hosted", "hosts", "welcomed", "greeted").contains(t.get(k).fold())) {
            // "hosted his Azerbaijani and Turkish counterparts, A and B", "was welcomed at the airport by X"
            boolean personNext = false;
            for (Mention m : a.mentions()) {
                if (m.type == Mention.Type.PERSON && m.from > k && m.from <= k + 12
                        && !between(t, k + 1, m.from, Set.of(";", "which", "who", "where", "while", "but"))
                        || m.type == Mention.Type.PERSON && m.from > k && m.from <= k + 5) personNext = true;
            }
            if (!personNext) {
                int other = indexOf(t, Set.of("met", "meeting", "talks", "received", "meetings"), k + 1);
                k = other;
                if (k >= 0) kind = t.get(k).is("talks") ? "talks" : "meeting";
            }
        }
        if (k < 0) {
            joinedMeeting(a, t);
            return;
        }
        if (indexOf(t, Set.of("phone", "telephone", "videoconference", "virtually", "online", "videolink"), 0) >= 0
                || indexOf(t, Set.of("video"), 0) >= 0 && indexOf(t, Set.of("link", "call", "conference"), 0) >= 0) return;
        if (t.get(k).is("meet")) return; // "will meet", "to meet"
        // "A, B and C attended the meeting": attending a gathering together is not a meeting of them
        if ((t.get(k).is("meeting") || t.get(k).is("talks")) && k >= 2 && t.get(k - 1).is("the")
                && Set.of("attended", "attending", "joined", "attend").contains(t.get(k - 2).fold())) return;
        if ((t.get(k).is("received") || t.get(k).is("receives")) && between(t, k + 1, k + 4, Set.of("a", "an", "letter",
                "message", "messages", "call", "award", "invitation", "warnings", "support", "credentials"))
                && !between(t, k + 1, k + 3, Set.of("president", "minister", "prime"))) return;
        if (near(t, k, NEGATION, 4) || near(t, k, Set.of("will", "would", "expected", "plans", "upcoming", "shall"), 4)) return;
        if (indexOf(t, Set.of("summit"), 0) >= 0 && kind.equals("meeting") && !t.get(k).fold().startsWith("met")) kind = "summit";
        List<String> subj = new ArrayList<>();
        List<String> obj = new ArrayList<>();
        for (Mention m : a.mentions()) {
            if (m.type != Mention.Type.PERSON || listed(t, m, a.mentions())) continue;
            if (m.from < k && reported(t, m, k)) continue;
            if (m.from < k) { if (!subj.contains(m.id)) subj.add(m.id); }
            else if (!obj.contains(m.id) && !subj.contains(m.id)) obj.add(m.id);
        }
        if (subj.isEmpty() && pronounSubject(t, k) && memory.lastSubject != null && !obj.contains(memory.lastSubject)) subj.add(memory.lastSubject);
        // "Li was received by X, and later held talks with Y": the subject of the clause before
        if (subj.isEmpty() && clauseSubject != null && !obj.isEmpty() && !obj.contains(clauseSubject)
                && elidedSubject(t, k)) subj.add(clauseSubject);
        List<String[]> pairs = new ArrayList<>();
        for (String s : subj) for (String o : obj) pairs.add(new String[] {s, o});
        if (subj.size() >= 2) for (int i = 0; i < subj.size(); i++) for (int j = i + 1; j < subj.size(); j++) pairs.add(new String[] {subj.get(i), subj.get(j)});
        boolean separate = indexOf(t, Set.of("separate", "separately", "respectively"), 0) >= 0;
        if (subj.isEmpty() && !separate) for (int i = 0; i < obj.size(); i++) for (int j = i + 1; j < obj.size(); j++) pairs.add(new String[] {obj.get(i), obj.get(j)});
        if (pairs.isEmpty()) return;
        List<String> attendees = new ArrayList<>(subj);
        attendees.addAll(obj);
        DateParser.DateValue d = date(a, k);
        if (d == null && memory.refersBack(a) && memory.event.date != null) d = memory.event.date;
        Mention place = heldIn(a, t, k);
        String placeId = place == null ? null : place.id;
        boolean duringVisit = place == null && "visit".equals(memory.event.kind) && a.sentence().index() - memory.event.sentence <= 2
                && attendees.containsAll(memory.event.attendees);
        if (duringVisit) placeId = memory.event.placeId;
        String eventId = events.add(a, kind, attendees, d, placeId, "meeting-event");
        // a summit's attendees ATTENDED it; they met only where the text says so (issue 12's precision trap)
        boolean saysMet = indexOf(t, Set.of("met", "meet", "meeting", "meetings", "talks"), 0) >= 0;
        for (String[] p : kind.equals("summit") && !saysMet ? List.<String[]>of() : pairs) {
            Map<String, Object> props = dateProps(d);
            props.put("event", eventId);
            b.relation("MET", p[0], p[1], props, ev(a, "met-" + kind));
        }
        if (place == null && !duringVisit && memory.datelinePlace != null) visitsAt(a, attendees, memory.datelinePlace, d, "visit-dateline");
        if (place != null && !duringVisit) {
            foreignAttendeesVisited(a, attendees, place, d, "visit-met");
            // "met in Batken and Isfara"
            for (Mention m : a.mentions()) {
                if (m.type == Mention.Type.PLACE && m.from == place.to + 1 && t.get(place.to).is("and")) {
                    foreignAttendeesVisited(a, attendees, m, d, "visit-met");
                }
            }
        }
        if (place == null && kind.equals("signing") && memory.lastSigningPlace != null
                && a.sentence().index() - memory.lastSigningSentence == 1) {
            // "X signed a memorandum in Moscow. A and B attended the ceremony."
            String ps = homes.placeState(memory.lastSigningPlace.id);
            for (String p : attendees) {
                String st = homes.homeState(p);
                if (ps == null || st == null || st.equals(ps)) continue;
                b.relation("VISITED", p, memory.lastSigningPlace.id, dateProps(d), ev(a, "visit-signing"));
            }
        }
        Set<String> visitStates = duringVisit ? new LinkedHashSet<>(memory.event.states) : Set.of();
        String visitPlace = duringVisit ? memory.event.placeId : null;
        events.remember(a, eventId, kind, attendees, place, d);
        memory.event.states.addAll(visitStates);
        if (visitPlace != null) memory.event.placeId = visitPlace;
    }

    /** "the SCO summit in Astana", "the Tajikistan-Iran Tourism Forum held on June 13, 2022": an Event. */
    private void gatherings(Analysed a, List<Token> t) {
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
     * Where the meeting at token k was held: "in/at <place>" near the trigger or opening the sentence ("In Dushanbe,
     * ..."), not a place far away in the sentence ("... over the fate of the Palestinians in Gaza").
     */
    private Mention heldIn(Analysed a, List<Token> t, int k) {
        for (Mention m : a.mentions()) {
            if (m.type == Mention.Type.PLACE && m.from > 0 && (t.get(m.from - 1).is("at") || locIn(t, m))
                    && (Math.abs(m.from - k) <= 14 || m.from <= 2)) return m;
        }
        for (Mention m : a.mentions()) {
            if (m.type == Mention.Type.PLACE && "capital-place".equals(m.rule)) return m;
        }
        return null;
    }

    private void visits(Analysed a, List<Token> t) {
        int k = -1;
        while ((k = indexOf(t, VISIT, k + 1)) >= 0) {
            if (near(t, k, NEGATION, 4) || near(t, k, FUTURE, 4) && !t.get(k).fold().equals("visited")) continue;
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
                        || (f.equals("tour") && prev.equals("of"));
                if (!ok) continue;
                dest = m;
                break;
            }
            String visitor = null;
            if (dest == null && k >= 4 && !verb) {
                // "X, who is in Uzbekistan on an official visit": X is the visitor
                for (Mention m : a.mentions()) {
                    if (m.isGeo() && m.to <= k && k - m.to <= 5 && m.from > 2 && t.get(m.from - 1).is("in")
                            && t.get(m.to).is("on") && !(m.type == Mention.Type.STATE && "demonym".equals(m.via))
                            && t.get(m.from - 3).is("who")) {
                        for (Mention p : a.mentions()) {
                            if (p.type == Mention.Type.PERSON && p.to + 1 == m.from - 3 && t.get(p.to).text().equals(",")) {
                                dest = m;
                                visitor = p.id;
                            }
                        }
                    }
                }
            }
            if (dest == null) continue;
            dests.add(dest);
            // "state visits to Turkmenistan, Kazakhstan and Uzbekistan"
            for (Mention m : a.mentions()) {
                Mention last = dests.get(dests.size() - 1);
                if (m.from <= last.from || !m.isGeo() || m.type == Mention.Type.STATE && "demonym".equals(m.via)) continue;
                boolean joined = m.from - last.to == 1 && (t.get(last.to).is("and") || t.get(last.to).text().equals(","))
                        || m.from - last.to == 2 && t.get(last.to).text().equals(",") && t.get(last.to + 1).is("and");
                if (joined) dests.add(m);
                else if (m.from > last.to) break;
            }
            for (Mention m : a.mentions()) if (m.type == Mention.Type.PERSON && m.from < k && !listed(t, m, a.mentions())) {
                if (visitor == null) visitor = m.id;
            }
            if (visitor == null && pronounSubject(t, k) && memory.lastSubject != null) visitor = memory.lastSubject;
            // "the delegation travelled to Herat, where Hajiyev and the governor inspected ...": the person after "where"
            if (visitor == null && dest.to + 1 < t.size() && t.get(dest.to).text().equals(",") && t.get(dest.to + 1).is("where")) {
                for (Mention m : a.mentions()) {
                    if (m.type == Mention.Type.PERSON && m.from > dest.to + 1 && m.from <= dest.to + 3) { visitor = m.id; break; }
                }
            }
            // "During his trip to Ashgabat, Mishustin met ...": the subject named after the opening phrase
            if (visitor == null && between(t, Math.max(0, k - 3), k, Set.of("his", "her"))
                    && between(t, 0, Math.min(2, k), Set.of("during", "on", "while", "in"))) {
                for (Mention m : a.mentions()) {
                    if (m.type == Mention.Type.PERSON && m.from > dest.to && m.from <= dest.to + 12
                            && t.get(dest.to).text().equals(",")) { visitor = m.id; break; }
                }
            }
            // "the first visit by a Pakistani foreign minister to Bangladesh": the visitor is named after "by", or nobody
            if (!verb && k + 1 < t.size() && t.get(k + 1).is("by")) {
                visitor = null;
                for (Mention m : a.mentions()) {
                    if (m.type == Mention.Type.PERSON && m.from > k + 1 && m.from <= k + 6) { visitor = m.id; break; }
                }
            }
            // "during Russian President Vladimir Putin's state visit to Uzbekistan": the possessor is the visitor
            int q = k - 1;
            while (q > 0 && k - q <= 4 && (t.get(q).word() && !t.get(q).cap() && !t.get(q).is("s") || t.get(q).text().equals("-")
                    || t.get(q).digits())) q--;
            if (q >= 2 && t.get(q).is("s") && t.get(q - 1).text().equals("'")) {
                for (Mention m : a.mentions()) if (m.type == Mention.Type.PERSON && m.to == q - 1) visitor = m.id;
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

    /**
     * "the Iranian port of Chabahar", "the Uzbek border city of Termez", "Turkmenistan's Caspian resort of Avaza":
     * LOCATED_IN, and the place's state for the visit rules of this article.
     */
    private void placesOfStates(Analysed a, List<Token> t) {
        List<Mention> ms = a.mentions();
        for (Mention p : ms) {
            if (p.type != Mention.Type.PLACE && p.type != Mention.Type.CORRIDOR || p.from < 3) continue;
            if (!t.get(p.from - 1).is("of") || !Recognizer.PLACE_NOUNS.contains(t.get(p.from - 2).fold())) continue;
            Mention st = null;
            for (int k = p.from - 3; k >= Math.max(0, p.from - 7) && st == null; k--) {
                for (Mention m : ms) {
                    if (m.type == Mention.Type.STATE && (m.to == k + 1 && "demonym".equals(m.via)
                            || m.possessive && m.to + 2 == k + 1)) st = m;
                }
                if (st == null && (t.get(k).text().equals(",") || !t.get(k).word() && !t.get(k).text().equals("'")
                        || Set.of("and", "of", "in", "to", "from").contains(t.get(k).fold()))) break;
            }
            if (st == null) continue;
            if (p.type == Mention.Type.PLACE) memory.statedPlaceState.putIfAbsent(p.id, st.id);
            b.relation("LOCATED_IN", p.id, st.id, null, ev(a, "demonym-place-of"));
        }
    }

    /**
     * A foreign official meeting in a city is a visit to it: "A met B in Tbilisi" gives VISITED(B, Tbilisi) when A
     * holds an office of Tbilisi's state and B one of another state. The host condition keeps out meetings of two
     * foreigners on neutral ground named by their own rule (summits, signings).
     */
    private static final Set<String> AGREEMENT_NOUNS = Set.of("document", "documents", "agreement", "agreements",
            "contract", "package", "memorandum", "deal", "accord", "protocol", "declaration", "mou", "treaty", "plan",
            "memoranda", "accords", "deals", "contracts", "protocols");

    /**
     * A definite reference to the agreement named in the last three sentences: "The document was signed by",
     * "signed the package", "The agreement was signed in Tbilisi by".
     */
    private Mention agreementReference(Analysed a, List<Token> t, int k) {
        if (memory.lastAgreement == null || a.sentence().index() - memory.lastAgreementSentence > 3) return null;
        for (int i = Math.max(1, k - 4); i < Math.min(t.size(), k + 4); i++) {
            if (i == k || !AGREEMENT_NOUNS.contains(t.get(i).fold())) continue;
            if (Set.of("the", "this", "that", "these").contains(t.get(i - 1).fold())) return memory.lastAgreement;
        }
        return null;
    }

    private void rememberAgreement(Analysed a, List<Token> t) {
        for (Mention m : a.mentions()) {
            if (m.type != Mention.Type.AGREEMENT) continue;
            boolean bare = m.to - m.from == 1 && m.from > 0 && Set.of("the", "this", "that").contains(t.get(m.from - 1).fold());
            if (bare) continue;
            memory.lastAgreement = m;
            memory.lastAgreementSentence = a.sentence().index();
        }
    }

    private static final Set<String> GATHERINGS = Set.of("summit", "meeting", "conference", "forum", "session",
            "consultations", "congress", "ceremony", "talks");
    private static final Set<String> AT_GATHERING = Set.of("sidelines", "margins", "margin", "attended", "attending",
            "represented", "participated", "took", "at");

    /**
     * VISITED for persons at a gathering held in a city of another state: "On the sidelines of the summit, A met B",
     * "X attended the meeting as a guest", "was represented at the Astana summit by X" (the city named in this sentence
     * or for the last gathering of the article). Persons of the city's state, residents, and "did not attend" give none.
     */
    private void gatheringVisits(Analysed a, List<Token> t) {
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
            if (alone || gatheringNear) trigger = k;
        }
        if (here == null && memory.datelinePlace != null && a.sentence().index() <= 3) {
            for (Token x : t) if (GATHERINGS.contains(x.fold()) && !x.is("talks")) { here = memory.datelinePlace; break; }
        }
        Mention place = here != null ? here : memory.gatherPlace;
        if (here != null) memory.gatherPlace = here;
        if (trigger < 0 || place == null) return;
        if (near(t, trigger, NEGATION, 4) || near(t, trigger, Set.of("will", "would", "expected", "plans", "shall",
                "due", "invited"), 4)) return;
        if (indexOf(t, Set.of("phone", "telephone", "videoconference", "virtually", "online", "video"), 0) >= 0) return;
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
            if (m.type != Mention.Type.PERSON || m.from < cs || m.from >= ce || reported(t, m, trigger)) continue;
            String st = homes.homeState(m.id);
            if (st == null || st.equals(ps) || memory.resident(m.id)) continue;
            b.relation("VISITED", m.id, place.id, dateProps(d), ev(a, "visit-gathering"));
        }
    }

    private void foreignAttendeesVisited(Analysed a, List<String> attendees, Mention place, DateParser.DateValue d,
                                         String rule) {
        if (place.type != Mention.Type.PLACE) return;
        List<Token> t = a.sentence().tokens();
        boolean coordinated = false; // "in Batken and Isfara"
        for (Mention m : a.mentions()) {
            if (m.type == Mention.Type.PLACE && m.to + 1 == place.from && t.get(m.to).is("and") && m.from > 0
                    && locIn(t, m)) coordinated = true;
        }
        if (place.from == 0 || !locIn(t, place) && !coordinated) return;
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

    private static final Set<String> HOSTED = Set.of("received", "hosted", "welcomed", "hosts", "receives", "welcomes");

    /**
     * "A received B in Tashkent": a guest received or hosted in a city of another state than his own visited it.
     * The guest's state comes from his office in the article; the city's from the gazetteer (capitals and places).
     */
    private void hosted(Analysed a, List<Token> t) {
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
                DateParser.DateValue d = date(a, k);
                events.add(a, "visit", List.of(gm.id), d, place.id, "visit-event");
                b.relation("VISITED", gm.id, place.id, dateProps(d), ev(a, "visit-hosted"));
            }
        }
    }

    private static final Set<String> VERBISH = Set.of("was", "were", "is", "are", "had", "has", "have", "been",
            "said", "says", "did", "not", "will", "would", "to", "be", "they", "it", "he", "she", "we");

    private void signings(Analysed a, List<Token> t) {
        int k = indexOf(t, SIGN, 0);
        if (k < 0) return;
        if (t.get(k).is("sign")) return; // base form: "will sign", "to sign", "did not sign"
        if (near(t, k, Set.of("would", "could", "might", "may"), 3)) return;
        if (near(t, k, NEGATION, 5) || near(t, k, Set.of("will", "expected", "plans", "shall", "upcoming", "yet"), 3)) return;
        boolean issued = t.get(k).is("issued") || t.get(k).is("adopted");
        boolean passiveGeneric = false;
        List<Mention> agreements = new ArrayList<>();
        int relClause = -1;
        for (Mention m : a.mentions()) {
            if (m.type != Mention.Type.AGREEMENT || m.to >= k || !(t.get(m.to).is("that") || t.get(m.to).is("which"))) continue;
            boolean onlyParties = k - m.to >= 2;
            for (int i = m.to + 1; i < k; i++) {
                Token x = t.get(i);
                boolean inMention = false;
                for (Mention o : a.mentions()) if (o.from <= i && i < o.to && (o.type == Mention.Type.STATE
                        || o.type == Mention.Type.PERSON || o.type == Mention.Type.ORG)) inMention = true;
                boolean descriptor = !x.cap() && x.word() && i + 1 < k && !VERBISH.contains(x.fold());
                if (!inMention && !x.is("and") && !x.text().equals(",") && !x.is("the") && !descriptor) onlyParties = false;
            }
            if (onlyParties) { agreements.add(m); relClause = m.to + 1; }
        }
        for (Mention m : a.mentions()) {
            if (relClause >= 0) break;
            if (m.type != Mention.Type.AGREEMENT) continue;
            // "restored relations under an agreement signed in Beijing": the clause's subjects are the parties
            boolean under = m.to == k && !(k + 1 < t.size() && t.get(k + 1).is("by")) && m.from >= 1
                    && between(t, Math.max(0, m.from - 3), m.from, Set.of("under", "within"));
            // "a loan agreement ... was signed by": the passive's subject
            boolean passiveSubject = m.from < k && k > 0 && Set.of("was", "were", "been").contains(t.get(k - 1).fold())
                    && !between(t, m.to, k - 1, Set.of("which", "that", "who", ";"))
                    && !(m.to - m.from == 1 && m.from > 0 && Set.of("the", "this", "that").contains(t.get(m.from - 1).fold()));
            if (m.rule.startsWith("generic-agreement") && m.from < k && !under && !passiveSubject) continue;
            if (passiveSubject && m.rule.startsWith("generic-agreement")) passiveGeneric = true;
            if (issued && !"joint-statement".equals(m.kind) && !t.get(k).is("adopted")) continue;
            agreements.add(m);
        }
        boolean referred = false;
        if (agreements.isEmpty()) {
            // "The document was signed by A and B", "A and B signed the package": the agreement named last; its
            // parties were stated with it
            Mention ref = agreementReference(a, t, k);
            if (ref != null) { agreements.add(ref); referred = true; }
        }
        if (agreements.isEmpty()) return;
        if (t.get(k).is("adopted")) {
            // "the leaders adopted the Bishkek Declaration": the document exists; nobody signed it
            DateParser.DateValue d = date(a, k);
            for (Mention ag : agreements) agreementEntity(a, ag, ag.id, d, null); // no stage of the design fits
            return;
        }
        List<String> signers = new ArrayList<>();
        Set<String> parties = new LinkedHashSet<>();
        int clause = 0;
        for (int i = k - 1; i > 0; i--) {
            if (t.get(i).is("and") && t.get(i - 1).text().equals(",") || t.get(i).text().equals(";")) { clause = i + 1; break; }
        }
        if (relClause > clause) clause = relClause;
        boolean sides = false;
        for (int i = clause; i < k; i++) {
            if (Set.of("sides", "parties", "countries", "nations", "governments", "delegations").contains(t.get(i).fold())) sides = true;
        }
        int withAt = -1;
        for (int i = k + 1; i < t.size() && relClause < 0; i++) {
            if (Set.of("which", "that", "who", "where", "whose").contains(t.get(i).fold())) break; // "... which links A with B"
            if (t.get(i).is("with") || t.get(i).is("between")) { withAt = i; break; }
        }
        for (Mention m : a.mentions()) {
            boolean subject = m.from < k && m.from >= clause && !listed(t, m, a.mentions()) && !reported(t, m, k)
                    && !parenthetical(t, m.from, k);
            boolean with = withAt > 0 && m.from > withAt;
            if (m.type == Mention.Type.PERSON && sides && m.from < k) {
                if (homes.stateOf(m.id) != null) parties.add(homes.stateOf(m.id));
            } else if (m.type == Mention.Type.PERSON && (subject || with)) {
                if (!signers.contains(m.id)) signers.add(m.id);
            } else if ((m.type == Mention.Type.STATE || m.type == Mention.Type.ORG && !"media".equals(m.kind)
                    && !"think-tank".equals(m.kind))
                    && (subject || with)) {
                parties.add(m.id);
            }
        }
        // passive "signed by A and the head of X, B": the persons after "by", up to the end of the clause
        List<String> present = new ArrayList<>();
        int byAt = -1; // "signed by", "signed in Tbilisi by", "signed on 5 May by"
        for (int i = k + 1; i < Math.min(t.size(), k + 8); i++) {
            if (t.get(i).is("by")) { byAt = i; break; }
            if (!(Set.of("in", "on", "at", "the", ",").contains(t.get(i).fold()) || t.get(i).cap() || t.get(i).digits())) break;
        }
        if (byAt > 0) {
            int stop = t.size();
            for (int i = byAt + 1; i < t.size(); i++) {
                if (Set.of("during", "while", "which", "who", "when", "after", "before", ";", "presence", "witnessed",
                        "attended").contains(t.get(i).fold())) { stop = i; break; }
            }
            for (Mention m : a.mentions()) {
                if (m.type == Mention.Type.PERSON && m.from > byAt && m.from < stop && !signers.contains(m.id)) signers.add(m.id);
            }
            int pr = indexOf(t, Set.of("presence"), k);
            if (pr > 0 && stop == pr) {
                for (Mention m : a.mentions()) if (m.type == Mention.Type.PERSON && m.from > pr && m.from <= pr + 8) present.add(m.id);
            }
        }
        // "the three leaders signed", "both presidents signed": the persons named last before
        if (signers.isEmpty() && !sides) {
            int n = groupSize(t, clause, k, Set.of("leaders", "presidents", "ministers", "heads"));
            if (n > 0) {
                String filter = indexOf(t, Set.of("ministers"), clause) >= 0 && indexOf(t, Set.of("ministers"), clause) < k
                        ? "Minister" : indexOf(t, Set.of("presidents"), clause) >= 0
                        && indexOf(t, Set.of("presidents"), clause) < k ? "President" : null;
                signers.addAll(memory.lastPersons(n, filter));
            }
        }
        // "He and Guler signed"
        if (!signers.isEmpty() && k > 2 && (t.get(0).is("he") || t.get(0).is("she")) && t.get(1).is("and")
                && memory.lastSubject != null && !signers.contains(memory.lastSubject)) signers.add(0, memory.lastSubject);
        // organisations signing: the states naming them ("Kazakhstan's national oil company X") are not parties
        boolean orgParty = false;
        for (Mention m : a.mentions()) {
            if (m.type == Mention.Type.ORG && parties.contains(m.id) && !"igo".equals(m.kind)) orgParty = true;
        }
        if (orgParty) {
            for (Mention st : a.mentions()) {
                if (st.type != Mention.Type.STATE || !parties.contains(st.id)) continue;
                for (Mention o : a.mentions()) {
                    if (o.type != Mention.Type.ORG || !parties.contains(o.id)) continue;
                    boolean before = o.from >= st.to && o.from - st.to <= 6 && !between(t, st.to, o.from, Set.of("and", ","));
                    boolean after = st.from >= o.to && st.from - o.to <= 2 && t.get(o.to).is("of");
                    if (before || after) { parties.remove(st.id); break; }
                }
            }
        }
        boolean back = memory.refersBack(a);
        if (sides) {
            for (Mention m : a.mentions()) if (m.type == Mention.Type.PLACE && m.from < k && g.stateOfCapital(m.id) != null) parties.add(g.stateOfCapital(m.id));
        }
        if (signers.isEmpty() && back && !sides && relClause < 0) {
            boolean pronoun = pronounSubject(t, k) || indexOf(t, Set.of("leaders", "presidents", "ministers", "they"), 0) >= 0
                    && indexOf(t, Set.of("leaders", "presidents", "ministers", "they"), 0) < k;
            if (pronoun) {
                String filter = indexOf(t, Set.of("ministers"), 0) >= 0 ? "Minister"
                        : indexOf(t, Set.of("presidents"), 0) >= 0 ? "President" : null;
                for (String p : memory.event.attendees) if (filter == null || memory.roleOf(p, filter)) signers.add(p);
            }
        }
        if (signers.isEmpty() && !sides && pronounSubject(t, k) && memory.lastSubject != null) signers.add(memory.lastSubject);
        boolean fromSentence = !parties.isEmpty();
        for (String s : signers) if (homes.stateOf(s) != null) parties.add(homes.stateOf(s));
        if (between(t, 0, k, Set.of("witnessed", "presence", "oversaw", "attended", "attending"))) signers.clear();
        if (back && (parties.size() < 2) && !passiveGeneric) parties.addAll(memory.event.states);
        if (referred && !fromSentence) parties.clear();
        DateParser.DateValue d = date(a, k);
        if (d == null && back && memory.event.date != null) d = memory.event.date;
        List<String> metting = new ArrayList<>(signers);
        for (String p : present) if (!metting.contains(p)) metting.add(p);
        if (metting.size() >= 2 && signers.size() >= 2) {
            String eventId = events.add(a, "signing", metting, d, null, "meeting-event");
            for (int i = 0; i < metting.size(); i++) {
                for (int j = i + 1; j < metting.size(); j++) {
                    Map<String, Object> props = dateProps(d);
                    props.put("event", eventId);
                    b.relation("MET", metting.get(i), metting.get(j), props, ev(a, "met-signing"));
                }
            }
        }
        // "X signed ... at the summit in Astana": a signer holding an office of another state visited the city
        Mention signPlace = null;
        for (Mention m : a.mentions()) {
            if (m.from <= k) continue;
            if (between(t, k + 1, m.from, Set.of("which", "who", "where", "while", ";", "during", "after", "before", "when"))) break;
            if (m.type == Mention.Type.PLACE && locIn(t, m)) { signPlace = m; break; }
        }
        // "The same day in Astana, A and B signed", "In Tbilisi, A signed"
        for (Mention m : a.mentions()) {
            if (signPlace != null || m.from >= k) break;
            if (m.type == Mention.Type.PLACE && locIn(t, m) && m.from <= 6
                    && !between(t, m.to, k, Set.of("which", "who", "where", "while", ";", "after", "before", "when"))) signPlace = m;
        }
        if (signPlace != null) {
            memory.lastSigningPlace = signPlace;
            memory.lastSigningSentence = a.sentence().index();
            String ps = homes.placeState(signPlace.id);
            for (String s : metting) {
                String st = homes.homeState(s);
                if (ps == null || st == null || st.equals(ps)) continue;
                b.relation("VISITED", s, signPlace.id, dateProps(d), ev(a, "visit-signing"));
            }
        }
        for (Mention ag : agreements) {
            String id = ag.id;
            agreementEntity(a, ag, id, d, "signed");
            // "signed a joint statement and witnessed the exchange of 23 documents": nobody signed those in this text
            boolean witnessed = ag.from > k && between(t, k + 1, ag.from, Set.of("witnessed", "oversaw", "attended"));
            if (!witnessed) for (String s : signers) b.relation("SIGNED", s, id, dateProps(d), ev(a, "signed"));
            for (String p : parties) b.relation("PARTY_TO", p, id, dateProps(d), ev(a, !signers.isEmpty() ? "party-signer" : fromSentence ? "party-subject" : "party-context"));
            for (Mention c : a.mentions()) {
                if (c.type == Mention.Type.CORRIDOR && c.from > ag.from && !between(t, ag.to, c.from, Set.of("and", ";"))) {
                    b.relation("CONCERNS", id, c.id, null, ev(a, "agreement-corridor"));
                }
            }
        }
    }

    void role(String person, String role) {
        memory.role(person, role);
    }

    void agreementEntity(Analysed a, Mention ag, String id, DateParser.DateValue d, String stage) {
        Map<String, Object> props = d == null ? new TreeMap<>() : new TreeMap<>(d.props());
        props.put("title", ag.name);
        props.put("kind", ag.kind);
        if (stage != null) props.put("stage", stage);
        if (ag.count != null) props.put("count", ag.count);
        b.entity(id, "Agreement", ag.name, ag.surface, props, ag.rule, ev(a, ag.rule), false);
    }

    private void agreementBetween(Analysed a, List<Token> t) {
        for (Mention ag : a.mentions()) {
            if (ag.type != Mention.Type.AGREEMENT || ag.rule.equals("generic-agreement")) continue;
            for (Mention c : a.mentions()) {
                if (c.type == Mention.Type.CORRIDOR && c.from > ag.from && c.from <= ag.to + 3
                        && ag.to < t.size() && (t.get(ag.to).is("on") || t.get(ag.to).is("for"))) {
                    b.relation("CONCERNS", ag.id, c.id, null, ev(a, "agreement-on-corridor"));
                }
            }
            if (ag.to < t.size() && t.get(ag.to).is("between")) {
                List<String> ps = new ArrayList<>();
                for (Mention m : a.mentions()) {
                    if (m.from <= ag.to) continue;
                    if (m.type != Mention.Type.STATE && m.type != Mention.Type.ORG) break;
                    ps.add(m.id);
                    if (m.to < t.size() && !(t.get(m.to).is("and") || t.get(m.to).text().equals(","))) break;
                }
                if (ps.size() < 2) continue;
                String id = ag.id;
                for (String p : ps) b.relation("PARTY_TO", p, id, null, ev(a, "agreement-between"));
            }
        }
    }

    private static final Set<String> ORG_NOUNS = Set.of("organisation", "organization", "bloc", "alliance", "union",
            "grouping", "group", "forum", "association", "community");

    /**
     * "The SCO now includes India, Pakistan, Iran and Belarus", "The organisation, which includes A, B and C, also has
     * observers", "The bloc unites ten states, including A and B" (the organisation named last, within eight sentences).
     */
    private void orgIncludes(Analysed a, List<Token> t) {
        List<Mention> ms = a.mentions();
        int inc = indexOf(t, Set.of("includes", "include", "comprises", "encompasses", "groups", "unites", "brings"), 0);
        if (inc <= 0 || near(t, inc, Set.of("will", "could", "would", "may", "might"), 4)) return;
        if (t.get(inc).is("brings") && !(inc + 1 < t.size() && t.get(inc + 1).is("together"))) return;
        Mention org = null;
        if (!ms.isEmpty() && ms.get(0).type == Mention.Type.ORG && ms.get(0).from < inc) org = ms.get(0);
        if (org == null && memory.lastIgo != null && a.sentence().index() - memory.lastIgoSentence <= 8) {
            for (int i = 0; i < Math.min(inc, 3); i++) {
                if (ORG_NOUNS.contains(t.get(i).fold()) && i > 0 && t.get(i - 1).is("the")) { org = memory.lastIgo; break; }
            }
            boolean before = false;
            for (Mention m : ms) if (m.from < inc) before = true;
            if (before) org = null;
        }
        if (org == null) return;
        int stop = t.size();
        for (int i = inc + 1; i < t.size(); i++) {
            if (Set.of("observer", "observers", "partner", "partners", "candidate", "candidates").contains(t.get(i).fold())) { stop = i; break; }
        }
        if (near(t, inc, Set.of("observer", "observers", "partners"), 3)) return;
        int prevEnd = -1;
        for (Mention m : ms) {
            if (m.from <= inc || m.from >= stop) continue;
            if (m.type != Mention.Type.STATE || "demonym".equals(m.via)) break;
            if (prevEnd >= 0 && !listNext(t, prevEnd, m.from)) break; // the list ended ("..., Oman, held talks with ...")
            b.relation("MEMBER_OF", m.id, org.id, null, ev(a, "org-includes"));
            prevEnd = m.to;
            if (m.to < t.size() && !(t.get(m.to).is("and") || t.get(m.to).text().equals(","))) break;
        }
    }

    /** The next item of a list: "A, B", "A and B", "A, and B", "A, the B" (tokens between prevEnd and from). */
    private static boolean listNext(List<Token> t, int prevEnd, int from) {
        for (int i = prevEnd; i < from; i++) {
            if (!(t.get(i).text().equals(",") || t.get(i).is("and") || t.get(i).is("the"))) return false;
        }
        return from - prevEnd <= 3;
    }

    private void memberships(Analysed a, List<Token> t) {
        orgIncludes(a, t);
        for (Mention m : a.mentions()) {
            if (m.type == Mention.Type.ORG && "igo".equals(m.kind)) { memory.lastIgo = m; memory.lastIgoSentence = a.sentence().index(); }
        }
        if (indexOf(t, Set.of("observer", "observers", "non-member", "partner", "partners"), 0) >= 0
                && indexOf(t, Set.of("members", "member"), 0) < 0) return;
        List<Mention> ms = a.mentions();
        // "X and Y are members of ORG", "both members of ECO and SCO", "X joined the SCO"
        for (int k = 0; k < t.size(); k++) {
            String f = t.get(k).fold();
            boolean memberOf = (f.equals("members") || f.equals("member")) && k + 1 < t.size() && (t.get(k + 1).is("of")
                    || k + 2 < t.size() && Set.of("states", "countries", "nations").contains(t.get(k + 1).fold())
                    && t.get(k + 2).is("of"));
            boolean joined = f.equals("joined") || f.equals("joins") || f.equals("join");
            if (!memberOf && !joined) continue;
            if (near(t, k, NEGATION, 3) || near(t, k, Set.of("former", "ex", "left", "quit", "withdrew"), 3)) continue;
            int clauseStart = 0;
            for (int i = k - 1; i >= 0; i--) {
                if (Set.of("while", "but", "whereas", "although", ";").contains(t.get(i).fold())
                        || t.get(i).is("and") && i > 0 && t.get(i - 1).text().equals(",")) { clauseStart = i + 1; break; }
            }
            List<String> orgs = new ArrayList<>();
            for (Mention m : ms) {
                if (m.from <= k) continue;
                if (m.type == Mention.Type.ORG && Set.of("company", "media", "think-tank").contains(String.valueOf(m.kind))) break;
                if (m.type == Mention.Type.ORG) orgs.add(m.id);
                else if (m.type != Mention.Type.ORG && !orgs.isEmpty()) break;
                if (orgs.isEmpty() && m.from > k + 4) break;
                if (!orgs.isEmpty() && m.to < t.size() && !Set.of("and", ",", "(", ")", "the").contains(t.get(m.to).fold())) {
                    if (!(t.get(m.to).text().equals("(") || t.get(m.to).text().equals(")"))) break;
                }
            }
            if (orgs.isEmpty()) continue;
            List<String> states = new ArrayList<>();
            for (Mention m : ms) {
                if (m.type == Mention.Type.STATE && m.from >= clauseStart && m.to <= k && !"demonym".equals(m.via)
                        && !states.contains(m.id)) states.add(m.id);
            }
            if (states.isEmpty() && joined) continue;
            // "Both countries are members of X", "All three countries are members": the states named last before
            if (states.isEmpty() && memberOf) {
                int n = groupSize(t, clauseStart, k, Set.of("countries", "states", "nations"));
                if (n > 0 && memory.recentStates.size() >= n) {
                    states.addAll(memory.recentStates.subList(memory.recentStates.size() - n, memory.recentStates.size()));
                }
            }
            for (String s : states) for (String o : orgs) b.relation("MEMBER_OF", s, o, null, ev(a, memberOf ? "members-of" : "joined"));
        }
        // "Iran, an SCO member, ..." / "Iran is a full SCO member"
        for (Mention org : ms) {
            if (org.type != Mention.Type.ORG || org.to >= t.size() || !t.get(org.to).is("member")) continue;
            if (near(t, org.from, NEGATION, 3) || near(t, org.from, Set.of("observer", "former", "ex", "partner"), 2)) continue;
            if (!(org.from > 0 && Set.of("a", "an", "full", "fellow", "founding").contains(t.get(org.from - 1).fold()))) continue;
            Mention subject = null;
            for (Mention m : ms) if (m.type == Mention.Type.STATE && m.to <= org.from && !"demonym".equals(m.via)) subject = m;
            if (subject != null && org.from - subject.to <= 5) b.relation("MEMBER_OF", subject.id, org.id, null, ev(a, "state-an-org-member"));
        }
        // "ORG admitted X as its tenth member"
        int adm = indexOf(t, Set.of("admitted", "accepted", "welcomed"), 0);
        if (adm > 0 && indexOf(t, Set.of("member"), adm) > 0) {
            Mention org = null;
            for (Mention m : ms) if (m.type == Mention.Type.ORG && m.from < adm) org = m;
            if (org != null) {
                for (Mention m : ms) {
                    if (m.type == Mention.Type.STATE && m.from > adm && m.from < indexOf(t, Set.of("member"), adm)) {
                        b.relation("MEMBER_OF", m.id, org.id, null, ev(a, "admitted-member"));
                    }
                }
            }
        }
        // "A, B and C make up the EAEU"
        int mk = indexOf(t, Set.of("make", "makes", "form", "constitute", "constitutes"), 0);
        if (mk > 0 && (t.get(mk).fold().startsWith("make") ? mk + 1 < t.size() && t.get(mk + 1).is("up") : true)) {
            Mention org = null;
            for (Mention m : ms) if (m.type == Mention.Type.ORG && m.from > mk && m.from <= mk + 4) { org = m; break; }
            if (org != null) {
                for (Mention m : ms) {
                    if (m.type == Mention.Type.STATE && m.to <= mk && !"demonym".equals(m.via)) {
                        b.relation("MEMBER_OF", m.id, org.id, null, ev(a, "states-make-up-org"));
                    }
                }
            }
        }
        // "the OTS, consisting of Turkey, Azerbaijan, ..."
        for (int k = 0; k < t.size(); k++) {
            boolean list = MEMBER_LIST.contains(t.get(k).fold())
                    || (t.get(k).is("whose") && k + 1 < t.size() && (t.get(k + 1).is("members")
                    || k + 2 < t.size() && Recognizer.number(t.get(k + 1)) != null && t.get(k + 2).is("members")))
                    || (t.get(k).is("made") && k + 1 < t.size() && t.get(k + 1).is("up"));
            if (!list) continue;
            Mention org = null;
            for (Mention m : ms) if (m.type == Mention.Type.ORG && m.to <= k && k - m.to <= 3) org = m;
            if (org == null) continue;
            int order = 0;
            int prevEnd = -1;
            for (Mention m : ms) {
                if (m.from <= k) continue;
                if (m.type != Mention.Type.STATE) break;
                if (prevEnd >= 0 && !listNext(t, prevEnd, m.from)) break;
                prevEnd = m.to;
                order++;
                b.relation("MEMBER_OF", m.id, org.id, null, ev(a, "org-consisting-of"));
                if (m.to < t.size() && !(t.get(m.to).is("and") || t.get(m.to).text().equals(","))) break;
            }
        }
        // "SCO members Russia, China and India"
        for (Mention org : ms) {
            if (org.type != Mention.Type.ORG) continue;
            int i = org.to;
            if (i < t.size() && (t.get(i).is("members") || t.get(i).is("member")) && i + 1 < t.size()
                    && (t.get(i + 1).is("states") ? i + 2 < t.size() : true)) {
                int s = t.get(i + 1).is("states") ? i + 2 : i + 1;
                for (Mention m : ms) {
                    if (m.from < s) continue;
                    if (m.type != Mention.Type.STATE || m.from > s + 20) break;
                    b.relation("MEMBER_OF", m.id, org.id, null, ev(a, "org-members-list"));
                    if (m.to < t.size() && !(t.get(m.to).is("and") || t.get(m.to).text().equals(","))) break;
                }
            }
        }
    }

    private void connects(Analysed a, List<Token> t) {
        List<Mention> ms = a.mentions();
        for (Mention c : ms) {
            if (c.type != Mention.Type.CORRIDOR) continue;
            int order = 0;
            for (String comp : c.components) {
                order++;
                ensureGeo(a, comp);
                Map<String, Object> p = new TreeMap<>();
                p.put("order", order);
                b.relation("CONNECTS", c.id, comp, p, ev(a, "corridor-name"));
            }
        }
        int k = -1;
        for (int i = 0; i < t.size(); i++) {
            boolean fromTo = t.get(i).is("from") && indexOf(t, Set.of("to"), i + 1) > i && indexOf(t, Set.of("to"), i + 1) <= i + 12;
            if (!LINK.contains(t.get(i).fold()) && !fromTo) continue;
            // "a key link of", "the missing link": the noun
            if ((t.get(i).is("link") || t.get(i).is("links")) && i > 0 && Set.of("a", "an", "the", "key", "vital",
                    "important", "missing", "direct", "new", "crucial", "major", "strategic").contains(t.get(i - 1).fold())) continue;
            Mention corridor = null;
            // the corridor nearest before the verb ("the X terminal and the INSTC, which connects ...")
            for (Mention m : ms) if (m.type == Mention.Type.CORRIDOR && m.to <= i) corridor = m;
            if (corridor == null && memory.lastCorridor != null) {
                for (int j = 0; j + 1 < i && corridor == null; j++) {
                    if (!(t.get(j).is("the") || t.get(j).is("this"))) continue;
                    for (int d = 1; d <= 4 && j + d < i; d++) {
                        if (CORRIDOR_NOUNS.contains(t.get(j + d).fold())) {
                            // "the railway" refers to the last railway, not to a corridor of another kind
                            // (any distance when the article named only one corridor of that kind)
                            String kind = Recognizer.nounKind(t.get(j + d).fold());
                            ArticleMemory.SeenCorridor same = memory.lastCorridorOfKind.get(kind);
                            boolean only = same != null && memory.corridorIdsOfKind.getOrDefault(kind, Set.of()).size() == 1;
                            if (same != null && (a.sentence().index() - same.sentence() <= 2 || only)) corridor = same.corridor();
                            else if (a.sentence().index() - memory.lastCorridorSentence <= 2) corridor = memory.lastCorridor;
                            break;
                        }
                        if (t.get(j + d).cap() && !t.get(j + d).digits()) break;
                    }
                }
            }
            if (corridor == null) continue;
            if (near(t, i, NEGATION, 3)) continue;
            k = i;
            int order = 0;
            int end = t.size();
            for (int j = k + 1; j < t.size(); j++) {
                if (Set.of(";", "while", "but", "which", "where").contains(t.get(j).fold())) { end = j; break; }
            }
            for (Mention m : ms) {
                if (m.from <= k || m.from >= end || !m.isGeo()) continue;
                if (m.type == Mention.Type.STATE && "demonym".equals(m.via)) continue;
                if (m.type == Mention.Type.CORRIDOR) break;
                order++;
                Map<String, Object> p = new TreeMap<>();
                p.put("order", order);
                b.relation("CONNECTS", corridor.id, m.id, p, ev(a, "corridor-links"));
            }
            break;
        }
    }

    private void ensureGeo(Analysed a, String id) {
        if (b.has(id)) return;
        if (id.startsWith("state:")) {
            Gazetteer.StateInfo s = g.state(id);
            b.entity(id, "State", s.name(), null, stateProps(s), "corridor-name", ev(a, "corridor-name"), false);
        } else {
            Gazetteer.PlaceInfo p = g.place(id);
            String name = p != null ? p.name() : capitalize(id.substring(6));
            Map<String, Object> props = new TreeMap<>();
            props.put("kind", p != null ? p.kind() : "city");
            b.entity(id, "Place", name, null, props, "corridor-name", ev(a, "corridor-name"), false);
        }
    }

    static Map<String, Object> stateProps(Gazetteer.StateInfo s) {
        Map<String, Object> props = new TreeMap<>();
        props.put("iso3", s.iso3());
        props.put("iso2", s.iso2());
        return props;
    }

    /** "five-nations-railway" → "Five Nations Railway". */
    static String capitalize(String slug) {
        StringBuilder sb = new StringBuilder();
        for (String w : slug.split("-")) {
            if (w.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }

    private void locatedIn(Analysed a, List<Token> t) {
        List<Mention> ms = a.mentions();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            // "Dushanbe, the capital of Tajikistan"
            if (m.type == Mention.Type.PLACE && m.to + 4 < t.size() && t.get(m.to).text().equals(",")
                    && t.get(m.to + 1).is("the") && t.get(m.to + 2).is("capital") && t.get(m.to + 3).is("of")) {
                Mention s = mentionAt(ms, m.to + 4);
                if (s != null && s.type == Mention.Type.STATE) b.relation("LOCATED_IN", m.id, s.id, null, ev(a, "capital-of"));
            }
            // "Iran's Sistan and Baluchestan province", "Kazakhstan's Almaty"
            if (m.type == Mention.Type.STATE && m.possessive) {
                Mention p = mentionAt(ms, m.to + 2);
                if (p != null && (p.type == Mention.Type.CORRIDOR || p.type == Mention.Type.PLACE
                        && (!"region".equals(p.kind) || g.place(p.id) != null && g.place(p.id).iso3() != null))) {
                    b.relation("LOCATED_IN", p.id, m.id, null, ev(a, "possessive-place"));
                }
            }
            // "Herat, Afghanistan"
            if ((m.type == Mention.Type.PLACE) && !"region".equals(m.kind) && m.to + 1 < t.size()
                    && t.get(m.to).text().equals(",")) {
                Mention s = mentionAt(ms, m.to + 1);
                if (s != null && s.type == Mention.Type.STATE && "name".equals(s.via)
                        && (s.to >= t.size() || !t.get(s.to).word() || t.get(s.to).is("and") == false && !t.get(s.to).cap())
                        && !(s.to < t.size() && t.get(s.to).text().equals(","))) {
                    b.relation("LOCATED_IN", m.id, s.id, null, ev(a, "place-comma-state"));
                }
            }
            // "located in Iran's ..." / "located in Iran"
            if (m.type == Mention.Type.STATE && m.from >= 2 && locIn(t, m)
                    && (t.get(m.from - 2).is("located") || t.get(m.from - 2).is("situated") || t.get(m.from - 2).is("based"))) {
                Mention subject = null;
                for (Mention x : ms) if ((x.type == Mention.Type.CORRIDOR || x.type == Mention.Type.PLACE) && x.to <= m.from - 2) subject = x;
                if (subject == null && memory.lastCorridor != null && a.sentence().index() - memory.lastCorridorSentence <= 1) subject = memory.lastCorridor;
                if (subject != null) b.relation("LOCATED_IN", subject.id, m.id, null, ev(a, "located-in"));
            }
        }
        for (Mention m : ms) if (m.type == Mention.Type.CORRIDOR) {
            memory.lastCorridor = m;
            memory.lastCorridorSentence = a.sentence().index();
            if (m.kind != null) {
                memory.lastCorridorOfKind.put(m.kind, new ArticleMemory.SeenCorridor(m, a.sentence().index()));
                memory.corridorIdsOfKind.computeIfAbsent(m.kind, x -> new LinkedHashSet<>()).add(m.id);
            }
        }
    }

}

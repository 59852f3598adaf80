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
import static org.diplograph.extract.relate.Cues.represented;
import static org.diplograph.extract.relate.Cues.near;
import static org.diplograph.extract.relate.Cues.nearWords;
import static org.diplograph.extract.relate.Cues.pronounSubject;
import static org.diplograph.extract.relate.Cues.reported;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.extract.relate.Relator.Analysed;

/**
 * Meetings, MET with their event ("meeting-event"): "met-meeting", "met-talks", "met-summit", "met-signing",
 * "met-inauguration" (a clause with a meeting verb), "met-joined" ("X also took part"); VISITED of the foreign
 * attendees to the meeting's city ("visit-met", "visit-dateline", by {@link VisitRules}) and to the city of a signing
 * ceremony they attended ("visit-signing"). The meeting is remembered as the last event.
 */
final class MeetingRules {

    /** A meeting verb whose subject, when no person, is someone unnamed ("Delegates met", "officials received"). */
    private static final Set<String> MET_VERBS = Lexicon.words("meeting-verbs");

    private static final Set<String> MEET = Lexicon.words("meeting");
    private static final Set<String> GATHERING = Lexicon.words("gathering");
    /** Words before a meeting (or the verb that holds it) that put it in the future. */
    private static final Set<String> TO_COME = Set.of("will", "would", "expected", "plans", "upcoming", "shall", "set",
            "scheduled", "due");
    private static final Set<String> ASPIRATION = Lexicon.words("aspiration");
    private static final Set<String> MULTILATERAL = Lexicon.words("multilateral");
    static final Set<String> REMOTE = Lexicon.words("remote");
    /** Words that end the meeting's clause: who is named past them did not attend it. */
    private static final Set<String> CLAUSE_ENDS = Set.of("which", "whom", "whose");
    /** Words between a meeting word and a place that make the place something else than the meeting's venue. */

    private final DocBuilder b;
    private final ArticleMemory memory;
    private final Homes homes;
    private final Events events;
    private final VisitRules visits;

    MeetingRules(DocBuilder b, ArticleMemory memory, Homes homes, Events events, VisitRules visits) {
        this.b = b;
        this.memory = memory;
        this.homes = homes;
        this.events = events;
        this.visits = visits;
    }

    /**
     * "A met B, and C held talks with D": each clause with its own meeting verb is a meeting of its own (the tokens of
     * the other clauses are masked so positions stay the same).
     */
    void meetingClauses(Analysed a, List<Token> t) {
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
     * One clause's meeting: "A met B", "A held talks with B", "A received B" ("A called on B", "A and B co-chaired" are
     * surface rules); else
     * "X also took part". clauseSubject: the subject of the clause before, for a clause that has none of its own.
     */
    /** "..., according to (Prime Minister) Imran Khan": the source of the report, not an attendee. */
    private static boolean accordingTo(List<Token> t, Mention m) {
        int i = m.from - 1;
        while (i >= 0 && t.get(i).cap()) i--;
        return i >= 1 && t.get(i).is("to") && t.get(i - 1).is("according");
    }

    private static final Set<String> INVITING = Lexicon.words("inviting");
    /** "A, B and C attended the meeting", "present at the meeting were A, B and C": at it, not meeting each other. */
    private static final Set<String> ATTENDING = Lexicon.words("attending");
    private static final Set<String> VISIT_WORDS = Lexicon.words("invited-to");

    /** "welcomed/invited B to visit (come, travel, attend)": "to" and the visit word within eight words of k. */
    private static boolean invitation(List<Token> t, int k) {
        for (int j = k + 1; j + 1 < t.size() && j <= k + 8; j++) if (t.get(j).is("to") && VISIT_WORDS.contains(t.get(j + 1).fold())) return true;
        return false;
    }

    private void meetings(Analysed a, List<Token> t, String clauseSubject) {
        int k = indexOf(t, MEET, 0);
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
                // "A discussed on Sunday with his counterpart B": one person before, one after "with"
                int with = indexOf(t, Set.of("with"), dk + 1);
                boolean withPerson = false;
                if (with > dk && with - dk <= 5) {
                    for (Mention m : a.mentions()) withPerson |= m.type == Mention.Type.PERSON && m.from > with && m.from <= with + 8;
                }
                if (persons >= 2 || persons == 1 && withPerson) { k = dk; kind = "talks"; }
            }
        }
        if (k >= 0 && Set.of("hosted", "hosts", "welcomed", "greeted").contains(t.get(k).fold())) {
            // "hosted his Azerbaijani and Turkish counterparts, A and B", "was welcomed at the airport by X"
            boolean personNext = false;
            for (Mention m : a.mentions()) {
                if (m.type == Mention.Type.PERSON && m.from > k && m.from <= k + 12
                        && !between(t, k + 1, m.from, Set.of(";", "which", "who", "where", "while", "but"))
                        || m.type == Mention.Type.PERSON && m.from > k && m.from <= k + 5
                        // "was greeted at the airport by the Prime Minister of the Republic of Uzbekistan A"
                        || m.type == Mention.Type.PERSON && m.from > k && m.from <= k + 25
                        && between(t, k + 1, m.from, Set.of("by"))
                        && !between(t, k + 1, m.from, Set.of(";", "which", "who", "where", "while", "but"))) {
                    personNext = true;
                }
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
        if (indexOf(t, REMOTE, 0) >= 0 || indexOf(t, Set.of("videolink"), 0) >= 0
                || indexOf(t, Set.of("video"), 0) >= 0 && indexOf(t, Set.of("link", "call", "conference"), 0) >= 0) {
            memory.remoteMeetingSentence = a.sentence().index();
            return;
        }
        // "... participated in the meeting" after "a trilateral online meeting": the same meeting, held at a distance
        if (k > 0 && t.get(k - 1).is("the") && t.get(k).fold().startsWith("meeting")
                && a.sentence().index() - memory.remoteMeetingSentence <= 6) return;
        if (t.get(k).is("meet")) return; // "will meet", "to meet"
        // "Khan has welcomed President Rahmon to visit Pakistan": an invitation, not a meeting
        if (INVITING.contains(t.get(k).fold()) && invitation(t, k)) return;
        // "A, B and C attended the meeting", "B, who chaired the meeting": being at a gathering is not meeting each other
        if ((t.get(k).is("meeting") || t.get(k).is("talks")) && k >= 2 && t.get(k - 1).is("the")
                && (ATTENDING.contains(t.get(k - 2).fold()) || k >= 3 && (t.get(k - 2).is("at") || t.get(k - 2).is("in"))
                && ATTENDING.contains(t.get(k - 3).fold()))) return;
        if ((t.get(k).is("received") || t.get(k).is("receives")) && between(t, k + 1, k + 4, Set.of("a", "an", "letter",
                "message", "messages", "call", "award", "invitation", "warnings", "support", "credentials"))
                && !between(t, k + 1, k + 3, Set.of("president", "minister", "prime"))) return;
        if (near(t, k, NEGATION, 4) || nearWords(t, k, TO_COME, 4) || near(t, k, ASPIRATION, 3)) return;
        // "is scheduled to hold a bilateral meeting with X": the words before the verb that holds the meeting
        for (int i = k - 1; i >= Math.max(0, k - 4); i--) {
            if ((t.get(i).is("hold") || t.get(i).is("have")) && nearWords(t, i, TO_COME, 3)) return;
        }
        if (indexOf(t, Set.of("summit"), 0) >= 0 && kind.equals("meeting") && !t.get(k).fold().startsWith("met")) kind = "summit";
        List<String> subj = new ArrayList<>();
        List<String> obj = new ArrayList<>();
        int[] company = companions(t, a.mentions(), k);
        for (Mention m : a.mentions()) {
            if (m.type != Mention.Type.PERSON || listed(t, m, a.mentions())) continue;
            if (m.from >= company[0] && m.from < company[1]) continue;
            if (m.from < k && reported(t, m, k)) continue;
            if (accordingTo(t, m) || represented(t, m)) continue;
            if (m.from < k) { if (!subj.contains(m.id)) subj.add(m.id); }
            // "the meeting of A and B ..., which Karimov had made": a person past a relative clause is no attendee
            else if (!obj.contains(m.id) && !subj.contains(m.id) && !between(t, k + 1, m.from, CLAUSE_ENDS)) obj.add(m.id);
        }
        if (Cues.relativePronoun(t, k) && memory.lastSubject != null && !obj.contains(memory.lastSubject)) {
            subj.clear();
            subj.add(memory.lastSubject);
        }
        if (subj.isEmpty() && pronounSubject(t, k) && memory.lastSubject != null && !obj.contains(memory.lastSubject)) subj.add(memory.lastSubject);
        // "Li was received by X, and later held talks with Y": the subject of the clause before
        if (subj.isEmpty() && clauseSubject != null && !obj.isEmpty() && !obj.contains(clauseSubject)
                && elidedSubject(t, k)) subj.add(clauseSubject);
        // "..., which coincided with negotiations between A and B": who is before "talks between" is not at them
        if (k + 1 < t.size() && t.get(k + 1).is("between") && !MET_VERBS.contains(t.get(k).fold()) && obj.size() >= 2) {
            subj.clear();
            List<String> listed = Cues.listUpToAnd(t, a.mentions(), k, obj);
            if (listed.size() >= 2) obj.retainAll(listed);
        }
        List<String[]> pairs = new ArrayList<>();
        for (String s : subj) for (String o : obj) pairs.add(new String[] {s, o});
        if (subj.size() >= 2) for (int i = 0; i < subj.size(); i++) for (int j = i + 1; j < subj.size(); j++) pairs.add(new String[] {subj.get(i), subj.get(j)});
        boolean separate = indexOf(t, Set.of("separate", "separately", "respectively"), 0) >= 0;
        // "chairing the seventh trilateral meeting with A and B": a meeting of three or more, all of whom met
        if (!separate && near(t, k, MULTILATERAL, 3)) {
            for (int i = 0; i < obj.size(); i++) for (int j = i + 1; j < obj.size(); j++) pairs.add(new String[] {obj.get(i), obj.get(j)});
        }
        // "the talks between A and B" met each other; "Delegates met A and B": someone unnamed met them both
        boolean unnamedSubject = k > 0 && MET_VERBS.contains(t.get(k).fold()) && t.get(k - 1).word() && !t.get(k - 1).is("and");
        if (subj.isEmpty() && !separate && !unnamedSubject) for (int i = 0; i < obj.size(); i++) for (int j = i + 1; j < obj.size(); j++) pairs.add(new String[] {obj.get(i), obj.get(j)});
        if (pairs.isEmpty()) {
            if (subj.isEmpty() && obj.isEmpty()) heldInBefore(a, t, k);
            return;
        }
        List<String> attendees = new ArrayList<>(subj);
        attendees.addAll(obj);
        DateParser.DateValue d = date(a, k);
        if (d == null && memory.refersBack(a) && memory.event.date != null) d = memory.event.date;
        Mention place = MeetingPlaces.heldIn(a, t, k);
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
        if (place == null && !duringVisit && memory.datelinePlace != null) visits.visitsAt(a, attendees, memory.datelinePlace, d, "visit-dateline");
        if (place != null && !duringVisit) {
            visits.foreignAttendeesVisited(a, attendees, place, d, "visit-met");
            // "met in Batken and Isfara", "met at the Bestepe Presidential Complex in Ankara"
            for (Mention m : a.mentions()) {
                if (m.type == Mention.Type.PLACE && m.from > place.to && (m.from == place.to + 1 && t.get(place.to).is("and")
                        || "site".equals(place.kind) && t.get(place.to).is("in") && m.from <= place.to + 4 && locIn(t, m))) {
                    visits.foreignAttendeesVisited(a, attendees, m, d, "visit-met");
                }
            }
        }
        // "A and B met on the sidelines of a regional summit in Kazakhstan": a meeting in a state, no city named
        if (place == null && !duringVisit) {
            for (Mention m : a.mentions()) {
                if (m.type != Mention.Type.STATE || "demonym".equals(m.via) || m.from <= k || m.from - k > 14
                        || !t.get(m.from - 1).is("in") && !(t.get(m.from - 1).is("the") && t.get(m.from - 2).is("in"))
                        || between(t, k + 1, m.from, Set.of(";", "which", "who", "where", "while", "after", "before"))) continue;
                // what "in" hangs on: the meeting or its event ("met in", "a summit in", "talks on Monday in"), not
                // another noun ("discussed the situation in Syria")
                int in = t.get(m.from - 1).is("in") ? m.from - 2 : m.from - 3;
                Token on = t.get(in);
                if (!(MEET.contains(on.fold()) || GATHERING.contains(on.fold()) || on.is("held") || on.cap() || on.digits())) break;
                for (String p : attendees) {
                    String st = homes.homeState(p);
                    if (st != null && !st.equals(m.id)) b.relation("VISITED", p, m.id, dateProps(d), ev(a, "visit-met-state"));
                }
                break;
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
            // "An MoU was signed by A and B. Another was signed by C and D.": one signing after another, in one place
            memory.lastSigningSentence = a.sentence().index();
        }
        memory.signingsAt(a, place);
        Set<String> visitStates = duringVisit ? new LinkedHashSet<>(memory.event.states) : Set.of();
        String visitPlace = duringVisit ? memory.event.placeId : null;
        events.remember(a, eventId, kind, attendees, place, d);
        memory.event.states.addAll(visitStates);
        if (visitPlace != null) memory.event.placeId = visitPlace;
    }

    /**
     * "The meeting between the two leaders, held in Jeddah on Wednesday, reviewed ...": a meeting the sentence or the one
     * before named, and a place it was held in (rule {@code meeting-held-in}; its foreign attendees then visited the place,
     * {@code visit-event-venue}).
     */
    private void heldInBefore(Analysed a, List<Token> t, int k) {
        if (k < 1 || !t.get(k - 1).is("the") || !Set.of("meeting", "talks").contains(t.get(k).fold())
                || memory.event.id == null || memory.event.placeId != null
                || !Set.of("meeting", "talks").contains(memory.event.kind)
                || a.sentence().index() - memory.event.sentence > 1) return;
        int held = indexOf(t, Set.of("held"), k + 1);
        if (held < 0 || held > k + 8) return;
        for (Mention m : a.mentions()) {
            if (m.type != Mention.Type.PLACE || m.from <= held || m.from > held + 6 || !atOrIn(t, m)) continue;
            b.relation("HELD_IN", memory.event.id, m.id, null, ev(a, "meeting-held-in"));
            memory.event.placeId = m.id;
            // "held at Al Shati Palace in Abu Dhabi": the venue's city too
            for (Mention c : a.mentions()) {
                if (c.type == Mention.Type.PLACE && c.from == m.to + 1 && t.get(m.to).is("in")) {
                    b.relation("HELD_IN", memory.event.id, c.id, null, ev(a, "meeting-held-in"));
                }
            }
            return;
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

    /**
     * The tokens {from, to} of an "accompanied by A, B and C," phrase before the trigger k: the delegation travelling
     * with the subject, who neither meet him nor stand for the meeting's subject ({0, 0} when there is none).
     */
    static int[] companions(List<Token> t, List<Mention> mentions, int k) {
        for (int i = 0; i + 1 < k; i++) {
            if (!(t.get(i).is("accompanied") || t.get(i).is("accompanying"))) continue;
            int by = Cues.byAfter(t, i, k);
            if (by < 0) {
                if (!t.get(i).is("accompanying")) continue;
                by = i + 1;
            }
            int end = k;
            for (int j = by + 1; j + 1 < k; j++) {
                if (!t.get(j).text().equals(",")) continue;
                Token next = t.get(j + 1);
                boolean person = false;
                for (Mention m : mentions) if (m.type == Mention.Type.PERSON && m.from == j + 1) person = true;
                if (!person && !next.cap() && !next.is("and") || next.is("the") || next.is("he") || next.is("she")) { end = j; break; }
            }
            return new int[] {i, end};
        }
        return new int[] {0, 0};
    }

    /** The clause before token k starts with its verb: "(, and) later held talks", "(, and) also met". */
    private static boolean elidedSubject(List<Token> t, int k) {
        int i = k - 1;
        while (i >= 0 && t.get(i).word() && !t.get(i).cap() && !Set.of("the", "his", "her", "their", "its", "a", "an",
                "he", "she", "they", "it", "we", "i").contains(t.get(i).fold()) && k - i <= 4) i--;
        return i >= 0 && !t.get(i).word() && (t.get(i).text().equals("\u00b7") || t.get(i).text().equals(","));
    }
}

package org.diplograph.extract.relate;

import org.diplograph.extract.annotate.DateParser;
import org.diplograph.extract.annotate.Sentence;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.recognize.Gazetteer;
import org.diplograph.extract.recognize.Mention;
import org.diplograph.extract.rules.Lexicon;

import static org.diplograph.extract.relate.Cues.first;
import static org.diplograph.extract.relate.Cues.heading;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.diplograph.facts.Evidence;

/**
 * Relate: sentence rules that turn mentions into relations, each with the sentence as evidence. Only what a
 * sentence states: a sentence that merely lists names gives nothing, negated or future statements give nothing.
 * The rules are in one class per family ({@link MeetingRules}, {@link GatheringRules}, {@link VisitRules},
 * {@link SigningRules}, {@link MembershipRules}, {@link ConnectionRules}, {@link PlaceRules}, {@link OfficeRules});
 * what they remember from sentence to sentence is in {@link ArticleMemory}. One Relator per article.
 */
public final class Relator {

    /** One analysed sentence. */
    public record Analysed(Sentence sentence, List<Mention> mentions, List<DateParser.DateValue> dates, Evidence evidence) {}

    private final ArticleMemory memory = new ArticleMemory();
    private final Homes homes;
    private final OfficeRules offices;
    private final PlaceRules places;
    private final MeetingRules meetings;
    private final PairMeetings pairMeetings;
    private final GatheringRules gatherings;
    private final VisitRules visits;
    private final SigningRules signings;
    private final MembershipRules memberships;
    private final ConnectionRules connections;
    private final SurfaceRules surface;

    public Relator(Gazetteer g, DocBuilder b, Map<String, String> personState, Map<String, String> personName) {
        homes = new Homes(g, personState, memory);
        Events events = new Events(g, b, personName, memory, homes);
        offices = new OfficeRules(g, b);
        places = new PlaceRules(g, b, memory, homes);
        visits = new VisitRules(b, memory, homes, events);
        meetings = new MeetingRules(b, memory, homes, events, visits);
        pairMeetings = new PairMeetings(b, memory, homes, events, visits);
        gatherings = new GatheringRules(b, memory, homes);
        signings = new SigningRules(g, b, memory, homes, events);
        memberships = new MembershipRules(b, memory);
        connections = new ConnectionRules(g, b, memory);
        surface = new SurfaceRules(b, memory, events, visits);
    }

    /** The state each person comes from (his office's, or his national company's), for the visit rules. */
    public void homes(Map<String, String> home) {
        memory.personHome = home;
    }

    /** The id of the city the article's dateline names, or null (after the article's sentences are related). */
    public String dateline() {
        return memory.datelinePlace == null ? null : memory.datelinePlace.id;
    }

    /** An office the person holds in the article, for role filters ("the two ministers") and residents. */
    public void role(String person, String role) {
        memory.role(person, role);
    }

    /** Relates one sentence; the sentences of an article in order. The order of the rules matters (shared memory). */
    public void relate(Analysed a) {
        List<Token> t = a.sentence().tokens();
        places.dateline(a, t);
        places.placesOfStates(a, t);
        places.venues(a, t);
        offices.offices(a);
        if (heading(a.sentence())) return;
        meetings.meetingClauses(a, t);
        pairMeetings.apply(a, t);
        gatherings.gatherings(a, t);
        visits.visits(a, t);
        surface.relate(a, false);
        gatherings.gatheringVisits(a, t);
        visits.hosted(a, t);
        signings.signings(a, t);
        surface.relate(a, true);
        memberships.memberships(a, t);
        connections.connects(a, t);
        places.locatedIn(a, t);
        connections.rememberCorridors(a);
        signings.rememberAgreement(a, t);
        rememberMentions(a);
    }

    /**
     * The sentence opens with "He"/"She" or with "The" and lower-case or office words up to a verb, and its first person
     * comes later, past that verb: the subject is the last subject, named another way.
     */
    private static boolean describedSubject(List<Token> t, Mention firstPerson) {
        if (t.isEmpty() || firstPerson.from < 2) return false;
        if (t.get(0).is("he") || t.get(0).is("she")) return true;
        if (!t.get(0).text().equals("The") || t.size() < 3) return false;
        // "The EAM began", "The minister also met", "The Kazakh leader said": at most three words, then a verb
        for (int i = 1; i <= 4 && i < firstPerson.from; i++) {
            Token x = t.get(i);
            if (!x.word()) return false;
            if (!x.cap() && (x.fold().endsWith("ed") || SUBJECT_VERBS.contains(x.fold()))) return i >= 2;
        }
        return false;
    }

    private static final Set<String> SUBJECT_VERBS = Lexicon.words("subject-verbs");

    /** Remembers the sentence's places, its subject, and its persons and states in order of mention. */
    private void rememberMentions(Analysed a) {
        for (Mention m : a.mentions()) {
            if (m.type == Mention.Type.PLACE && (memory.datelinePlace == null || !m.id.equals(memory.datelinePlace.id))
                    || "capital".equals(m.via)) memory.otherPlaceSentence = a.sentence().index();
        }
        Mention firstPerson = first(a.mentions(), Mention.Type.PERSON);
        // "The EAM began his visit ... and met X", "He also met Y": a sentence whose subject is a pronoun or a
        // description of the last subject keeps him as the subject; the first person it names is an object
        if (firstPerson != null && !describedSubject(a.sentence().tokens(), firstPerson)) memory.lastSubject = firstPerson.id;
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

    public static Map<String, Object> stateProps(Gazetteer.StateInfo s) {
        Map<String, Object> props = new TreeMap<>();
        props.put("iso3", s.iso3());
        props.put("iso2", s.iso2());
        return props;
    }

    /** "five-nations-railway" → "Five Nations Railway". */
    public static String capitalize(String slug) {
        StringBuilder sb = new StringBuilder();
        for (String w : slug.split("-")) {
            if (w.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }
}

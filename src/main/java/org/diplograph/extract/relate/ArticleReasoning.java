package org.diplograph.extract.relate;

import org.diplograph.extract.recognize.Gazetteer;
import org.diplograph.extract.rules.Lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.facts.Entity;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Relation;

/**
 * Relate, at the level of the article (after the sentence rules): what the article's facts together rule out. Nobody
 * visits his own country: a VISITED from a person whose office is of a state to that state, or to a place the article
 * or the gazetteer puts in it, is dropped (hosts read as visitors: "Xi received Khurelsukh in Beijing").
 * What they imply: a foreign attendee of an event held in a city visited the city, a venue where foreign visitors met
 * is in the state they went to, a visitor of a state visited its capital when the article names it, an official who met
 * or signed with the hosts went where his side's officials went, a gazetteer place is in its state when the article
 * names that state, and an official the gazetteer knows, named beside an office word, holds an office of his state.
 * Two officials of one state named at a meeting did not meet each other, unless they signed one document together.
 * Tried and left out (measured in docs/extraction.md): a visit to a foreign city as a visit to its state; the
 * annotators do not write it consistently.
 */
public final class ArticleReasoning {
    private ArticleReasoning() {}

    public static void apply(DocBuilder b, Gazetteer g, Map<String, String> personState, String docId, String dateline) {
        List<Relation> visits = new ArrayList<>();
        for (Relation r : b.relations(docId)) if (r.type().equals("VISITED")) visits.add(r);
        for (Relation v : visits) {
            String own = personState.get(v.source());
            if (own == null) own = knownState(g, v.source());
            String there = v.target().startsWith("state:") ? v.target() : stateOf(b, g, v.target());
            if (own != null && own.equals(there)) b.removeRelation("VISITED", v.source(), v.target());
        }
        if (dateline != null) datelineVisits(b, g, personState, docId, dateline);
        delegations(b, personState, docId);
        venueStates(b, g, personState, docId);
        eventVenues(b, g, personState, docId, dateline);
        capitals(b, g, personState, docId);
        companions(b, g, personState, docId);
        placesOfNamedStates(b, g, docId);
        knownOfficials(b, g, docId);
        compatriots(b, docId);
    }

    /** Meetings that are a joint signature, which the guide counts as a meeting whoever signs. */
    private static final Set<String> SIGNED_TOGETHER = Set.of("met-signing", "met-co-signed");

    /**
     * "The talks, attended by Chief of Army Staff A, Foreign Minister B": two officials of one state named at a meeting
     * are its delegation, not parties who met each other. A MET between two persons whose offices are of the same state
     * is dropped (6 of 698 gold meetings in the corpora are between compatriots), unless they signed one document
     * together ({@link #SIGNED_TOGETHER}).
     */
    private static void compatriots(DocBuilder b, String docId) {
        Map<String, Set<String>> states = new HashMap<>();
        for (Relation r : b.relations(docId)) {
            if (r.type().equals("HOLDS_OFFICE") && r.target().startsWith("state:")) {
                states.computeIfAbsent(r.source(), k -> new HashSet<>()).add(r.target());
            }
        }
        for (Relation r : b.relations(docId)) {
            if (!r.type().equals("MET") || r.evidence().stream().anyMatch(e -> SIGNED_TOGETHER.contains(e.rule()))) continue;
            Set<String> s = states.get(r.source());
            if (s != null && s.size() == 1 && s.equals(states.get(r.target()))) b.removeRelation("MET", r.source(), r.target());
        }
    }

    /**
     * "Foreign ministry spokeswoman Mao Ning said", "Iran's Hossein Amir-Abdollahian": a person the gazetteer knows as
     * an official of a state, named with no office of a state the rules could read but with an office word or his
     * state's possessive beside him, holds an office of that state (rule {@code office-gazetteer-person}).
     */
    private static void knownOfficials(DocBuilder b, Gazetteer g, String docId) {
        Set<String> withState = new HashSet<>();
        for (Relation r : b.relations(docId)) {
            if (r.type().equals("HOLDS_OFFICE") && r.target().startsWith("state:")) withState.add(r.source());
        }
        for (Entity e : b.entities()) {
            if (!e.label().equals("Person") || withState.contains(e.id())) continue;
            String state = knownState(g, e.id());
            Evidence first = b.firstMention(e.id());
            Gazetteer.StateInfo s = state == null ? null : g.state(state);
            if (s == null || first == null) continue;
            if (!officeBeside(first.quote(), e) && !ownStateBefore(first.quote(), e, s.name())) continue;
            if (!b.has(state)) b.entity(state, "State", s.name(), null, Relator.stateProps(s), "office-gazetteer-person", first, false);
            b.relation("HOLDS_OFFICE", e.id(), state, null, cited(first, "office-gazetteer-person"));
        }
    }

    /**
     * "... in Ahmedabad. India and the UAE signed ...": a place the gazetteer puts in a state the article names is
     * LOCATED_IN it (rule {@code place-gazetteer-state}), as the guide asks for every place whose state is known.
     */
    private static void placesOfNamedStates(DocBuilder b, Gazetteer g, String docId) {
        Set<String> located = new HashSet<>();
        for (Relation r : b.relations(docId)) if (r.type().equals("LOCATED_IN")) located.add(r.source());
        for (Entity e : b.entities()) {
            if (!e.label().equals("Place") || located.contains(e.id())) continue;
            Gazetteer.PlaceInfo p = g.place(e.id());
            if (p == null || p.iso3() == null || p.iso3().isBlank()) continue;
            String state = "state:" + p.iso3();
            Evidence first = b.firstMention(e.id());
            if (first == null || !b.has(state)) continue;
            b.relation("LOCATED_IN", e.id(), state, null, cited(first, "place-gazetteer-state"));
        }
    }

    /**
     * "Tokayev paid a state visit to Mongolia ... in Ulaanbaatar": a visitor of a state whose capital the article names
     * visited that capital (rule {@code visit-state-capital}).
     */
    private static void capitals(DocBuilder b, Gazetteer g, Map<String, String> personState, String docId) {
        List<String> capitals = new ArrayList<>();
        for (Entity e : b.entities()) {
            // a town named only inside a corridor's name ("the Baku-Tbilisi-Kars railway") is no venue
            if (e.label().equals("Place") && g.stateOfCapital(e.id()) != null && !e.rule().equals("corridor-name")) {
                capitals.add(e.id());
            }
        }
        List<Relation> all = b.relations(docId);
        Set<String> visitedPlaces = new HashSet<>();
        for (Relation v : all) if (v.type().equals("VISITED")) visitedPlaces.add(v.target());
        for (Relation v : all) {
            if (!v.type().equals("VISITED") || !v.target().startsWith("state:") || v.target().equals(personState.get(v.source()))) continue;
            for (String c : capitals) {
                // another visitor's city: the state's visit may be another, earlier one ("during the state visit of X")
                if (!v.target().equals(g.stateOfCapital(c)) || visitedPlaces.contains(c)) continue;
                b.relation("VISITED", v.source(), c, v.properties(), cited(v, "visit-state-capital"));
            }
        }
    }

    /**
     * "The talks were held at the Great Hall of the People", "Sudani was welcomed ... at Bayan Palace": a venue no rule
     * placed, where a foreign visitor met or was received, is in the one state the visitors of the article's events
     * there went to (rule {@code venue-visit-state}).
     */
    private static void venueStates(DocBuilder b, Gazetteer g, Map<String, String> personState, String docId) {
        List<Relation> all = b.relations(docId);
        Map<String, Set<String>> went = statesVisited(b, g, all);
        Map<String, List<String>> attendees = new HashMap<>();
        for (Relation at : all) {
            if (at.type().equals("ATTENDED")) attendees.computeIfAbsent(at.target(), k -> new ArrayList<>()).add(at.source());
        }
        for (Entity e : b.entities()) {
            if (!e.label().equals("Place") || !"site".equals(e.properties().get("kind")) || stateOf(b, g, e.id()) != null) continue;
            Set<String> states = new HashSet<>();
            Relation cite = null;
            for (Relation r : all) {
                List<String> people = List.of();
                if (r.type().equals("VISITED") && r.target().equals(e.id())) people = List.of(r.source());
                if (r.type().equals("HELD_IN") && r.target().equals(e.id())) people = attendees.getOrDefault(r.source(), List.of());
                for (String p : people) {
                    Set<String> w = new HashSet<>(went.getOrDefault(p, Set.of()));
                    w.remove(personState.get(p)); // his own state is no trip
                    if (w.isEmpty()) continue;
                    states.addAll(w);
                    if (cite == null) cite = r;
                }
            }
            if (states.size() != 1 || cite == null) continue;
            String state = states.iterator().next();
            if (!b.has(state)) continue;
            b.relation("LOCATED_IN", e.id(), state, null, cited(cite, "venue-visit-state"));
        }
    }

    /**
     * "Garibashvili visited Baku ... Foreign Minister Zalkaliani and his Azerbaijani counterpart signed ...": an official
     * of a state whose officials went to one foreign state only, and none of that state's came the other way, who met or
     * signed with an official of that state and has no visit of his own, went where they went (rule
     * {@code visit-companion}): the cities (the state, only when a text names it as his destination).
     */
    private static void companions(DocBuilder b, Gazetteer g, Map<String, String> personState, String docId) {
        List<Relation> all = b.relations(docId);
        Map<String, Set<String>> abroad = new HashMap<>(); // home state -> states its officials went to
        Map<String, List<Relation>> trips = new HashMap<>(); // home state -> those visits
        Set<String> visitors = new HashSet<>();
        for (Relation v : all) {
            if (!v.type().equals("VISITED")) continue;
            visitors.add(v.source());
            String home = personState.get(v.source());
            String there = v.target().startsWith("state:") ? v.target() : stateOf(b, g, v.target());
            if (home == null || there == null || home.equals(there)) continue;
            abroad.computeIfAbsent(home, k -> new HashSet<>()).add(there);
            trips.computeIfAbsent(home, k -> new ArrayList<>()).add(v);
        }
        Map<String, Set<String>> partners = new HashMap<>(); // person -> states of those he met or signed with
        Map<String, Relation> cite = new HashMap<>();
        Map<String, Set<String>> signedBy = new HashMap<>();
        for (Relation r : all) if (r.type().equals("SIGNED")) signedBy.computeIfAbsent(r.target(), k -> new HashSet<>()).add(r.source());
        for (Relation r : all) {
            if (r.type().equals("MET")) {
                link(partners, cite, r.source(), personState.get(r.target()), r);
                link(partners, cite, r.target(), personState.get(r.source()), r);
            }
            if (r.type().equals("SIGNED")) {
                for (String o : signedBy.get(r.target())) if (!o.equals(r.source())) link(partners, cite, r.source(), personState.get(o), r);
            }
        }
        for (var e : partners.entrySet()) {
            String p = e.getKey();
            String home = personState.get(p);
            if (home == null || visitors.contains(p)) continue;
            Set<String> went = abroad.get(home);
            if (went == null || went.size() != 1) continue;
            String there = went.iterator().next();
            if (!e.getValue().contains(there) || abroad.getOrDefault(there, Set.of()).contains(home)) continue;
            Set<String> done = new HashSet<>();
            for (Relation v : trips.get(home)) {
                if (v.target().startsWith("state:") || !done.add(v.target())) continue;
                b.relation("VISITED", p, v.target(), Map.of(), cited(cite.get(p), "visit-companion"));
            }
        }
    }

    private static void link(Map<String, Set<String>> partners, Map<String, Relation> cite, String person, String state,
                             Relation r) {
        if (state == null) return;
        partners.computeIfAbsent(person, k -> new HashSet<>()).add(state);
        cite.putIfAbsent(person, r);
    }

    /**
     * "Pezeshkian met al-Sudani in Baghdad": an attendee of a meeting, talks or signing held in a place of another state
     * than his office's visited that place (rule {@code visit-event-venue}). Ambassadors live where they are posted.
     */
    private static void eventVenues(DocBuilder b, Gazetteer g, Map<String, String> personState, String docId,
                                    String dateline) {
        List<Relation> all = b.relations(docId);
        Set<String> residents = new HashSet<>();
        for (Relation r : all) {
            if (r.type().equals("HOLDS_OFFICE") && r.properties() != null && r.properties().get("role") instanceof String role
                    && ArticleMemory.residentRole(role)) residents.add(r.source());
        }
        for (Relation held : all) {
            if (!held.type().equals("HELD_IN") || !held.target().startsWith("place:") || held.target().equals(dateline)) continue;
            String there = stateOf(b, g, held.target());
            if (there == null) continue;
            for (Relation at : all) {
                if (!at.type().equals("ATTENDED") || !at.target().equals(held.source())) continue;
                String own = personState.get(at.source());
                if (own == null || own.equals(there) || residents.contains(at.source())) continue;
                b.relation("VISITED", at.source(), held.target(), Map.of(), cited(held, "visit-event-venue"));
            }
        }
    }

    /**
     * "TASHKENT - Lukashenko has completed the official visit to Uzbekistan": a foreign visitor of the state the
     * dateline's city is in visited that city (rule {@code visit-dateline-state}).
     */
    private static void datelineVisits(DocBuilder b, Gazetteer g, Map<String, String> personState, String docId,
                                       String dateline) {
        String state = stateOf(b, g, dateline);
        if (state == null) return;
        for (Relation v : b.relations(docId)) {
            if (!v.type().equals("VISITED") || !v.target().equals(state) || state.equals(personState.get(v.source()))) continue;
            b.relation("VISITED", v.source(), dateline, v.properties(), cited(v, "visit-dateline-state"));
        }
    }

    /**
     * "Kobakhidze arrived in Azerbaijan ... The Georgian delegation featured ..., including Minister A": the members of
     * a state's delegation (their offices read by {@code office-delegation}) visited the states its officials visited
     * (rule {@code visit-delegation}), and the cities of one state they visited. On a tour of several states, only the
     * cities, and only when they are of one state: which legs the delegation joined is not said otherwise.
     */
    private static void delegations(DocBuilder b, Map<String, String> personState, String docId) {
        List<Relation> all = b.relations(docId);
        for (Relation member : all) {
            if (!member.type().equals("HOLDS_OFFICE") || !member.evidence().get(0).rule().equals("office-delegation")) continue;
            List<Relation> visits = new ArrayList<>();
            Set<String> states = new HashSet<>();
            for (Relation v : all) {
                if (!v.type().equals("VISITED") || !v.target().startsWith("state:") || v.source().equals(member.source())
                        || !member.target().equals(personState.get(v.source())) || v.target().equals(member.target())) continue;
                visits.add(v);
                states.add(v.target());
            }
            if (visits.isEmpty()) continue;
            // the cities of other states they visited ("Erdogan arrived in Doha ... the delegation accompanying him")
            List<Relation> cities = new ArrayList<>();
            Set<String> cityStates = new HashSet<>();
            for (Relation v : all) {
                if (!v.type().equals("VISITED") || v.target().startsWith("state:") || !visits.get(0).source().equals(v.source())) continue;
                String in = b.locatedIn(v.target());
                if (in == null || in.equals(member.target())) continue;
                cities.add(v);
                cityStates.add(in);
            }
            // "the last leg of his official visits to Russia and Kuwait"
            if (states.size() > 1) visits.clear();
            if (cityStates.size() == 1) visits.addAll(cities);
            for (Relation v : visits) b.relation("VISITED", member.source(), v.target(), v.properties(), cited(member, "visit-delegation"));
        }
    }

    /** Office words in the few words before a name or right after it ("spokeswoman Mao Ning", "Wang Yi, director of"). */
    private static final Pattern OFFICE_WORD = anyWord(Lexicon.words("office-beside"));
    private static final Pattern NOT_NOW = anyWord(Lexicon.words("office-not-now"));

    /** Any of the words, as a whole word, in any case. */
    private static Pattern anyWord(Set<String> words) {
        List<String> quoted = new ArrayList<>();
        for (String w : words) quoted.add(Pattern.quote(w));
        return Pattern.compile("(?i)\\b(?:" + String.join("|", quoted) + ")\\b");
    }

    /** An Arabic family name after a given name and patronym: " Al Nahyan", " Al-Thani". */
    private static final Pattern FAMILY_NAME = Pattern.compile(" (Al|El)[ -]");

    /** Whether the sentence puts an office word beside one of the person's names, and not "former" or "late". */
    private static boolean officeBeside(String sentence, Entity person) {
        for (String name : person.aliases()) {
            int at = sentence.indexOf(name);
            if (at < 0 || !name.contains(" ")) continue;
            String before = sentence.substring(Math.max(0, at - 40), at);
            int end = at + name.length();
            String after = sentence.substring(end, Math.min(sentence.length(), end + 25));
            // a longer name ("the Islam Karimov International Airport") is not the person; his family name
            // ("Mohamed bin Zayed Al Nahyan") is
            if (after.length() > 1 && after.charAt(0) == ' ' && Character.isUpperCase(after.charAt(1))
                    && !FAMILY_NAME.matcher(after).lookingAt()) continue;
            if (NOT_NOW.matcher(before).find() || after.startsWith(",") && NOT_NOW.matcher(after).find()) return false;
            if (OFFICE_WORD.matcher(before).find() || after.startsWith(",") && OFFICE_WORD.matcher(after).find()) return true;
        }
        return false;
    }

    /** "Iran's Hossein Amir-Abdollahian": his own state's possessive right before his name. */
    private static boolean ownStateBefore(String sentence, Entity person, String stateName) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        String state = stateName.toLowerCase(java.util.Locale.ROOT);
        for (String name : person.aliases()) {
            int at = sentence.indexOf(name);
            if (at < 0 || !name.contains(" ")) continue;
            String before = lower.substring(0, at).stripTrailing();
            if (!before.endsWith(state + "'s") && !before.endsWith(state + "\u2019s")) continue;
            int from = before.length() - state.length() - 2;
            if (from == 0 || !Character.isLetterOrDigit(before.charAt(from - 1))) return true;
        }
        return false;
    }

    /** The state the gazetteer knows a person by, or null. */
    private static String knownState(Gazetteer g, String person) {
        Gazetteer.PersonInfo p = g.person(person);
        return p == null || p.iso3() == null || p.iso3().isBlank() ? null : "state:" + p.iso3();
    }

    /** The evidence of the fact a rule reasoned from, under that rule's id. */
    private static Evidence cited(Relation from, String rule) {
        return cited(from.evidence().get(0), rule);
    }

    /** The same sentence and offsets under another rule's id. */
    private static Evidence cited(Evidence e, String rule) {
        return new Evidence(e.quote(), e.start(), e.end(), rule);
    }

    /** The states each person VISITED in the article, a place counting for the state it is in. */
    static Map<String, Set<String>> statesVisited(DocBuilder b, Gazetteer g, List<Relation> all) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Relation v : all) {
            if (!v.type().equals("VISITED")) continue;
            Set<String> states = out.computeIfAbsent(v.source(), k -> new HashSet<>());
            String s = v.target().startsWith("state:") ? v.target() : stateOf(b, g, v.target());
            if (s != null) states.add(s);
        }
        return out;
    }

    /** The state a place is in: a LOCATED_IN the article states, else the gazetteer's (capitals included). */
    static String stateOf(DocBuilder b, Gazetteer g, String place) {
        String stated = b.locatedIn(place);
        if (stated != null) return stated;
        Gazetteer.PlaceInfo p = g.place(place);
        if (p != null && p.iso3() != null && !p.iso3().isBlank()) return "state:" + p.iso3();
        return g.stateOfCapital(place);
    }
}

package org.diplograph.extract.relate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.recognize.Gazetteer;
import org.diplograph.extract.recognize.Mention;
import org.diplograph.facts.Entity;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Relation;

/**
 * A host whose office names no state: "Sudani arrived in Kuwait ... He was welcomed by HH the Crown Prince Sheikh
 * Mishal", "his visit to Jordan, where he met King Abdullah II in Amman". A person with one office of a state's
 * government, no state found for it and no visit of his own, whose every meeting in the article is with foreign
 * visitors to one state, holds his office of that state (rule {@code office-host}, quoting the first such meeting).
 * A meeting's state is its venue's; else the one state other than his own the visitor went to; else, of the states
 * the visitor went to, the one of the article's two main states.
 */
public final class HostOffices {
    private HostOffices() {}

    /**
     * A government's office, or one of the host's parliament or provinces ("Senate Chairman", "Speaker", "Governor",
     * "Chief Minister"): a visitor's host holds it in the state visited.
     */
    private static boolean hostOffice(String role) {
        return PairOffices.stateOffice(role) || HOST_ROLES.contains(role);
    }

    private static final Set<String> HOST_ROLES = Set.of("Chairman", "Speaker", "Governor", "Chief Minister");

    public static void apply(List<Relator.Analysed> analysed, DocBuilder b, Gazetteer g, Map<String, String> personState,
                             String docId) {
        List<Relation> all = b.relations(docId);
        Set<String> holding = new HashSet<>();
        Map<String, Set<String>> visited = ArticleReasoning.statesVisited(b, g, all);
        Map<String, String> venue = new HashMap<>();
        for (Relation r : all) {
            if (r.type().equals("HOLDS_OFFICE")) holding.add(r.source());
            if (r.type().equals("HELD_IN")) {
                String s = r.target().startsWith("state:") ? r.target() : ArticleReasoning.stateOf(b, g, r.target());
                if (s != null) venue.putIfAbsent(r.source(), s);
            }
        }
        List<String> pair = analysed.isEmpty() ? List.of() : DocumentLists.mainPair(analysed, analysed.size() - 1);
        for (Entity e : b.entities()) {
            if (!e.label().equals("Person") || holding.contains(e.id()) || personState.containsKey(e.id())
                    || visited.containsKey(e.id())) continue;
            Object titles = e.properties().get("titles");
            if (!(titles instanceof List<?> ts) || ts.size() != 1 || !hostOffice(String.valueOf(ts.get(0)))
                    || ownedByOrganization(analysed, e.id())) continue;
            String host = null;
            Relation first = null;
            boolean one = true;
            for (Relation r : all) {
                if (!r.type().equals("MET") || !r.source().equals(e.id()) && !r.target().equals(e.id())) continue;
                String other = r.source().equals(e.id()) ? r.target() : r.source();
                String there = meetingState(r, other, personState, visited, venue, pair);
                if (there == null || host != null && !host.equals(there)) { one = false; break; }
                host = there;
                if (first == null) first = r;
            }
            if (!one || host == null) continue;
            Map<String, Object> props = new TreeMap<>();
            props.put("role", String.valueOf(ts.get(0)));
            Evidence ev = first.evidence().get(0);
            b.relation("HOLDS_OFFICE", e.id(), host, props, new Evidence(ev.quote(), ev.start(), ev.end(), "office-host"));
        }
    }

    /** "the Taliban's Deputy Prime Minister A and Acting Foreign Minister B": an organisation's office, not a state's. */
    private static boolean ownedByOrganization(List<Relator.Analysed> analysed, String person) {
        for (Relator.Analysed a : analysed) {
            List<Token> t = a.sentence().tokens();
            for (Mention p : a.mentions()) {
                if (!p.id.equals(person)) continue;
                for (Mention o : a.mentions()) {
                    if (o.type != Mention.Type.ORG || o.to >= p.from || p.from - o.to > 16) continue;
                    if (Cues.possessive(t, o.to)) return true;
                }
            }
        }
        return false;
    }

    /** The state a meeting with a foreign visitor was held in, or null when the visitor is none or the state unclear. */
    private static String meetingState(Relation met, String visitor, Map<String, String> personState,
                                       Map<String, Set<String>> visited, Map<String, String> venue, List<String> pair) {
        String home = personState.get(visitor);
        Set<String> went = visited.getOrDefault(visitor, Set.of());
        if (home == null || went.isEmpty()) return null;
        Object event = met.properties() == null ? null : met.properties().get("event");
        String there = event == null ? null : venue.get(String.valueOf(event));
        if (there == null) {
            Set<String> abroad = new HashSet<>(went);
            abroad.remove(home);
            if (abroad.size() == 1) there = abroad.iterator().next();
            else for (String s : abroad) if (pair.contains(s)) there = there == null ? s : "?";
        }
        return there == null || "?".equals(there) || there.equals(home) || !went.contains(there) ? null : there;
    }
}

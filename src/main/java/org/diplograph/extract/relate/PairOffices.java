package org.diplograph.extract.relate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.diplograph.extract.recognize.Mention;
import org.diplograph.facts.Entity;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Relation;

/**
 * An office that names no state, in an article about two states: "a meeting between Tajikistan President Emomali
 * Rahmon and Foreign Minister Shah Mahmood Qureshi", in an article on Pakistan and Tajikistan. A minister or head of
 * state or government whose state no rule found, and whose every meeting in the article is with persons of one of the
 * two states, holds his office of the other one (rule {@code office-article-pair}, quoting the first such meeting), if
 * that meeting's sentence names the host's state ("Tajikistan President ...") so that both sides are in view.
 */
public final class PairOffices {
    /** Offices of a state's government: a company's chairman or an organisation's secretary-general is not meant. */
    static boolean stateOffice(String role) {
        return role.contains("Minister") || Set.of("President", "Vice President", "King", "Emir", "Amir", "Crown Prince")
                .contains(role);
    }

    private PairOffices() {}

    /** The meeting's sentence names the host's state ("Tajikistan President Emomali Rahmon"): the two sides are in view. */
    private static boolean namesState(List<Relator.Analysed> analysed, Relation met, String state) {
        int start = met.evidence().get(0).start();
        for (Relator.Analysed a : analysed) {
            if (a.evidence().start() != start) continue;
            for (Mention m : a.mentions()) if (state.equals(m.id) || state.equals(m.officeOf)) return true;
        }
        return false;
    }

    public static void apply(List<Relator.Analysed> analysed, DocBuilder b, Map<String, String> personState, String docId) {
        if (analysed.isEmpty()) return;
        List<String> pair = DocumentLists.mainPair(analysed, analysed.size() - 1);
        if (pair.size() != 2) return;
        List<Relation> all = b.relations(docId);
        Set<String> holding = new HashSet<>();
        for (Relation r : all) if (r.type().equals("HOLDS_OFFICE")) holding.add(r.source());
        for (Entity e : b.entities()) {
            if (!e.label().equals("Person") || holding.contains(e.id()) || personState.containsKey(e.id())) continue;
            Object titles = e.properties().get("titles");
            if (!(titles instanceof List<?> ts) || ts.size() != 1 || !stateOffice(String.valueOf(ts.get(0)))) continue;
            Set<String> met = new HashSet<>();
            Relation first = null;
            for (Relation r : all) {
                if (!r.type().equals("MET") || !r.source().equals(e.id()) && !r.target().equals(e.id())) continue;
                String other = r.source().equals(e.id()) ? r.target() : r.source();
                met.add(personState.getOrDefault(other, "?"));
                if (first == null) first = r;
            }
            String host = met.size() == 1 ? met.iterator().next() : null;
            if (host == null || !pair.contains(host) || !namesState(analysed, first, host)) continue;
            String home = pair.get(0).equals(host) ? pair.get(1) : pair.get(0);
            Map<String, Object> props = new TreeMap<>();
            props.put("role", String.valueOf(ts.get(0)));
            Evidence ev = first.evidence().get(0);
            b.relation("HOLDS_OFFICE", e.id(), home, props, new Evidence(ev.quote(), ev.start(), ev.end(), "office-article-pair"));
        }
    }
}

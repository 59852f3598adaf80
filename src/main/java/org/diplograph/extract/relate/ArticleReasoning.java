package org.diplograph.extract.relate;

import org.diplograph.extract.recognize.Gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Relation;

/**
 * Relate, at the level of the article (after the sentence rules): what the article's facts together rule out. Nobody
 * visits his own country: a VISITED from a person whose office is of a state to that state, or to a place the article
 * or the gazetteer puts in it, is dropped (hosts read as visitors: "Xi received Khurelsukh in Beijing").
 * Tried and left out (measured in docs/extraction.md): a visit to a foreign city as a visit to its state, and a
 * LOCATED_IN for every gazetteer place whose state the article names; the annotators write neither consistently.
 */
public final class ArticleReasoning {
    private ArticleReasoning() {}

    public static void apply(DocBuilder b, Gazetteer g, Map<String, String> personState, String docId, String dateline) {
        List<Relation> visits = new ArrayList<>();
        for (Relation r : b.relations(docId)) if (r.type().equals("VISITED")) visits.add(r);
        for (Relation v : visits) {
            String own = personState.get(v.source());
            String there = v.target().startsWith("state:") ? v.target() : stateOf(b, g, v.target());
            if (own != null && own.equals(there)) b.removeRelation("VISITED", v.source(), v.target());
        }
        if (dateline != null) datelineVisits(b, g, personState, docId, dateline);
        delegations(b, personState, docId);
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
            Evidence e = v.evidence().get(0);
            b.relation("VISITED", v.source(), dateline, v.properties(), new Evidence(e.quote(), e.start(), e.end(),
                    "visit-dateline-state"));
        }
    }

    /**
     * "Kobakhidze arrived in Azerbaijan ... The Georgian delegation featured ..., including Minister A": the members of
     * a state's delegation (their offices read by {@code office-delegation}) visited the states its officials visited
     * (rule {@code visit-delegation}).
     */
    private static void delegations(DocBuilder b, Map<String, String> personState, String docId) {
        List<Relation> all = b.relations(docId);
        for (Relation member : all) {
            if (!member.type().equals("HOLDS_OFFICE") || !member.evidence().get(0).rule().equals("office-delegation")) continue;
            for (Relation v : all) {
                if (!v.type().equals("VISITED") || !v.target().startsWith("state:") || v.source().equals(member.source())
                        || !member.target().equals(personState.get(v.source())) || v.target().equals(member.target())) continue;
                Evidence e = member.evidence().get(0);
                b.relation("VISITED", member.source(), v.target(), v.properties(),
                        new Evidence(e.quote(), e.start(), e.end(), "visit-delegation"));
            }
        }
    }

    /** The state a place is in: a LOCATED_IN the article states, else the gazetteer's (capitals included). */
    private static String stateOf(DocBuilder b, Gazetteer g, String place) {
        String stated = b.locatedIn(place);
        if (stated != null) return stated;
        Gazetteer.PlaceInfo p = g.place(place);
        if (p != null && p.iso3() != null && !p.iso3().isBlank()) return "state:" + p.iso3();
        return g.stateOfCapital(place);
    }
}

package org.diplograph.extract.relate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Relation;

/**
 * Relate, at the level of the article: persons of different states who signed one agreement in one sentence met at
 * its signing ("the memorandum was signed by A and B"), rule {@code met-co-signed}. Witnesses and attendees of a
 * ceremony do not count: only SIGNED relations do, and those need the person's own signature.
 */
public final class CoSigners {
    private CoSigners() {}

    public static void apply(DocBuilder b, Map<String, String> personState, String docId) {
        Map<String, List<Relation>> bySigning = new LinkedHashMap<>();
        for (Relation r : b.relations(docId)) {
            if (!r.type().equals("SIGNED")) continue;
            for (Evidence e : r.evidence()) {
                bySigning.computeIfAbsent(r.target() + "|" + e.start(), k -> new ArrayList<>()).add(r);
            }
        }
        for (List<Relation> signers : bySigning.values()) {
            for (int i = 0; i < signers.size(); i++) {
                for (int j = i + 1; j < signers.size(); j++) {
                    Relation x = signers.get(i);
                    Relation y = signers.get(j);
                    String sx = personState.get(x.source());
                    String sy = personState.get(y.source());
                    if (x.source().equals(y.source()) || sx != null && sx.equals(sy)) continue;
                    if (b.hasRelation("MET", x.source(), y.source())) continue;
                    Evidence e = null;
                    for (Evidence ev : x.evidence()) if (y.evidence().stream().anyMatch(o -> o.start() == ev.start())) e = ev;
                    if (e == null) continue;
                    b.relation("MET", x.source(), y.source(), x.properties(),
                            new Evidence(e.quote(), e.start(), e.end(), "met-co-signed"));
                }
            }
        }
    }
}

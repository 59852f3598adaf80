package org.diplograph.extract.relate;

import static org.diplograph.extract.relate.Cues.NEGATION;
import static org.diplograph.extract.relate.Cues.ev;
import static org.diplograph.extract.relate.Cues.near;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.recognize.Gazetteer;
import org.diplograph.extract.recognize.Mention;
import org.diplograph.extract.relate.Relator.Analysed;
import org.diplograph.extract.rules.Lexicon;
import org.diplograph.facts.Relation;

/**
 * Relate, at the level of the article: who travels with a visitor went where he went. "Xi Jinping has arrived in
 * Kazakhstan ... He is accompanied on the trip by top aide Cai Qi and Foreign Minister Wang Yi": the companions VISITED
 * the visitor's destinations abroad (rule {@code visit-accompanied}), cited by the sentence that names them. The visitor
 * is the person before "accompanied" who has visits, else the article's only visitor; a companion of another state
 * than the visitor's, or with visits of his own, is left alone.
 */
public final class Companions {
    private static final Set<String> ACCOMPANIED = Lexicon.words("accompanied");
    /** Lower-case words after "and" that start a clause of the visitor's ("..., and was greeted by the host"). */
    private static final Set<String> CLAUSE = Lexicon.words("companion-list-ends");

    /** Words for a group before "accompanied": the group, not the visitor, is accompanied. */
    private static final Set<String> GROUPS = Lexicon.words("companion-groups");

    private Companions() {}

    public static void apply(List<Analysed> analysed, DocBuilder b, Gazetteer g, Map<String, String> personState, String docId) {
        Map<String, List<Relation>> visitsBy = new LinkedHashMap<>();
        for (Relation r : b.relations(docId)) {
            if (r.type().equals("VISITED")) visitsBy.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(r);
        }
        if (visitsBy.isEmpty()) return;
        for (Analysed a : analysed) {
            List<Token> t = a.sentence().tokens();
            for (int i = 0; i + 1 < t.size(); i++) {
                if (!ACCOMPANIED.contains(t.get(i).fold()) || near(t, i, NEGATION, 3)) continue;
                int by = Cues.byAfter(t, i, t.size()); // "accompanied by", "accompanied on the trip by"
                if (by < 0) continue;
                String visitor = visitor(a, i, visitsBy);
                if (visitor == null) continue;
                String home = personState.get(visitor);
                for (String c : listAfter(a, t, by)) {
                    if (c.equals(visitor) || visitsBy.containsKey(c)) continue;
                    String own = personState.get(c);
                    if (own != null && home != null && !own.equals(home)) continue;
                    for (Relation v : visitsBy.get(visitor)) {
                        String there = v.target().startsWith("state:") ? v.target() : ArticleReasoning.stateOf(b, g, v.target());
                        if (own != null && own.equals(there)) continue;
                        b.relation("VISITED", c, v.target(), v.properties(), ev(a, "visit-accompanied"));
                    }
                }
            }
        }
    }

    /** The last person with visits named before "accompanied"; with none named there, the article's only visitor. */
    private static String visitor(Analysed a, int i, Map<String, List<Relation>> visitsBy) {
        String before = null;
        boolean anyBefore = false;
        for (Mention m : a.mentions()) {
            if (m.type != Mention.Type.PERSON || m.to > i) continue;
            anyBefore = true;
            if (visitsBy.containsKey(m.id)) before = m.id;
        }
        if (before != null) return before;
        // "The delegation, accompanied by A": a group is accompanied, not the visitor
        for (int k = 0; k < i; k++) if (GROUPS.contains(a.sentence().tokens().get(k).fold())) return null;
        return !anyBefore && visitsBy.size() == 1 ? visitsBy.keySet().iterator().next() : null;
    }

    /** The persons of the list after "by": "his oil minister, A, as well as his foreign minister, B, to attend ...". */
    private static List<String> listAfter(Analysed a, List<Token> t, int by) {
        List<String> out = new ArrayList<>();
        int end = Math.min(t.size(), by + 30);
        for (int j = by + 1; j < end; j++) {
            Token x = t.get(j);
            if (x.text().equals(";") || x.text().equals(".")) { end = j; break; }
            if (!x.text().equals(",") && !x.is("and") || j + 1 >= t.size()) continue;
            Token next = t.get(j + 1);
            boolean goesOn = next.cap() || next.is("and") && !x.is("and")
                    || next.is("as") && j + 2 < t.size() && t.get(j + 2).is("well")
                    || x.is("and") && !CLAUSE.contains(next.fold());
            if (!goesOn) { end = j; break; }
        }
        for (Mention m : a.mentions()) {
            if (m.type == Mention.Type.PERSON && m.from > by && m.from < end && !out.contains(m.id)) out.add(m.id);
        }
        return out;
    }
}

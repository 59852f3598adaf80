package org.diplograph.extract.relate;

import org.diplograph.extract.rules.Lexicon;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.recognize.Gazetteer;
import org.diplograph.extract.recognize.Mention;
import org.diplograph.extract.recognize.Recognizer;

import static org.diplograph.extract.relate.Cues.HEDGES;
import static org.diplograph.extract.relate.Cues.NEGATION;
import static org.diplograph.extract.relate.Cues.ev;
import static org.diplograph.extract.relate.Cues.indexOf;
import static org.diplograph.extract.relate.Cues.near;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.diplograph.extract.relate.Relator.Analysed;

/**
 * Corridors and what they connect: CONNECTS from a corridor's name ("corridor-name", with the places and states it
 * names as entities) and from "links/connects/between/from ... to" ("corridor-links"), with the corridor memory for
 * "the railway" in later sentences.
 */
final class ConnectionRules {

    private static final Set<String> LINK = Lexicon.words("link");
    private static final Set<String> CORRIDOR_NOUNS = Lexicon.words("corridor-nouns");

    private final Gazetteer g;
    private final DocBuilder b;
    private final ArticleMemory memory;

    ConnectionRules(Gazetteer g, DocBuilder b, ArticleMemory memory) {
        this.g = g;
        this.b = b;
        this.memory = memory;
    }

    /**
     * "the North-South corridor" (its name's places and states, in order), "the railway linking A and B", "the route
     * from A to B" (the corridor named before the verb, or the one "the railway" refers to).
     */
    void connects(Analysed a, List<Token> t) {
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
            if (near(t, i, NEGATION, 3) || near(t, i, HEDGES, 3)) continue;
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
            b.entity(id, "State", s.name(), null, Relator.stateProps(s), "corridor-name", ev(a, "corridor-name"), false);
        } else {
            Gazetteer.PlaceInfo p = g.place(id);
            String name = p != null ? p.name() : Relator.capitalize(id.substring(6));
            Map<String, Object> props = new TreeMap<>();
            props.put("kind", p != null ? p.kind() : "city");
            b.entity(id, "Place", name, null, props, "corridor-name", ev(a, "corridor-name"), false);
        }
    }

    /** Remembers the corridors of the sentence, once connects and locatedIn have read those of the sentences before. */
    void rememberCorridors(Analysed a) {
        for (Mention m : a.mentions()) if (m.type == Mention.Type.CORRIDOR) {
            memory.lastCorridor = m;
            memory.lastCorridorSentence = a.sentence().index();
            if (m.kind != null) {
                memory.lastCorridorOfKind.put(m.kind, new ArticleMemory.SeenCorridor(m, a.sentence().index()));
                memory.corridorIdsOfKind.computeIfAbsent(m.kind, x -> new LinkedHashSet<>()).add(m.id);
            }
        }
    }
}

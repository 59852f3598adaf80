package org.diplograph.extract.relate;

import org.diplograph.extract.recognize.Gazetteer;
import org.diplograph.extract.recognize.Mention;
import org.diplograph.facts.Evidence;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Assemble: the entities a sentence's mentions stand for, with their gazetteer properties (a state's codes, an
 * organisation's acronym, a place's kind, an agreement's title), and what comes with them: a capital's state and its
 * LOCATED_IN, the state of an office the gazetteer knows, a corridor's places and states. A bare generic agreement
 * gives no entity here; the signing rules give it one where it was signed.
 */
public final class MentionEntities {
    private MentionEntities() {}

    /** Entities of one sentence, with their gazetteer properties; capitals also give LOCATED_IN. */
    public static void add(Gazetteer gazetteer, DocBuilder b, Relator.Analysed a) {
        Evidence ev = a.evidence();
        for (Mention m : a.mentions()) {
            Map<String, Object> props = new TreeMap<>();
            switch (m.type) {
                case STATE -> {
                    Gazetteer.StateInfo s = gazetteer.state(m.id);
                    b.entity(m.id, "State", s.name(), m.surface, Relator.stateProps(s), m.rule, ev, true);
                }
                case PLACE -> {
                    props.put("kind", m.kind == null ? "city" : m.kind);
                    b.entity(m.id, "Place", m.name == null ? m.surface : m.name, m.surface, props, m.rule, ev, true);
                    String state = gazetteer.stateOfCapital(m.id);
                    if (state != null) {
                        Gazetteer.StateInfo s = gazetteer.state(state);
                        b.entity(state, "State", s.name(), null, Relator.stateProps(s), "capital-gazetteer", ev, false);
                        b.relation("LOCATED_IN", m.id, state, null,
                                new Evidence(ev.quote(), ev.start(), ev.end(), "capital-gazetteer"));
                    }
                }
                case ORG -> {
                    Gazetteer.OrgInfo o = gazetteer.org(m.id);
                    if (o != null && o.acronym() != null) props.put("acronym", o.acronym());
                    props.put("kind", m.kind == null ? "other" : m.kind);
                    b.entity(m.id, "Organization", m.name == null ? m.surface : m.name, m.surface, props, m.rule, ev, true);
                }
                case PERSON -> {
                    if (m.role != null && !m.former && !m.role.equals("Counterpart")) props.put("titles", List.of(m.role));
                    b.entity(m.id, "Person", m.name == null ? m.surface : m.name, m.surface, props, m.rule, ev, true);
                    // "President Putin": the office's state, known from the gazetteer, is the office's end even
                    // where the sentence does not name it
                    if (m.officeOf != null && m.officeOf.startsWith("state:") && !m.former && !b.has(m.officeOf)
                            && gazetteer.state(m.officeOf) != null) {
                        Gazetteer.StateInfo s = gazetteer.state(m.officeOf);
                        b.entity(m.officeOf, "State", s.name(), null, Relator.stateProps(s), m.rule, ev, false);
                    }
                }
                case CORRIDOR -> {
                    props.put("kind", m.kind);
                    b.entity(m.id, "Corridor", m.name, m.surface, props, m.rule, ev, true);
                    for (String c : m.components) {
                        if (c.startsWith("place:") && !b.has(c)) {
                            Map<String, Object> pp = new TreeMap<>();
                            Gazetteer.PlaceInfo pi = gazetteer.place(c);
                            pp.put("kind", pi == null ? "city" : pi.kind());
                            b.entity(c, "Place", pi == null ? titleOf(c) : pi.name(), spelling(pi, m.surface), pp,
                                    "corridor-name", ev, false);
                        }
                        if (c.startsWith("state:") && !b.has(c)) {
                            Gazetteer.StateInfo s = gazetteer.state(c);
                            b.entity(c, "State", s.name(), null, Relator.stateProps(s), "corridor-name", ev, false);
                        }
                    }
                }
                case AGREEMENT -> {
                    if (m.rule.equals("generic-agreement")) continue;
                    if (m.rule.equals("generic-agreement-topic") && !m.name.contains(" on ")) continue;
                    String id = m.id;
                    props.put("title", m.name);
                    props.put("kind", m.kind);
                    if (m.count != null) props.put("count", m.count);
                    b.entity(id, "Agreement", m.name, m.surface, props, m.rule, ev, true);
                }
                default -> { }
            }
        }
    }

    /** The gazetteer place's name as the corridor's name spells it ("Herat-Torghundi": Torghundi), else null. */
    private static String spelling(Gazetteer.PlaceInfo pi, String corridorName) {
        if (pi == null) return null;
        for (String a : pi.aliases()) if (corridorName.contains(a)) return a;
        return null;
    }

    private static String titleOf(String id) {
        return Relator.capitalize(id.substring(id.indexOf(':') + 1));
    }
}

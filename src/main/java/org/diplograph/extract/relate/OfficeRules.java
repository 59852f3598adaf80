package org.diplograph.extract.relate;

import org.diplograph.extract.recognize.Gazetteer;
import org.diplograph.extract.recognize.Mention;

import static org.diplograph.extract.relate.Cues.ev;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.relate.Relator.Analysed;

/**
 * Offices: HOLDS_OFFICE of each person named with a current office of a state or an organisation. The rule id is the
 * person mention's own ("demonym-office-person", "qualified-office-person", "office-person-gazetteer", ...). An office
 * in a state's organ named with it ("Iranian Supreme National Security Council secretary X", "X, Secretary of Iran's
 * Supreme National Security Council") is also an office in the organ (rule {@code office-organ}); an office in a
 * state's organ is an office of the state too (rule {@code office-organ-state}).
 */
final class OfficeRules {

    private final Gazetteer g;
    private final DocBuilder b;

    OfficeRules(Gazetteer g, DocBuilder b) {
        this.g = g;
        this.b = b;
    }

    /** "Uzbek Foreign Minister X": HOLDS_OFFICE of the office the recognizer attached to the person. */
    void offices(Analysed a) {
        for (Mention m : a.mentions()) {
            if (m.type != Mention.Type.PERSON || m.role == null || m.officeOf == null || m.former) continue;
            Map<String, Object> p = new TreeMap<>();
            p.put("role", m.role);
            b.relation("HOLDS_OFFICE", m.id, m.officeOf, p, ev(a, m.rule));
            Mention organ = organ(a, m);
            if (organ != null && !organ.id.equals(m.officeOf)) b.relation("HOLDS_OFFICE", m.id, organ.id, p, ev(a, "office-organ"));
            // "Chairman of the Halk Maslahaty of Turkmenistan X": an office in a state's organ is an office of the state
            String state = g.stateOfOrgan(m.officeOf);
            if (state != null) {
                Gazetteer.StateInfo st = g.state(state);
                b.entity(state, "State", st.name(), null, Relator.stateProps(st), "office-organ-state", ev(a, "office-organ-state"), false);
                b.relation("HOLDS_OFFICE", m.id, state, p, ev(a, "office-organ-state"));
            }
        }
    }

    /** Words between an organ and a person that say the organ is not the person's office. */
    private static final Set<String> BREAKS = Set.of("and", "met", "said", "with");

    /**
     * The state organ the person's office is in: named right before the office and name ("Iranian Supreme National
     * Security Council secretary X", up to four words between), or after the name, in the office phrase that follows
     * its comma ("X, Secretary of Iran's Supreme National Security Council"); else null.
     */
    private Mention organ(Analysed a, Mention m) {
        List<Token> t = a.sentence().tokens();
        for (Mention o : a.mentions()) {
            if (o.type != Mention.Type.ORG || g.stateOfOrgan(o.id) == null) continue;
            if (o.to <= m.from && m.from - o.to >= 1 && m.from - o.to <= 4 && words(t, o.to, m.from)) return o;
            if (o.from > m.to + 1 && o.from - m.to <= 9 && t.get(m.to).text().equals(",") && words(t, m.to + 1, o.from)
                    && Cues.between(t, m.to + 1, o.from, Set.of("of"))) return o;
        }
        return null;
    }

    /** Tokens [from, to) are words or a possessive, no clause break. */
    private static boolean words(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            String x = t.get(i).text();
            if (!(t.get(i).word() || x.equals("'") || x.equals("\u2019"))) return false;
            if (Cues.NEGATION.contains(t.get(i).fold()) || BREAKS.contains(t.get(i).fold())) return false;
        }
        return true;
    }
}

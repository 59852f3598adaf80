package org.diplograph.extract.relate;

import org.diplograph.extract.recognize.Mention;

import static org.diplograph.extract.relate.Cues.ev;

import java.util.Map;
import java.util.TreeMap;
import org.diplograph.extract.relate.Relator.Analysed;

/**
 * Offices: HOLDS_OFFICE of each person named with a current office of a state or an organisation. The rule id is the
 * person mention's own ("demonym-office-person", "qualified-office-person", "office-person-gazetteer", ...).
 */
final class OfficeRules {

    private final DocBuilder b;

    OfficeRules(DocBuilder b) {
        this.b = b;
    }

    /** "Uzbek Foreign Minister X": HOLDS_OFFICE of the office the recognizer attached to the person. */
    void offices(Analysed a) {
        for (Mention m : a.mentions()) {
            if (m.type != Mention.Type.PERSON || m.role == null || m.officeOf == null || m.former) continue;
            Map<String, Object> p = new TreeMap<>();
            p.put("role", m.role);
            b.relation("HOLDS_OFFICE", m.id, m.officeOf, p, ev(a, m.rule));
        }
    }
}

package org.diplograph.extract;

import static org.diplograph.extract.Gazetteer.Kind;
import static org.diplograph.extract.Words.FORMER;
import static org.diplograph.extract.Words.MONTHS;
import static org.diplograph.extract.Words.NAME_PARTICLES;
import static org.diplograph.extract.Words.OFFICE_MODIFIERS;
import static org.diplograph.extract.Words.ORG_HEADS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 3, Extract: finds mentions of every entity type in one sentence, from the gazetteers and from patterns for
 * names no gazetteer holds (persons introduced by an office or a profession, agreements, corridors, organisations).
 */
public final class Recognizer {
    /** Also read by {@link Relator} and {@link Resolver}. */
    static final Set<String> NAME_STOP = Words.NAME_STOP;
    /** Words of NAME_STOP that may open an organisation's name ("National Security Committee", "State Oil Company"). */
    private static final Set<String> ORG_STARTERS = Set.of("national", "international", "state", "central", "federal",
            "supreme", "islamic", "strategic", "economic", "security", "foreign", "defence", "defense", "general", "new");

    private final Gazetteer g;
    private final GazetteerMentions gazetteerMentions;
    private final CorridorNames corridorNames;
    private final AgreementNames agreementNames = new AgreementNames();
    private final PersonNames personNames;
    private final OfficeForms officeForms;

    public Recognizer(Gazetteer g) {
        this.g = g;
        this.corridorNames = new CorridorNames(g);
        this.gazetteerMentions = new GazetteerMentions(g, corridorNames);
        this.personNames = new PersonNames(g);
        this.officeForms = new OfficeForms(g, personNames);
    }


    /** All mentions of the sentence, ordered by position. */
    public List<Mention> recognize(Sentence s) {
        SentenceScan w = new SentenceScan(s, g);
        gazetteerMentions.recognize(w);
        corridorNames.recognize(w);
        agreementNames.recognize(w);
        personNames.recognize(w);
        officeForms.counterparts(w);
        officeForms.pluralOffices(w);
        officeForms.professions(w);
        officeForms.appositives(w);
        organizations(w);
        describedCompanies(w);
        describedPlaces(w);
        officeForms.appositives(w); // again: "X, president of the Sarhad Chamber of Commerce" needs the organisation
        w.out.sort(Comparator.comparingInt((Mention.Draft m) -> m.from).thenComparingInt(m -> m.to));
        List<Mention> out = new ArrayList<>(w.out.size());
        for (Mention.Draft d : w.out) out.add(d.build());
        return out;
    }

    // ---------------------------------------------------------------- corridors

    // ---------------------------------------------------------------- agreements

    // ---------------------------------------------------------------- persons

    // ---------------------------------------------------------------- organisations

    private static boolean inCorridor(SentenceScan w, int i) {
        for (Mention.Draft m : w.out) if (m.type == Mention.Type.CORRIDOR && m.from <= i && i < m.to) return true;
        return false;
    }

    private void organizations(SentenceScan w) {
        List<Token> t = w.t;
        int n = t.size();
        for (int i = 0; i < n; i++) {
            if (!t.get(i).cap() || NAME_STOP.contains(t.get(i).fold()) && !ORG_HEADS.containsKey(t.get(i).fold())
                    && !(ORG_STARTERS.contains(t.get(i).fold()) && i + 1 < n && t.get(i + 1).cap())) continue;
            if (w.used[i] && !w.isGeo(i) && !inCorridor(w, i)) continue;
            int e = i;
            int head = -1;
            while (e < n) {
                Token x = t.get(e);
                if (x.cap() && (!w.used[e] || w.isGeo(e) || inCorridor(w, e))) {
                    if (ORG_HEADS.containsKey(x.fold())) head = e;
                    e++;
                } else if ((x.is("of") || x.is("for") || x.is("on") || x.is("and")) && head >= 0 && e + 1 < n
                        && t.get(e + 1).cap() && !w.used[e + 1]) {
                    e++;
                } else if (x.is("and") && head < 0 && e > i && (!w.used[e - 1] || inCorridor(w, e - 1)) && e + 2 < n && t.get(e + 1).cap()
                        && !w.used[e + 1] && !NAME_STOP.contains(t.get(e + 1).fold()) && t.get(e + 2).cap()) {
                    e++; // "Ports and Maritime Organization"
                } else {
                    break;
                }
            }
            while (e > i && !t.get(e - 1).cap()) e--;
            while (e > i && head >= 0 && e - 1 > head && inCorridor(w, e - 1)) e--;
            if (head >= 0 && inCorridor(w, i) && !inCorridor(w, head) && (!w.isGeo(i) || head - i >= 3)) {
                // "Caspian Pipeline Consortium": a corridor-looking run ending in an organisation head
            } else if (head >= 0 && inCorridor(w, i)) { head = -1; }
            if (head < 0 || e - i < 2 || (head == i && !(t.get(i + 1).is("of") || t.get(i + 1).is("for")
                    || t.get(i + 1).is("on")))) { i = Math.max(i, e - 1); continue; }
            Mention.Draft possessor = i >= 2 && w.possessive(i - 2) ? w.mentionAt(i - 2) : null;
            if (possessor == null && i >= 3 && w.possessive(i - 2)) {
                for (Mention.Draft x : w.out) if (x.to == i - 2) possessor = x;
            }
            if (i >= 2 && w.possessive(i - 2) && (possessor == null || possessor.type != Mention.Type.STATE)) { i = e - 1; continue; }
            if (w.isGeo(i) && !t.get(head).is("ministry") && head == e - 1 && i + 1 == head) { i = e - 1; continue; }
            boolean allGeoButHead = true;
            for (int k = i; k < e; k++) if (k != head && !w.isGeo(k)) allGeoButHead = false;
            if (allGeoButHead && !t.get(head).is("ministry")) { i = e - 1; continue; }
            String name = w.text(i, e);
            String kind = ORG_HEADS.get(t.get(head).fold());
            String id = "org:" + Text.slug(name);
            // "China National Nuclear Corporation (CNNC)": the acronym is the id, as for the gazetteer's organisations
            if (e + 2 < n && t.get(e).text().equals("(") && t.get(e + 2).text().equals(")") && t.get(e + 1).text().length() >= 2
                    && t.get(e + 1).text().length() <= 8 && t.get(e + 1).text().chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                    && !w.used[e + 1]) {
                id = "org:" + t.get(e + 1).text().toLowerCase(java.util.Locale.ROOT);
            }
            Mention.Draft geo = w.isGeo(i) ? w.mentionAt(i) : null;
            if ("ministry".equals(kind) && geo != null && geo.type == Mention.Type.STATE) {
                id = "org:" + geo.id.substring(6).toLowerCase(java.util.Locale.ROOT) + "-" + Text.slug(w.text(geo.to, e));
            } else if (possessor != null && geo == null) {
                id = "org:" + possessor.id.substring(6).toLowerCase(java.util.Locale.ROOT) + "-" + Text.slug(name);
            }
            int fi = i;
            int fe = e;
            if (geo != null && "ministry".equals(kind)) {
                w.out.removeIf(m -> m.from > fi && m.to <= fe && m != geo);
            } else {
                w.out.removeIf(m -> m.from >= fi && m.to <= fe);
            }
            for (int k = i; k < e; k++) w.used[k] = false;
            if (geo != null && "ministry".equals(kind)) for (int k = geo.from; k < geo.to; k++) w.used[k] = true;
            int start = i;
            Mention.Draft o = new Mention.Draft(Mention.Type.ORG, start, e, t.get(start).start(), t.get(e - 1).end(), id, name,
                    "org-pattern");
            o.name = name;
            o.kind = kind;
            w.out.add(o);
            for (int k = start; k < e; k++) w.used[k] = true;
            i = e - 1;
        }
    }

    private static final Set<String> COMPANY_NOUNS = Set.of("company", "concern", "corporation", "giant", "operator",
            "firm", "holding", "monopoly", "producer", "manufacturer", "carrier");

    static final Set<String> PLACE_NOUNS = Set.of("city", "town", "port", "resort", "village", "region", "province",
            "district", "oblast", "enclave", "exclave");

    /**
     * A place no gazetteer holds, introduced by its state: "the Uzbek border city of Termez", "Turkmenistan's Caspian
     * resort of Avaza", "Pakistan's Sindh province" is not covered (no "of").
     */
    private void describedPlaces(SentenceScan w) {
        List<Token> t = w.t;
        for (int i = 1; i + 2 < t.size(); i++) {
            if (!PLACE_NOUNS.contains(t.get(i).text()) || !t.get(i + 1).is("of")) continue;
            int p = i + 2;
            if (w.used[p] || w.spanOf[p] != null || !t.get(p).cap() || NAME_STOP.contains(t.get(p).fold())) continue;
            boolean qualified = false;
            for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
                Mention.Draft m = w.mentionAt(k);
                if (m == null) for (Mention.Draft x : w.out) if (x.from <= k && k < x.to) m = x;
                if (m != null && m.type == Mention.Type.STATE && ("demonym".equals(m.via) || w.possessive(m.to))) { qualified = true; break; }
                if (t.get(k).text().equals(",") || t.get(k).is("and") || t.get(k).is("of")) break;
            }
            if (!qualified) continue;
            int e = p;
            while (e < t.size() && e - p < 3 && t.get(e).cap() && !w.used[e] && w.spanOf[e] == null
                    && !NAME_STOP.contains(t.get(e).fold())) e++;
            String name = w.text(p, e);
            Mention.Draft m = w.add(Mention.Type.PLACE, p, e, "place:" + Text.slug(name), "place-described");
            m.name = name;
            m.kind = t.get(i).text().equals("port") || t.get(i).text().equals("resort") || t.get(i).text().equals("village")
                    || t.get(i).text().equals("town") ? "city" : t.get(i).text().equals("city") ? "city" : "region";
        }
    }

    /** "the state concern Turkmengaz", "the state power company Turkmenenergo", "defence firm Aselsan". */
    private void describedCompanies(SentenceScan w) {
        List<Token> t = w.t;
        for (int i = 1; i + 1 < t.size(); i++) {
            if (!COMPANY_NOUNS.contains(t.get(i).text()) ) continue;
            int p = i + 1;
            if (w.used[p] || w.spanOf[p] != null || !t.get(p).cap() || NAME_STOP.contains(t.get(p).fold())) continue;
            int e = p;
            while (e < t.size() && e - p < 3 && t.get(e).cap() && !w.used[e] && w.spanOf[e] == null
                    && !NAME_STOP.contains(t.get(e).fold())) e++;
            // a person's title follows ("company chairman X" is lowercase); a name of 2+ words ending a sentence is fine
            if (e < t.size() && t.get(e).cap()) continue;
            String name = w.text(p, e);
            Mention.Draft o = w.add(Mention.Type.ORG, p, e, "org:" + Text.slug(name), "org-described");
            o.name = name;
            o.kind = "company";
        }
    }

    /** The corridor kind a common noun names ("railway" -> railway), or null; read by {@link Relator}. */
    static String nounKind(String noun) {
        return CorridorNames.nounKind(noun);
    }

    /** A small count in digits or words, or null; read by {@link Relator}. */
    static Integer number(Token x) {
        return AgreementNames.number(x);
    }

    /** Surname keys of a person name: last word; first word too for two-word names. */
    static List<String> surnameKeys(String name) {
        return PersonNames.surnameKeys(name);
    }
}

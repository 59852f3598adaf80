package org.diplograph.extract.recognize;

import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.read.Text;

import static org.diplograph.extract.recognize.Words.ADDRESS;
import static org.diplograph.extract.recognize.Words.NAME_STOP;
import static org.diplograph.extract.recognize.Words.ORG_HEADS;

import java.util.List;
import java.util.Set;

/**
 * Rule family <b>organisations</b> of the {@link Recognizer}: a run of capitalised words with an organisation head
 * ("Ports and Maritime Organization", "China National Nuclear Corporation (CNNC)", "Kazakhstan's Ministry of Energy"),
 * which may take in states, places and corridor words and replaces the mentions inside it. A state's organ takes the
 * state in its id when the state is named before it or right after it ("the Ministry of Transport of Mongolia"). Rule id:
 * {@code org-pattern}.
 */
final class OrganizationNames {
    private final Gazetteer g;

    OrganizationNames(Gazetteer g) {
        this.g = g;
    }
    /** Words of NAME_STOP that may open an organisation's name ("National Security Committee", "State Oil Company"). */
    private static final Set<String> ORG_STARTERS = Set.of("national", "international", "state", "central", "federal",
            "supreme", "islamic", "strategic", "economic", "security", "foreign", "defence", "defense", "general", "new");

    void recognize(SentenceScan w) {
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
                // "the General Customs Authority Prof. Ahmed Al-Hakbani": a form of address opens the next name
                if (head >= 0 && ADDRESS.contains(x.fold())) break;
                if (x.cap() && (!w.used[e] || w.isGeo(e) || inCorridor(w, e))) {
                    if (ORG_HEADS.containsKey(x.fold())) head = e;
                    e++;
                } else if (x.text().equals("-") && e > i && e + 1 < n && t.get(e + 1).cap() && t.get(e - 1).end() == x.start()
                        && x.end() == t.get(e + 1).start()) {
                    e++; // "Saudi-Kazakh Joint Committee", "High-Level Cooperation Council"
                } else if ((x.is("of") || x.is("for") || x.is("on") || x.is("and")) && head >= 0 && e + 1 < n
                        && t.get(e + 1).cap() && !w.used[e + 1]) {
                    e++;
                } else if ((x.is("for") || x.is("on")) && head >= 0 && e + 2 < n && t.get(e + 1).is("the")
                        && t.get(e + 2).cap() && !w.used[e + 2] && !NAME_STOP.contains(t.get(e + 2).fold())) {
                    e += 2; // "Federal Service for the Oversight of Consumer Protection and Welfare"
                } else if (x.is("and") && head < 0 && e > i && (!w.used[e - 1] || inCorridor(w, e - 1)) && e + 2 < n && t.get(e + 1).cap()
                        && !w.used[e + 1] && !NAME_STOP.contains(t.get(e + 1).fold()) && t.get(e + 2).cap()) {
                    e++; // "Ports and Maritime Organization"
                } else {
                    break;
                }
            }
            while (e > i && !t.get(e - 1).cap()) e--;
            // "Armenian Foreign Ministry Spokesperson Ani Badalyan": the office after the head is no part of the name
            while (head >= 0 && e - 1 > head && OFFICE_TAILS.contains(t.get(e - 1).fold())) e--;
            // "China State Railway Group Co.": the legal form is no part of the name
            while (e - 1 > head && head >= 0 && COMPANY_FORMS.contains(t.get(e - 1).fold())) e--;
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
            // "the Kyrgyz National Security Committee", "Tajik Foreign Ministry": a state's organ by its adjective
            boolean organ = geo != null && geo.type == Mention.Type.STATE
                    && ("ministry".equals(kind) || STATE_ORGANS.contains(t.get(head).fold()) && id.equals("org:" + Text.slug(name))
                        && onlyGeo(w, geo, i, e));
            if (organ) {
                id = "org:" + geo.id.substring(6).toLowerCase(java.util.Locale.ROOT) + "-" + Text.slug(w.text(geo.to, e));
            } else if (possessor != null && geo == null) {
                id = "org:" + possessor.id.substring(6).toLowerCase(java.util.Locale.ROOT) + "-" + Text.slug(name);
            } else if (geo == null && t.get(head).is("academy") && stateAfter(w, e) != null) {
                id = "org:" + stateAfter(w, e).id.substring(6).toLowerCase(java.util.Locale.ROOT) + "-" + Text.slug(name);
            } else if (geo == null && STATE_ORGANS.contains(t.get(head).fold())) {
                Mention.Draft of = stateAfter(w, e); // "the Ministry of Natural Resources of China"
                String in = of != null ? of.id : capitalAfter(w, e); // "the Ministry of External Affairs in New Delhi"
                if (in == null) in = onlyState(w); // "India's ... signed with the Ministry of Health": the one state named
                if (in != null) id = "org:" + in.substring(6).toLowerCase(java.util.Locale.ROOT) + "-" + Text.slug(name);
            }
            int fi = i;
            int fe = e;
            if (organ) {
                w.out.removeIf(m -> m.from > fi && m.to <= fe && m != geo);
            } else {
                w.out.removeIf(m -> m.from >= fi && m.to <= fe);
            }
            for (int k = i; k < e; k++) w.used[k] = false;
            if (organ) for (int k = geo.from; k < geo.to; k++) w.used[k] = true;
            int start = i;
            Mention.Draft o = new Mention.Draft(Mention.Type.ORG, start, e, t.get(start).start(), t.get(e - 1).end(),
                    canonical(id), name, "org-pattern");
            o.name = name;
            o.kind = kind;
            w.out.add(o);
            for (int k = start; k < e; k++) w.used[k] = true;
            i = e - 1;
        }
        subordinateBodies(w);
        partyOrgans(w);
        foreignOffices(w);
    }

    /** Office words that follow an organisation's name ("... Foreign Ministry Spokesperson"), never end it. */
    private static final Set<String> OFFICE_TAILS = Set.of("spokesperson", "spokesman", "spokeswoman", "minister",
            "head", "chief", "director", "secretary", "chairman", "deputy", "official", "officials", "adviser", "advisor");

    /** Portfolios a state's ministry is named by in lower case ("China's foreign ministry"). */
    private static final Set<String> PORTFOLIOS = Set.of("foreign", "defense", "defence", "interior", "finance",
            "economy", "energy", "trade", "transport");

    /**
     * "the Kazakh MFA", "Pakistan's Foreign Office", "China's foreign ministry", "the Saudi defense ministry": a state's
     * ministry by its short names, after the state's adjective or possessive ({@code org:<iso3>-foreign-ministry},
     * {@code org:<iso3>-defense-ministry}; rule {@code org-pattern}).
     */
    private static void foreignOffices(SentenceScan w) {
        List<Token> t = w.t;
        for (int i = 1; i < t.size(); i++) {
            int e = t.get(i).text().equals("MFA") ? i + 1
                    : t.get(i).is("foreign") && t.get(i).cap() && i + 1 < t.size() && t.get(i + 1).text().equals("Office") ? i + 2
                    // "China's foreign ministry", "the Saudi defense ministry": a portfolio in lower case
                    : PORTFOLIOS.contains(t.get(i).text()) && i + 1 < t.size() && t.get(i + 1).text().equals("ministry") ? i + 2
                    : -1;
            if (e < 0 || !w.free(i, e)) continue;
            Mention.Draft st = null;
            for (Mention.Draft m : w.out) {
                if (m.type != Mention.Type.STATE) continue;
                if ("demonym".equals(m.via) && m.to == i || m.to == i - 2 && w.possessive(i - 2)) st = m;
            }
            if (st == null) continue;
            String name = w.text(i, e);
            String organ = t.get(i).is("foreign") || e == i + 1 ? "foreign-ministry" : Text.slug(name);
            Mention.Draft o = new Mention.Draft(Mention.Type.ORG, i, e, t.get(i).start(), t.get(e - 1).end(),
                    "org:" + st.id.substring(6).toLowerCase(java.util.Locale.ROOT) + "-" + organ, name, "org-pattern");
            o.name = name;
            o.kind = "ministry";
            w.out.add(o);
            for (int k = i; k < e; k++) w.used[k] = true;
        }
    }

    /** Whether geo is the only state named inside tokens [from, to) ("Saudi-Kazakh Joint Committee" is of two). */
    private static boolean onlyGeo(SentenceScan w, Mention.Draft geo, int from, int to) {
        for (Mention.Draft m : w.out) {
            if (m != geo && m.type == Mention.Type.STATE && m.from >= from && m.to <= to) return false;
        }
        return true;
    }

    /** A state's foreign ministry has one id however it is named ("org:tjk-foreign-ministry", as the annotation guide). */
    static String canonical(String id) {
        return id.matches("org:[a-z]{3}-(ministry-of-foreign-affairs|foreign-affairs-ministry)")
                ? id.substring(0, 8) + "foreign-ministry" : id;
    }

    /**
     * "the Institute of International Relations of the Ministry of Foreign Affairs of Turkmenistan": a body of a state's
     * organ belongs to that state ("org:tkm-institute-of-international-relations").
     */
    private static void subordinateBodies(SentenceScan w) {
        List<Token> t = w.t;
        for (Mention.Draft o : w.out) {
            if (o.type != Mention.Type.ORG || !"org-pattern".equals(o.rule) || o.id.matches("org:[a-z]{3}-.*")) continue;
            int k = o.to;
            if (k >= t.size() || !t.get(k).is("of")) continue;
            k = k + 1 < t.size() && t.get(k + 1).is("the") ? k + 2 : k + 1;
            for (Mention.Draft p : w.out) {
                if (p.from == k && p.type == Mention.Type.ORG && p.id.matches("org:[a-z]{3}-.*")) {
                    o.id = p.id.substring(0, 8) + Text.slug(o.name);
                }
            }
        }
    }

    /**
     * "the Communist Party of China (CPC) Central Committee": the committee right after a party's name is the party
     * itself, as the guide reads it; no organisation of its own.
     */
    private void partyOrgans(SentenceScan w) {
        List<Token> t = w.t;
        w.out.removeIf(o -> o.type == Mention.Type.ORG && "org-pattern".equals(o.rule) && w.out.stream().anyMatch(p ->
                p.type == Mention.Type.ORG && g.org(p.id) != null && "party".equals(g.org(p.id).kind())
                && (p.to == o.from || p.to + 1 == o.from && t.get(p.to).text().equals(")")))
                && o.to - o.from <= 2);
    }

    private static final Set<String> COMPANY_FORMS = Set.of("co", "ltd", "inc", "corp", "llc", "plc", "jsc");

    /** Heads of a state's own organs, whose ids take the state ("org:chn-ministry-of-transport"). */
    private static final Set<String> STATE_ORGANS = Set.of("ministry", "council", "committee", "administration",
            "secretariat", "department", "agency", "service");

    /** The state named by name in "of [the] State" right after token {@code e} (not "of State and State"), or null. */
    private static Mention.Draft stateAfter(SentenceScan w, int e) {
        List<Token> t = w.t;
        if (e >= t.size() || !t.get(e).is("of")) return null;
        int k = e + 1 < t.size() && t.get(e + 1).is("the") ? e + 2 : e + 1;
        Mention.Draft m = k < t.size() ? w.mentionAt(k) : null;
        if (m == null || m.type != Mention.Type.STATE || !"name".equals(m.via) || m.from != k) return null;
        if (m.to + 1 < t.size() && t.get(m.to).is("and")) { // "of Kyrgyzstan and Mongolia": a body of both
            Mention.Draft next = w.mentionAt(m.to + 1);
            if (next != null && next.type == Mention.Type.STATE && "name".equals(next.via)) return null;
        }
        return m;
    }

    /** The one state the sentence names so far (by name, demonym or possessive), or null when none or several. */
    private static String onlyState(SentenceScan w) {
        String one = null;
        for (Mention.Draft m : w.out) {
            if (m.type != Mention.Type.STATE) continue;
            if (one != null && !one.equals(m.id)) return null;
            one = m.id;
        }
        return one;
    }

    /** The state whose capital is named in "in <capital>" right after token {@code e}, or null. */
    private String capitalAfter(SentenceScan w, int e) {
        List<Token> t = w.t;
        if (e + 1 >= t.size() || !t.get(e).is("in")) return null;
        Mention.Draft m = w.mentionAt(e + 1);
        if (m == null) return null;
        if (m.type == Mention.Type.STATE && "capital".equals(m.via)) return m.id;
        return m.type == Mention.Type.PLACE ? g.stateOfCapital(m.id) : null;
    }

    private static boolean inCorridor(SentenceScan w, int i) {
        for (Mention.Draft m : w.out) if (m.type == Mention.Type.CORRIDOR && m.from <= i && i < m.to) return true;
        return false;
    }
}

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
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "de", "van", "von", "ul", "ud", "der",
            "abu", "bint");
    private static final Set<String> AFFAIRS = Set.of("affairs", "asian", "european", "african", "american",
            "eurasian", "economic", "political", "legal", "consular", "international", "cooperation", "development",
            "trade", "industry", "mines", "energy", "defense", "defence", "security", "integration", "investment",
            "relations", "parliamentary", "culture", "guidance", "islamic", "transport", "communications", "finance",
            "agriculture", "justice", "health", "education", "interior", "foreign", "roads", "urban", "water",
            // portfolios of "Minister of/for X" not in the office gazetteer
            "external", "ports", "shipping", "waterways", "railways", "highways", "aviation", "civil", "digital",
            "natural", "resources", "environment", "ecology", "emergency", "emergencies", "situations", "labour",
            "labor", "social", "protection", "population", "employment", "science", "technology", "technologies",
            "innovation", "innovations", "information", "sports", "youth", "tourism", "housing", "construction",
            "infrastructure", "services", "telecommunications", "petroleum", "oil", "gas", "mining", "minerals",
            "commerce", "planning", "budget", "revenue", "home", "power", "electricity", "food", "fisheries",
            "family", "women", "communication", "logistics", "maritime", "heritage", "ecological", "climate",
            "regional", "connectivity", "overseas", "public", "works", "territorial", "administration", "diaspora",
            "geology", "economy", "aerospace", "refugees", "repatriation", "religious", "hajj", "privatization",
            "statistics", "irrigation", "reclamation", "land", "textile", "defense-industry", "export", "exports",
            "partnerships", "enlargement", "neighbourhood", "neighborhood", "humanitarian", "migration", "customs");
    private static final Set<String> PROFESSIONS = Set.of("columnist", "analyst", "researcher", "fellow", "expert",
            "professor", "journalist", "scholar", "spokesperson", "spokesman", "spokeswoman", "director", "chairman",
            "adviser", "advisor", "correspondent", "editor", "economist", "diplomat", "official", "lecturer",
            "commentator", "historian", "specialist", "founder", "head", "member", "deputy", "reporter", "writer");
    private static final Set<String> PREFIX_PROFESSIONS = Set.of("analyst", "expert", "researcher", "columnist",
            "journalist", "professor", "prof", "economist", "scholar", "author");
    /** Heads of a state's organs that are not entities of their own ("Cabinet of Ministers", "Government"). */
    private static final Set<String> ORGANS = Set.of("cabinet", "government", "administration", "presidium",
            "province", "region", "oblast");
    /** Words of NAME_STOP that may open an organisation's name ("National Security Committee", "State Oil Company"). */
    private static final Set<String> ORG_STARTERS = Set.of("national", "international", "state", "central", "federal",
            "supreme", "islamic", "strategic", "economic", "security", "foreign", "defence", "defense", "general", "new");

    private final Gazetteer g;
    private final GazetteerMentions gazetteerMentions;
    private final CorridorNames corridorNames;
    private final AgreementNames agreementNames = new AgreementNames();

    public Recognizer(Gazetteer g) {
        this.g = g;
        this.corridorNames = new CorridorNames(g);
        this.gazetteerMentions = new GazetteerMentions(g, corridorNames);
    }


    /** All mentions of the sentence, ordered by position. */
    public List<Mention> recognize(Sentence s) {
        SentenceScan w = new SentenceScan(s, g);
        gazetteerMentions.recognize(w);
        corridorNames.recognize(w);
        agreementNames.recognize(w);
        persons(w);
        organizations(w);
        describedCompanies(w);
        describedPlaces(w);
        appositives(w); // again: "X, president of the Sarhad Chamber of Commerce" needs the organisation
        w.out.sort(Comparator.comparingInt((Mention.Draft m) -> m.from).thenComparingInt(m -> m.to));
        List<Mention> out = new ArrayList<>(w.out.size());
        for (Mention.Draft d : w.out) out.add(d.build());
        return out;
    }

    // ---------------------------------------------------------------- corridors

    // ---------------------------------------------------------------- agreements

    // ---------------------------------------------------------------- persons

    private void persons(SentenceScan w) {
        List<Token> t = w.t;
        int n = t.size();
        for (Gazetteer.Match office : new ArrayList<>(w.spans)) {
            Gazetteer.Entry oe = office.first(Kind.OFFICE);
            if (oe == null) continue;
            int a = office.from();
            int e = office.to();
            String role = oe.id();
            // "Deputy Oil Minister", "Vice Chairman" not in the gazetteer as such
            if (a > 0 && (t.get(a - 1).is("deputy") || t.get(a - 1).is("vice")) && !role.startsWith("Deputy")
                    && !role.startsWith("Vice")) {
                a--;
                role = "Deputy " + role;
            } else if (a > 0 && t.get(a - 1).is("assistant") && !role.startsWith("Assistant")) {
                a--;
                role = "Assistant " + role;
            }
            boolean officeCap = t.get(a).cap();
            // qualifier before the office: Iranian / Iran's / SCO / Taliban; "Pakistan's Deputy Prime Minister and
            // Foreign Minister X": the qualifier of the first office of the pair
            String of = null;
            int qa = a;
            while (qa > 1 && (t.get(qa - 1).is("and") || t.get(qa - 1).text().equals(",")) && w.spanOf[qa - 2] != null
                    && w.spanOf[qa - 2].has(Kind.OFFICE) && w.spanOf[qa - 2].to() == qa - 1) {
                qa = w.spanOf[qa - 2].from();
                if (qa > 0 && (t.get(qa - 1).is("deputy") || t.get(qa - 1).is("vice"))) qa--;
            }
            int q = qa - 1;
            companyBefore(w, qa, oe.id());
            Mention.Draft qual = null;
            while (q >= 0 && OFFICE_MODIFIERS.contains(t.get(q).fold())) q--;
            if (q >= 1 && t.get(q).fold().equals("s") && t.get(q - 1).text().equals("'")) q -= 2;
            for (Mention.Draft m : w.out) {
                if (m.to == q + 1 && (m.type == Mention.Type.STATE || m.type == Mention.Type.ORG)) qual = m;
                // "Herat's governor, X": the place's state
                if (m.to == q + 1 && m.type == Mention.Type.PLACE && (w.possessive(m.to) || !officeCap
                        && Set.of("Governor", "Mayor").contains(role)) && g.place(m.id) != null && g.place(m.id).iso3() != null) {
                    qual = m;
                }
            }
            if (qual != null) of = qual.type == Mention.Type.PLACE ? "state:" + g.place(qual.id).iso3() : qual.id;
            int before = qual != null ? qual.from - 1 : a - 1;
            boolean former = before >= 0 && FORMER.contains(t.get(before).fold());
            // "its vice chairman X", "whose chief executive is X": a person, the office's holder unnamed here
            boolean pronounQual = qual == null && before >= 0 && Set.of("its", "his", "her", "their", "whose")
                    .contains(t.get(before).fold());
            if (!officeCap && qual == null && !former && !pronounQual && !(e + 1 < n && t.get(e).is("of"))) continue;
            // "Minister of Foreign Affairs of Tajikistan", "ambassador to Iran"
            boolean ofBody = false;
            if (e + 1 < n && (t.get(e).is("of") || t.get(e).is("to"))) {
                Mention.Draft after = w.mentionAt(e + 1);
                if (after == null && t.get(e + 1).is("the")) after = w.mentionAt(e + 2);
                if (after != null && (after.type == Mention.Type.STATE || after.type == Mention.Type.ORG)) {
                    if (t.get(e).is("of") && of == null) of = after.id;
                    e = after.to;
                    // "the head of Kyrgyzstan's State Committee for National Security, X": the state's organ
                    if (after.type == Mention.Type.STATE) {
                        int b = w.possessive(e) ? e + 2 : e;
                        int end = orgRunEnd(w, b);
                        if (end > b) { e = end; ofBody = true; }
                    }
                }
            }
            if (!officeCap && qual == null && !ofBody && !former && !pronounQual) continue;
            int p = e;
            // "X, whose chairman is Y": the organisation before "whose"
            if (pronounQual && t.get(before).is("whose") && before >= 2 && t.get(before - 1).text().equals(",")) {
                for (Mention.Draft m : w.out) {
                    if (m.to == before - 1 && (m.type == Mention.Type.ORG || m.type == Mention.Type.STATE)) of = m.id;
                }
                if (p < n && t.get(p).is("is")) p++;
            }
            for (int round = 0; round < 3; round++) { // portfolio, "of/to/in/for <State>", "and <portfolio>" in any order
                int start = p;
                // "Deputy Foreign Minister for Asian Affairs X", "Minister of Industry and Mines X"
                if (p + 1 < n && (t.get(p).is("for") || t.get(p).is("of") || t.get(p).is("and")) && t.get(p + 1).cap()) {
                    // the portfolio ends at its last portfolio word: "of Digital Development, Innovation and Aerospace
                    // Industry Zhaslan Madiyev"
                    int lastAff = -1;
                    for (int q2 = p + 1; q2 < n && q2 <= p + 10; q2++) {
                        Token y = t.get(q2);
                        if (y.cap() && (w.spanOf[q2] == null || w.spanOf[q2].has(Kind.OFFICE)) && w.mentionAt(q2) == null) {
                            if (AFFAIRS.contains(y.fold())) lastAff = q2;
                        } else if (!(y.is("and") || y.text().equals(","))) {
                            break;
                        }
                    }
                    if (lastAff > p) p = lastAff + 1;
            }
                for (int guard = 0; guard < 2 && p + 1 < n; guard++) {
                    boolean forState = t.get(p).is("for");
                    if (!(t.get(p).is("of") || t.get(p).is("to") || t.get(p).is("in") || forState)) break;
                    int s2 = p + 1;
                    if (t.get(s2).is("the") && s2 + 1 < n) s2++;
                    Mention.Draft after = w.mentionAt(s2);
                    if (after == null || !(after.type == Mention.Type.STATE || after.type == Mention.Type.PLACE
                            || after.type == Mention.Type.ORG) || forState && after.type != Mention.Type.STATE) break;
                    if (t.get(p).is("of") && of == null && after.type != Mention.Type.PLACE) of = after.id;
                    p = after.to;
            }
                // "Minister of Energy and Water X": the gazetteer office ends before the portfolio's last words
                while (p + 1 < n && (t.get(p).is("and") || t.get(p).text().equals(",")) && t.get(p + 1).cap()
                        && AFFAIRS.contains(t.get(p + 1).fold())) {
                    p += 2;
                    while (p < n && t.get(p).cap() && AFFAIRS.contains(t.get(p).fold())) p++;
            }
                if (p == start) break;
            }
            if (p < n && t.get(p).text().equals(",")) p++;
            boolean rank = false;
            while (p < n && w.spanOf[p] != null && w.spanOf[p].from() == p && w.spanOf[p].has(Kind.RANK)) {
                p = w.spanOf[p].to();
                rank = true;
            }
            if (rank && p < n && t.get(p).text().equals(",")) p++;
            Mention.Draft person = personAt(w, p, true);
            if (person == null) continue;
            if (person.role == null) {
                person.role = role;
                person.officeOf = of;
                person.former = former;
                person.rule = of == null ? "office-person" : qual != null && qual.type == Mention.Type.STATE
                        && "demonym".equals(qual.via) ? "demonym-office-person" : "qualified-office-person";
            }
            // "President Xi Jinping of China"
            if (person.officeOf == null && person.to + 1 < n && t.get(person.to).is("of")) {
                Mention.Draft after = w.mentionAt(person.to + 1);
                if (after != null && (after.type == Mention.Type.STATE)) {
                    person.officeOf = after.id;
                    person.rule = "office-person-of-state";
                }
            }
        }
        counterparts(w);
        pluralOffices(w);
        professions(w);
        appositives(w);
    }

    private static final Set<String> COMPANY_OFFICES = Set.of("Chief Executive", "Director General", "Vice President",
            "Chairman", "Deputy Chairman", "President", "Head", "Director");

    /**
     * "Kazakhtelecom chief executive X", "CCCC vice president X", "KTZ managing director X": a single unknown name (or an
     * acronym) right before a company office in lower case is the company.
     */
    private void companyBefore(SentenceScan w, int a, String role) {
        List<Token> t = w.t;
        if (a < 1 || !COMPANY_OFFICES.contains(role)) return;
        int c = a - 1;
        Token x = t.get(c);
        boolean acronym = x.text().length() >= 2 && x.text().length() <= 6 && x.text().chars().allMatch(Character::isUpperCase);
        if (t.get(a).cap() && !acronym) return;
        if (!x.word() || !x.cap() || w.used[c] || w.spanOf[c] != null || NAME_STOP.contains(x.fold())) return;
        if (c > 0 && (t.get(c - 1).cap() && !t.get(c - 1).is("the") || t.get(c - 1).text().equals("-"))) return;
        int e = w.spanOf[a] != null ? w.spanOf[a].to() : a + 1;
        if (e < t.size() && t.get(e).text().equals(",")) e++;
        if (e >= t.size() || !t.get(e).cap()) return; // a name follows
        Mention.Draft o = w.add(Mention.Type.ORG, c, c + 1, "org:" + Text.slug(x.text()), "org-office");
        o.name = x.text();
        o.kind = "company";
    }

    /**
     * End of an organisation's name starting at b (capitalised words with an organisation head, "of/for/and" inside,
     * an optional "(ACRONYM)"), or b when there is none.
     */
    private int orgRunEnd(SentenceScan w, int b) {
        List<Token> t = w.t;
        int e = b;
        int head = -1;
        while (e < t.size()) {
            Token x = t.get(e);
            if (!x.cap() && ORGANS.contains(x.fold()) && e > b && head < 0) {
                head = e; // "Pakistan's Khyber Pakhtunkhwa province"
                e++;
                break;
            }
            if (x.cap() && !(w.spanOf[e] != null && w.spanOf[e].has(Kind.PERSON))) {
                if (ORG_HEADS.containsKey(x.fold()) || ORGANS.contains(x.fold())) head = e;
                e++;
            } else if ((x.is("of") || x.is("for") || x.is("and")) && head < 0 && e + 1 < t.size() && t.get(e + 1).cap()) {
                e++;
            } else if ((x.is("of") || x.is("for")) && head >= 0 && e + 1 < t.size() && t.get(e + 1).cap()) {
                e++;
            } else {
                break;
            }
        }
        if (head < 0) return b;
        e = head + 1;
        while (e + 1 < t.size() && (t.get(e).is("of") || t.get(e).is("for")) && t.get(e + 1).cap()
                && !(w.spanOf[e + 1] != null && w.spanOf[e + 1].has(Kind.STATE))) {
            int k = e + 1;
            while (k < t.size() && t.get(k).cap()) k++;
            e = k;
        }
        if (e + 2 < t.size() && t.get(e).text().equals("(") && t.get(e + 2).text().equals(")")) e += 3;
        return e;
    }

    /** A person whose name starts at token p: a gazetteer person or a run of name tokens. */
    private Mention.Draft personAt(SentenceScan w, int p, boolean allowSingle) {
        List<Token> t = w.t;
        if (p >= t.size()) return null;
        Mention.Draft known = w.mentionAt(p);
        if (known != null) return known.type == Mention.Type.PERSON ? known : null;
        if (w.titleCase) return null;
        int e = nameEnd(w, p);
        if (e == p) return null;
        int words = 0;
        for (int k = p; k < e; k++) if (t.get(k).word() && t.get(k).text().length() > 1) words++;
        if (words == 0 || (words == 1 && !allowSingle)) return null;
        String name = w.text(p, e);
        Mention.Draft m = w.add(Mention.Type.PERSON, p, e, "person:" + Text.personSlug(name), "office-person");
        m.name = name;
        return m;
    }

    private int nameEnd(SentenceScan w, int p) {
        List<Token> t = w.t;
        int e = p;
        int words = 0;
        while (e < t.size() && words < 5) {
            Token x = t.get(e);
            if (w.used[e] || (w.spanOf[e] != null && !w.spanOf[e].has(Kind.PERSON))) break;
            if (x.word() && x.cap() && !NAME_STOP.contains(x.fold()) && !x.digits()) {
                e++;
                words++;
                if (x.text().length() == 1 && e < t.size() && t.get(e).text().equals(".")) e++;
                if (e + 1 < t.size() && t.get(e).text().equals("-") && t.get(e).start() == x.end()
                        && t.get(e + 1).cap() && !w.used[e + 1]) e++;
                // "Ahn Duk-geun": a lower-case syllable after the hyphen
                else if (e + 1 < t.size() && t.get(e).text().equals("-") && t.get(e).start() == x.end()
                        && t.get(e + 1).word() && !t.get(e + 1).cap() && t.get(e + 1).text().length() <= 4
                        && t.get(e + 1).start() == t.get(e).end() && !NAME_PARTICLES.contains(t.get(e + 1).text())
                        && !x.text().equals(x.text().toUpperCase(java.util.Locale.ROOT))) e += 2;
                // "Al-e Sadegh": a particle after the hyphen, then the next name word
                else if (e + 2 < t.size() && t.get(e).text().equals("-") && t.get(e).start() == x.end()
                        && NAME_PARTICLES.contains(t.get(e + 1).text()) && t.get(e + 2).cap() && !w.used[e + 2]
                        && !t.get(e + 2).text().equals("-") && x.text().length() <= 3) e += 2;
                // "Ubaid-ur-Rehman", "Junaid-ul-Islam"
                else if (e + 3 < t.size() && t.get(e).text().equals("-") && t.get(e).start() == x.end()
                        && NAME_PARTICLES.contains(t.get(e + 1).text()) && t.get(e + 2).text().equals("-")
                        && t.get(e + 3).cap() && !w.used[e + 3]) e += 3;
                continue;
            }
            if (x.word() && words > 0 && PARTICLES.contains(x.fold()) && e + 1 < t.size()
                    && (t.get(e + 1).text().equals("-") || t.get(e + 1).cap())) {
                e++;
                if (t.get(e).text().equals("-")) e++;
                continue;
            }
            break;
        }
        while (e > p && !t.get(e - 1).word() && !t.get(e - 1).text().equals(".")) e--;
        return e;
    }

    /** "his Tajik counterpart Emomali Rahmon", "her Chinese counterpart, Wang Yi". */
    private void counterparts(SentenceScan w) {
        List<Token> t = w.t;
        for (int i = 1; i < t.size(); i++) {
            if (!(t.get(i).is("counterpart") || t.get(i).is("counterparts"))) continue;
            int q = i - 1;
            if (q >= 1 && t.get(q).is("s") && t.get(q - 1).text().equals("'")) q -= 2;
            Mention.Draft qual = null;
            for (Mention.Draft m : w.out) if (m.to == q + 1 && m.type == Mention.Type.STATE) qual = m;
            int p = i + 1;
            if (p < t.size() && t.get(p).text().equals(",")) p++;
            Mention.Draft person = personAt(w, p, true);
            if (person == null) continue;
            String role = null;
            for (Mention.Draft m : w.out) if (m.type == Mention.Type.PERSON && m.to <= i - 1 && m.role != null) role = m.role;
            // "his Kyrgyz and Uzbek counterparts, Sadyr Japarov and Shavkat Mirziyoyev": paired in order
            List<Mention.Draft> quals = new ArrayList<>();
            List<Mention.Draft> persons = new ArrayList<>(List.of(person));
            if (t.get(i).is("counterparts") && qual != null) {
                int j = qual.from - 1;
                quals.add(qual);
                while (j >= 1 && (t.get(j).is("and") || t.get(j).text().equals(","))) {
                    Mention.Draft prev = null;
                    for (Mention.Draft m : w.out) if (m.to == j && m.type == Mention.Type.STATE) prev = m;
                    if (prev == null) break;
                    quals.add(0, prev);
                    j = prev.from - 1;
                }
                int e = person.to;
                while (persons.size() < quals.size() && e + 1 < t.size() && (t.get(e).is("and") || t.get(e).text().equals(","))) {
                    int f = e + 1;
                    if (t.get(f).is("and")) f++;
                    Mention.Draft next = personAt(w, f, true);
                    if (next == null) break;
                    persons.add(next);
                    e = next.to;
                }
            }
            if (quals.size() >= 2 && quals.size() == persons.size()) {
                for (int k = 0; k < persons.size(); k++) {
                    persons.get(k).role = role != null ? role : "Counterpart";
                    persons.get(k).officeOf = quals.get(k).id;
                    persons.get(k).rule = "counterpart";
                }
                continue;
            }
            person.role = role != null ? role : "Counterpart";
            person.officeOf = qual == null ? null : qual.id;
            person.rule = "counterpart";
        }
    }

    private static final Map<String, String> PLURAL_OFFICES = Map.of("ministers", "Minister", "presidents",
            "President", "leaders", "Leader", "premiers", "Prime Minister");

    /**
     * "The Chinese and Kyrgyz foreign ministers, Wang Yi and Zheenbek Kulubaev," and "the foreign ministers of Iran
     * and Russia, Abbas Araghchi and Sergey Lavrov,": states and names paired in order when the counts agree.
     */
    private void pluralOffices(SentenceScan w) {
        List<Token> t = w.t;
        for (int p = 1; p < t.size(); p++) {
            String base = PLURAL_OFFICES.get(t.get(p).fold());
            if (base == null) continue;
            String role = base;
            int roleStart = p;
            if (base.equals("Minister") && p > 0) {
                String r = g.role(t.get(p - 1).text() + " Minister");
                if (r != null) { role = r; roleStart = p - 1; }
            }
            List<Mention.Draft> states = new ArrayList<>();
            int after = p + 1;
            if (after + 1 < t.size() && t.get(after).is("of")) {
                int i = after + 1;
                while (i < t.size()) {
                    Mention.Draft m = w.mentionAt(i);
                    if (m == null || m.type != Mention.Type.STATE) break;
                    states.add(m);
                    i = m.to;
                    if (i < t.size() && (t.get(i).is("and") || t.get(i).text().equals(","))) {
                        i++;
                        if (i < t.size() && t.get(i).is("and")) i++;
                    } else break;
                }
                after = states.isEmpty() ? after : states.get(states.size() - 1).to;
            } else {
                int i = roleStart - 1;
                while (i >= 0) {
                    Mention.Draft m = null;
                    for (Mention.Draft x : w.out) if (x.to == i + 1 && x.type == Mention.Type.STATE && "demonym".equals(x.via)) m = x;
                    if (m == null) break;
                    states.add(0, m);
                    i = m.from - 1;
                    if (i >= 0 && (t.get(i).is("and") || t.get(i).text().equals(","))) i--;
                    else break;
                }
            }
            if (states.size() < 2 || after >= t.size() || !t.get(after).text().equals(",")) continue;
            List<Mention.Draft> persons = new ArrayList<>();
            int i = after + 1;
            while (i < t.size() && persons.size() < states.size()) {
                Mention.Draft m = personAt(w, i, false);
                if (m == null) break;
                persons.add(m);
                i = m.to;
                if (i < t.size() && (t.get(i).is("and") || t.get(i).text().equals(","))) {
                    i++;
                    if (i < t.size() && t.get(i).is("and")) i++;
                }
            }
            if (persons.size() != states.size()) continue;
            for (int k = 0; k < persons.size(); k++) {
                Mention.Draft m = persons.get(k);
                if (m.role != null) continue;
                m.role = role;
                m.officeOf = states.get(k).id;
                m.rule = "plural-office-persons";
            }
        }
    }

    /** "Emomali Rahmon, the President of Tajikistan", "Sergey Lavrov, Russia's Foreign Minister". */
    private void appositives(SentenceScan w) {
        List<Token> t = w.t;
        for (Mention.Draft m : new ArrayList<>(w.out)) {
            if (m.type != Mention.Type.PERSON || m.role != null) continue;
            int i = m.to;
            if (i >= t.size() || !t.get(i).text().equals(",")) continue;
            i++;
            if (i < t.size() && (t.get(i).is("the") || t.get(i).is("a") || t.get(i).is("an"))) i++;
            Mention.Draft qual = w.mentionAt(i);
            String of = null;
            if (qual != null && (qual.type == Mention.Type.STATE || qual.type == Mention.Type.ORG)) {
                of = qual.id;
                i = qual.to;
                if (w.possessive(i)) i += 2;
                while (i < t.size() && OFFICE_MODIFIERS.contains(t.get(i).fold())) i++; // "the UN special envoy"
                if (i < t.size() && t.get(i).is("special") && i + 1 < t.size()) i++;
            }
            if (i >= t.size() || w.spanOf[i] == null || w.spanOf[i].from() != i || !w.spanOf[i].has(Kind.OFFICE)) continue;
            Gazetteer.Match office = w.spanOf[i];
            int e = office.to();
            if (of == null && e + 1 < t.size() && t.get(e).is("of")) {
                Mention.Draft after = w.mentionAt(e + 1);
                if (after == null && t.get(e + 1).is("the")) after = w.mentionAt(e + 2);
                if (after == null) {
                    // "the deputy chairman of the Cabinet of Ministers of Turkmenistan"
                    int b = t.get(e + 1).is("the") ? e + 2 : e + 1;
                    int end = orgRunEnd(w, b);
                    if (end > b && end + 1 < t.size() && t.get(end).is("of")) after = w.mentionAt(end + 1);
                    if (after != null && after.type != Mention.Type.STATE) after = null;
                }
                if (after != null && (after.type == Mention.Type.STATE || after.type == Mention.Type.ORG)) of = after.id;
            }
            if (of == null) continue;
            m.role = office.first(Kind.OFFICE).id();
            m.officeOf = of;
            m.former = i > 0 && FORMER.contains(t.get(i - 1).fold());
            m.rule = "appositive-office";
        }
    }

    /**
     * An office of a state starts at i: "[State's] Office" or "Office of [the] State" ("Muhammad Yunus, the Chief
     * Adviser of Bangladesh's interim government"), so the name before the comma is a person.
     */
    private boolean officeAfter(SentenceScan w, int i) {
        List<Token> t = w.t;
        Mention.Draft qual = w.mentionAt(i);
        boolean of = false;
        if (qual != null && (qual.type == Mention.Type.STATE || qual.type == Mention.Type.ORG && w.possessive(qual.to))) {
            i = qual.to;
            if (w.possessive(i)) i += 2;
            of = true;
        }
        if (i >= t.size() || w.spanOf[i] == null || w.spanOf[i].from() != i || !w.spanOf[i].has(Kind.OFFICE)) return false;
        int e = w.spanOf[i].to();
        if (!of && e + 1 < t.size() && t.get(e).is("of")) {
            Mention.Draft after = w.mentionAt(e + 1);
            if (after == null && t.get(e + 1).is("the")) after = w.mentionAt(e + 2);
            of = after != null && (after.type == Mention.Type.STATE || after.type == Mention.Type.ORG);
            int b = t.get(e + 1).is("the") ? e + 2 : e + 1;
            if (!of && orgRunEnd(w, b) > b) of = true; // "president of the Sarhad Chamber of Commerce"
        }
        return of;
    }

    /** "Eldaniz Gusseinov, a columnist for Daryo", "analyst Temur Umarov", "Author: Samantha Fanger". */
    private void professions(SentenceScan w) {
        List<Token> t = w.t;
        for (int i = 0; i < t.size(); i++) {
            if (w.titleCase && !(i > 1 && t.get(i - 1).text().equals(":") && t.get(i - 2).is("author"))) continue;
            if (w.used[i] || !t.get(i).cap() || NAME_STOP.contains(t.get(i).fold()) || w.spanOf[i] != null) continue;
            int e = nameEnd(w, i);
            if (e - i < 2) continue;
            boolean person = false;
            int j = e;
            if (j < t.size() && (t.get(j).text().equals(",") || t.get(j).text().equals("-"))) {
                j++;
                if (j < t.size() && (t.get(j).is("a") || t.get(j).is("an") || t.get(j).is("the"))) j++;
                for (int k = j; k < Math.min(t.size(), j + 3); k++) {
                    if (PROFESSIONS.contains(t.get(k).fold())) { person = true; break; }
                }
            }
            if (!person && j > e && t.get(e).text().equals(",") && officeAfter(w, j)) person = true;
            if (i > 0 && PREFIX_PROFESSIONS.contains(t.get(i - 1).fold())) person = true;
            if (i > 1 && t.get(i - 1).text().equals(".") && Set.of("dr", "prof").contains(t.get(i - 2).fold())) person = true;
            if (i > 0 && Set.of("dr", "mr", "mrs", "ms", "mawlawi", "mawlavi", "mullah", "mulla", "sheikh", "haji",
                    "hajji", "sayyid", "syed").contains(t.get(i - 1).fold())) person = true;
            if (i > 1 && t.get(i - 1).text().equals(":") && t.get(i - 2).is("author")) person = true;
            if (person) {
                String name = w.text(i, e);
                Mention.Draft m = w.add(Mention.Type.PERSON, i, e, "person:" + Text.personSlug(name), "profession-person");
                m.name = name;
            }
            i = e - 1;
        }
    }

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
        List<Token> t = Tokenizer.tokens(name, 0, name.length());
        List<String> words = new ArrayList<>();
        for (Token x : t) if (x.word() && x.text().length() > 1 && !PARTICLES.contains(x.fold())) words.add(x.fold());
        List<String> out = new ArrayList<>();
        if (words.size() < 2) return out;
        out.add(words.get(words.size() - 1));
        if (words.size() == 2) out.add(words.get(0));
        return out;
    }
}

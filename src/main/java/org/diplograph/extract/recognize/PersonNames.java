package org.diplograph.extract.recognize;

import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.annotate.Tokenizer;
import org.diplograph.extract.read.Text;

import static org.diplograph.extract.recognize.Gazetteer.Kind;
import static org.diplograph.extract.recognize.Words.FORMER;
import static org.diplograph.extract.recognize.Words.NAME_PARTICLES;
import static org.diplograph.extract.recognize.Words.NAME_STOP;
import static org.diplograph.extract.recognize.Words.OFFICE_MODIFIERS;
import static org.diplograph.extract.recognize.Words.ORG_HEADS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule family <b>persons</b> of the {@link Recognizer}: a person named after an office from the gazetteer, with the
 * office's qualifier and body ("Iran's Foreign Minister Abbas Araghchi", "Minister of Foreign Affairs of Tajikistan
 * Sirojiddin Muhriddin", "President Xi Jinping of China"), and a single unknown company name before a company office
 * ("KTZ chief executive X"). Also the name-finding helpers the other person rules share ({@link OfficeForms}). Rule
 * ids: {@code office-person}, {@code qualified-office-person}, {@code demonym-office-person},
 * {@code office-person-of-state}, {@code org-office}.
 */
final class PersonNames {
    /** The Arabic article, capitalised in names ("Al Saud", "Al-Sabah", "El-Sisi"). */
    private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el");
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "de", "da", "dos", "das", "di", "du", "van", "von", "ul", "ud", "der",
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
    /** Heads of a state's organs that are not entities of their own ("Cabinet of Ministers", "Government"). */
    private static final Set<String> ORGANS = Set.of("cabinet", "government", "administration", "presidium",
            "province", "region", "oblast");
    private static final Set<String> COMPANY_OFFICES = Set.of("Chief Executive", "Director General", "Vice President",
            "Chairman", "Deputy Chairman", "President", "Head", "Director");

    private final Gazetteer g;

    PersonNames(Gazetteer g) {
        this.g = g;
    }

    void recognize(SentenceScan w) {
        List<Token> t = w.t;
        int n = t.size();
        for (Gazetteer.Match office : new ArrayList<>(w.spans)) {
            Gazetteer.Entry oe = office.first(Kind.OFFICE);
            if (oe == null) continue;
            int a = office.from();
            int e = office.to();
            String role = oe.id();
            // "Amir Saeid Iravani": before a name of two words or more Amir is a given name, unless "the", a state, "His
            // Highness" or a known emir's name makes it the office ("the Amir Sheikh Tamim", "Qatari Amir Tamim bin
            // Hamad"; "Amir Tamim also welcomed ...": the office)
            if (t.get(a).text().equals("Amir") && e == a + 1 && e + 1 < n && t.get(e).cap() && t.get(e + 1).cap()
                    && !t.get(e).is("sheikh")
                    && !t.get(e).is("of") && !(a > 0 && (t.get(a - 1).is("the") || t.get(a - 1).is("highness")
                    || w.isGeo(a - 1))) && !(w.spanOf[e] != null && w.spanOf[e].has(Kind.PERSON))) continue;
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
                } else if (after == null && t.get(e).is("of")) {
                    // "Deputy Chairman of the Cabinet of Ministers of Turkmenistan X", "Acting Chairman of the Central
                    // Bank of Afghanistan X": a body, then its state, then the name
                    int b = t.get(e + 1).is("the") ? e + 2 : e + 1;
                    int end = orgRunEnd(w, b);
                    if (end > b && end + 1 < n && t.get(end).is("of")) {
                        Mention.Draft st = w.mentionAt(end + 1);
                        if (st != null && st.type == Mention.Type.STATE && "name".equals(st.via) && of == null) {
                            of = st.id;
                            e = st.to;
                            ofBody = true;
                        }
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
            // "External Affairs Minister (EAM) S Jaishankar": the office's acronym in brackets before the name
            if (p + 3 < n && t.get(p).text().equals("(") && t.get(p + 2).text().equals(")") && acronym(t.get(p + 1))) p += 3;
            p = afterRanks(w, p);
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
    }

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
    int orgRunEnd(SentenceScan w, int b) {
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
    /** Past the military or honorific ranks at p ("Lieutenant General", "Colonel-General,"), to the name. */
    static int afterRanks(SentenceScan w, int p) {
        List<Token> t = w.t;
        int n = t.size();
        boolean rank = false;
        while (p < n && w.spanOf[p] != null && w.spanOf[p].from() == p && w.spanOf[p].has(Kind.RANK)) {
            p = w.spanOf[p].to();
            rank = true;
        }
        if (rank && p < n && t.get(p).text().equals(",")) p++;
        return p;
    }

    /** Bodies an office may be of, named in one word: no person's name. */
    private static final Set<String> BODIES = Set.of("senate", "assembly", "majlis", "cabinet", "government", "duma",
            "kurultai", "jirga", "board", "secretariat", "presidium", "politburo", "congress", "diwan");

    /** "EAM", "COAS": two to six capitals. */
    private static boolean acronym(Token x) {
        String a = x.text();
        return a.length() >= 2 && a.length() <= 6 && a.chars().allMatch(Character::isUpperCase);
    }

    Mention.Draft personAt(SentenceScan w, int p, boolean allowSingle) {
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
        // "the Chairman Senate": a body named after an office is no person
        if (e - p == 1 && (ORG_HEADS.containsKey(t.get(p).fold()) || BODIES.contains(t.get(p).fold()))) return null;
        String name = w.text(p, e);
        Mention.Draft m = w.add(Mention.Type.PERSON, p, e, "person:" + Text.personSlug(name), "office-person");
        m.name = name;
        return m;
    }

    int nameEnd(SentenceScan w, int p) {
        List<Token> t = w.t;
        int e = p;
        int words = 0;
        while (e < t.size() && words < 5) {
            Token x = t.get(e);
            // "Hossein Amir-Abdollahian": a title word joined by a hyphen to the next name word is part of the name
            boolean joined = words > 0 && e + 2 < t.size() && t.get(e + 1).text().equals("-") && t.get(e + 1).start() == x.end()
                    && t.get(e + 2).cap() && t.get(e + 2).start() == t.get(e + 1).end() && !w.used[e + 2];
            if (w.used[e] || (w.spanOf[e] != null && !w.spanOf[e].has(Kind.PERSON) && !joined)) break;
            if (x.word() && x.cap() && (!NAME_STOP.contains(x.fold()) || joined) && !x.digits()) {
                e++;
                // "Saad Abdullah Saad Al Mahmoud Al Sharif": a capitalised particle is no word of the count
                if (!ARABIC_ARTICLES.contains(x.fold())) words++;
                // "Haitham bin Tarik Al-Said": the word after "Al-" is a name even where it is a word ("said")
                if (ARABIC_ARTICLES.contains(x.fold()) && e + 1 < t.size() && t.get(e).text().equals("-")
                        && t.get(e).start() == x.end() && t.get(e + 1).cap() && t.get(e + 1).word()
                        && t.get(e + 1).start() == t.get(e).end() && !w.used[e + 1]
                        && NAME_STOP.contains(t.get(e + 1).fold())) {
                    e += 2;
                    words++;
                    continue;
                }
                if (x.text().length() == 1 && e < t.size() && t.get(e).text().equals(".")) e++;
                // "Kh.Battulga", "Ts. Elbegdorj": a two-letter initial (the Mongolian patronymic)
                else if (x.text().length() == 2 && Character.isLowerCase(x.text().charAt(1)) && e + 1 < t.size()
                        && t.get(e).text().equals(".") && t.get(e).start() == x.end() && t.get(e + 1).cap()
                        && t.get(e + 1).word() && !w.used[e + 1]) e++;
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

    /** Surname keys of a person name: last word; first word too for two-word names. */
    static List<String> surnameKeys(String name) {
        List<Token> t = Tokenizer.tokens(name, 0, name.length());
        List<String> words = new ArrayList<>();
        for (Token x : t) if (x.word() && x.text().length() > 1 && !PARTICLES.contains(x.fold())) words.add(x.fold());
        List<String> out = new ArrayList<>();
        if (words.size() < 2) return out;
        out.add(words.get(words.size() - 1));
        // "Sultan Haitham" for "Haitham bin Tarik Al-Said": a name with its father's is also called by its first word
        boolean patronym = false;
        for (Token x : t) patronym |= x.is("bin") || x.is("bint") || x.is("ibn");
        if (words.size() == 2 || patronym) out.add(words.get(0));
        return out;
    }
}

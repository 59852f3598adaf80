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
    private static final String[][] CORRIDOR_KEYS = {
            {"hydroelectric", "power", "station"}, {"hydroelectric", "power", "plant"}, {"hydropower", "plant"},
            {"hydropower", "station"}, {"hydroelectric", "plant"}, {"power", "station"}, {"power", "plant"},
            {"gas", "pipeline"}, {"oil", "pipeline"}, {"railway", "corridor"}, {"rail", "corridor"},
            {"transport", "corridor"}, {"economic", "corridor"}, {"railway", "line"}, {"rail", "line"},
            {"dry", "port"}, {"power", "line"}, {"transmission", "line"}, {"container", "terminal"}, {"terminal"}, {"pipeline"}, {"railway"}, {"railroad"}, {"highway"}, {"motorway"}, {"road"}, {"tunnel"},
            {"seaport"}, {"port"}, {"corridor"}, {"route"}, {"bridge"}, {"dam"}, {"cable"}, {"canal"}, {"interconnector"}};
    /** Words of NAME_STOP that may stand inside a corridor's name ("North-South Road Corridor"). */
    private static final Set<String> CORRIDOR_WORDS = Set.of("north", "south", "east", "west", "international",
            "transport", "transit", "middle", "central", "green", "energy", "economic", "great", "new", "northern",
            "southern", "eastern", "western", "trans");
    private static final Set<String> NOT_COMPONENT = Set.of("trans", "pan", "north", "south", "east", "west", "inter",
            "new", "old", "sino", "euro", "afro", "indo", "central");
    private static final Set<String> AGREEMENT_HEADS = Set.of("treaty", "agreement", "convention", "declaration",
            "charter", "protocol", "accord", "pact", "memorandum", "roadmap", "statement");
    private static final Set<String> AGREEMENT_CONNECT = Set.of("and", "of", "the", "on", "for", "in", "to");
    private static final Set<String> PACKAGE_NOUNS = Set.of("documents", "agreements", "memoranda", "mous",
            "memorandums", "deals", "contracts", "accords", "instruments", "treaties", "protocols", "mou");
    private static final Set<String> GENERIC_AGREEMENT = Set.of("agreement", "contract", "deal", "treaty", "accord",
            "roadmap", "protocol", "statement", "declaration", "memorandum", "mou", "pact", "plan", "programme", "program");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("dozen", 12));
    /** Heads of a state's organs that are not entities of their own ("Cabinet of Ministers", "Government"). */
    private static final Set<String> ORGANS = Set.of("cabinet", "government", "administration", "presidium",
            "province", "region", "oblast");
    /** Words of NAME_STOP that may open an organisation's name ("National Security Committee", "State Oil Company"). */
    private static final Set<String> ORG_STARTERS = Set.of("national", "international", "state", "central", "federal",
            "supreme", "islamic", "strategic", "economic", "security", "foreign", "defence", "defense", "general", "new");

    private final Gazetteer g;

    public Recognizer(Gazetteer g) {
        this.g = g;
    }


    /** All mentions of the sentence, ordered by position. */
    public List<Mention> recognize(Sentence s) {
        SentenceScan w = new SentenceScan(s, g);
        gazetteerMentions(w);
        corridors(w);
        agreements(w);
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

    private void gazetteerMentions(SentenceScan w) {
        for (Gazetteer.Match m : w.spans) {
            int a = m.from();
            int b = m.to();
            Gazetteer.Entry e;
            if ((e = m.first(Kind.PERSON)) != null) {
                Mention.Draft p = w.add(Mention.Type.PERSON, a, b, e.id(), "person-gazetteer");
                p.name = g.person(e.id()).name();
            } else if ((e = m.first(Kind.CORRIDOR)) != null) {
                Mention.Draft c = w.add(Mention.Type.CORRIDOR, a, b, e.id(), "corridor-gazetteer");
                Gazetteer.CorridorInfo ci = g.corridor(e.id());
                c.name = ci.name();
                c.kind = ci.kind();
                List<Token> ct = Tokenizer.tokens(ci.name(), 0, ci.name().length());
                c.components = components(ct, 0, nameStartBeforeKeyword(ct));
                if (c.components.isEmpty()) {
                    List<Token> st = w.t.subList(a, b);
                    c.components = components(st, 0, nameStartBeforeKeyword(st));
                }
            } else if ((e = m.first(Kind.AGREEMENT)) != null) {
                Mention.Draft ag = w.add(Mention.Type.AGREEMENT, a, b, e.id(), "agreement-gazetteer");
                String[] info = g.agreement(e.id());
                ag.name = info[0];
                ag.kind = info[1];
            } else if ((e = m.first(Kind.ORG)) != null) {
                Mention.Draft o = w.add(Mention.Type.ORG, a, b, e.id(), "org-gazetteer");
                o.name = g.org(e.id()).name();
                o.kind = g.org(e.id()).kind();
            } else if ((e = m.first(Kind.STATE)) != null) {
                // "2 billion US dollars": a currency
                if (b < w.t.size() && Set.of("dollar", "dollars", "cents").contains(w.t.get(b).fold())) continue;
                Mention.Draft st = w.add(Mention.Type.STATE, a, b, e.id(), "state-gazetteer");
                st.via = "name";
                st.possessive = w.possessive(b);
            } else if ((e = m.first(Kind.DEMONYM)) != null) {
                Mention.Draft st = w.add(Mention.Type.STATE, a, b, e.id(), "demonym");
                st.via = "demonym";
            } else if ((e = m.first(Kind.CAPITAL)) != null) {
                if (capitalIsPlace(w, a, b)) {
                    Mention.Draft p = w.add(Mention.Type.PLACE, a, b, e.id(), "capital-place");
                    p.name = g.place(e.id()).name();
                    p.kind = "city";
                } else {
                    Mention.Draft st = w.add(Mention.Type.STATE, a, b, g.stateOfCapital(e.id()), "capital-metonym");
                    st.via = "capital";
                    st.possessive = w.possessive(b);
                }
            } else if ((e = m.first(Kind.PLACE)) != null) {
                Mention.Draft p = w.add(Mention.Type.PLACE, a, b, e.id(), "place-gazetteer");
                p.name = g.place(e.id()).name();
                p.kind = g.place(e.id()).kind();
            }
        }
    }

    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> LOCATIVE = Set.of("in", "to", "at", "into", "near", "from", "outside", "inside",
            "toward", "towards", "via", "visited", "visiting", "visit", "visits", "reached", "of", "around");
    private static final Set<String> EVENT_NOUNS = Set.of("summit", "meeting", "talks", "forum", "airport",
            "conference", "format", "process", "declaration", "session", "office", "embassy", "visit", "station");

    private boolean capitalIsPlace(SentenceScan w, int a, int b) {
        if (a > 0 && LOCATIVE.contains(w.t.get(a - 1).fold())) {
            return !(w.t.get(a - 1).fold().equals("of") && !(a > 1 && w.t.get(a - 2).fold().equals("city")));
        }
        if (a > 2 && w.t.get(a - 1).fold().equals("of") && w.t.get(a - 2).fold().equals("city")) return true;
        if (a > 1 && (w.t.get(a - 1).is("and") || w.t.get(a - 1).text().equals(",")) && w.spanOf[a - 2] != null
                && w.spanOf[a - 2].has(Kind.PLACE) && !w.spanOf[a - 2].has(Kind.STATE)) return true;
        if (b < w.t.size() && EVENT_NOUNS.contains(w.t.get(b).fold())) return true;
        if (b + 2 < w.t.size() && w.t.get(b).text().equals(",") && w.t.get(b + 1).fold().equals("the")
                && w.t.get(b + 2).fold().equals("capital")) return true;
        // a dateline: "Moscow, December 26, 2024 - ...", "ASTANA, July 4 (Reuters)", "TEHRAN (Tasnim)"
        if (a == 0 && b < w.t.size() && (w.t.get(b).text().equals("(") || w.t.get(b).text().equals(",")
                && b + 1 < w.t.size() && MONTHS.contains(w.t.get(b + 1).fold()))) return true;
        return a == 0 && b + 1 < w.t.size() && w.t.get(b).text().equals(",")
                && DateParser.firstAbsolute(w.s.text().substring(w.t.get(b + 1).start() - w.s.start())) != null
                && DateParser.firstAbsolute(w.s.text().substring(w.t.get(b + 1).start() - w.s.start())).start() == 0;
    }

    // ---------------------------------------------------------------- corridors

    private int keywordAt(List<Token> t, int i) {
        for (String[] k : CORRIDOR_KEYS) {
            if (i + k.length > t.size()) continue;
            boolean ok = true;
            for (int j = 0; j < k.length; j++) if (!t.get(i + j).fold().equals(k[j])) { ok = false; break; }
            if (ok) return k.length;
        }
        return 0;
    }

    /** Index where the name part of a corridor name like "Khaf-Herat Railway" ends (the keyword starts). */
    private int nameStartBeforeKeyword(List<Token> t) {
        for (int i = 1; i < t.size(); i++) if (keywordAt(t, i) > 0) return i;
        return t.size();
    }

    private void corridors(SentenceScan w) {
        List<Token> t = w.t;
        for (int i = 1; i < t.size(); i++) {
            int k = keywordAt(t, i);
            if (k == 0 || !w.free(i, i + k)) continue;
            int a = i;
            // "Trans-Caspian fibre-optic cable": a lower-case compound between the name and the keyword
            if (i >= 4 && t.get(i - 1).word() && !t.get(i - 1).cap() && t.get(i - 2).text().equals("-")
                    && t.get(i - 3).word() && !t.get(i - 3).cap() && t.get(i - 2).start() == t.get(i - 3).end()
                    && t.get(i - 2).end() == t.get(i - 1).start() && t.get(i - 4).cap() && !NAME_STOP.contains(t.get(i - 4).fold())
                    && !t.get(i - 3).digits() && w.free(i - 3, i)) a = i - 3;
            while (a > 0) {
                Token p = t.get(a - 1);
                boolean cap = p.word() && (p.cap() || p.digits())
                        && (!NAME_STOP.contains(p.fold()) || CORRIDOR_WORDS.contains(p.fold()) && t.get(a).cap());
                boolean hyphen = p.text().equals("-") && a - 2 >= 0 && p.start() == t.get(a - 2).end()
                        && p.end() == t.get(a).start()
                        || p.is("of") && a - 2 >= 0 && t.get(a - 2).cap() && t.get(a).cap() && !w.isGeo(a - 2)
                        || p.is("and") && a - 2 >= 0 && t.get(a - 2).cap() && t.get(a).cap() && !w.isGeo(a - 2)
                        && !w.isGeo(a);
                if ((cap || hyphen || w.isGeo(a - 1) && p.word()) && (!w.used[a - 1] || w.isGeo(a - 1))) a--;
                else break;
            }
            if (a == i) continue;
            if (!t.get(a).word() || !t.get(a).cap() && !t.get(a).digits()) continue;
            // a lone demonym or state ("Iranian port", "Iran railway") is not a name
            Gazetteer.Match only = w.spanOf[a];
            if (only != null && only.from() == a && only.to() == i && !only.has(Kind.PLACE)
                    && !only.has(Kind.CAPITAL)) continue;
            if (w.titleCase && a == 0) continue;
            if (a > 0 && Set.of("renamed", "dubbed", "called", "nicknamed").contains(t.get(a - 1).fold())
                    || a > 1 && t.get(a - 1).is("the") && Set.of("renamed", "dubbed", "called").contains(t.get(a - 2).fold())) continue;
            String name = w.text(a, i + k);
            String keyword = w.text(i, i + k).toLowerCase(java.util.Locale.ROOT).replace("railroad", "railway");
            String display = w.text(a, i) + " " + keyword;
            String id = "corridor:" + Text.slug(display);
            List<String> comps = components(t, a, i);
            int from = a;
            int upto = i;
            w.out.removeIf(m -> m.from >= from && m.to <= upto);
            Mention.Draft c = w.add(Mention.Type.CORRIDOR, a, i + k, id, "corridor-pattern");
            c.name = display;
            c.kind = corridorKind(keyword);
            c.components = comps;
        }
        // "the port of X"
        for (int i = 0; i + 2 < t.size(); i++) {
            if ((t.get(i).is("port") || t.get(i).is("seaport")) && t.get(i + 1).is("of") && t.get(i + 2).cap()
                    && w.free(i, i + 3)) {
                Gazetteer.Match m = w.spanOf[i + 2];
                if (m != null && !m.has(Kind.PLACE) && !m.has(Kind.CAPITAL)) continue;
                int e = i + 3;
                int nameAt = i + 2;
                String display = w.text(i + 2, e) + " port";
                w.out.removeIf(x -> x.from >= nameAt && x.to <= e);
                Mention.Draft c = w.add(Mention.Type.CORRIDOR, i, e, "corridor:" + Text.slug(display), "corridor-port-of");
                c.name = display;
                c.kind = "port";
            }
        }
    }

    /** The corridor kind a common noun names ("railway" -> railway), or null. */
    static String nounKind(String noun) {
        String k = corridorKind(noun);
        return k.equals("corridor") && !noun.equals("corridor") ? null : k;
    }

    private static String corridorKind(String keyword) {
        if (keyword.contains("rail")) return "railway";
        if (keyword.contains("pipeline")) return "pipeline";
        if (keyword.endsWith("line")) return "corridor"; // power / transmission line
        if (keyword.contains("terminal")) return "port";
        if (keyword.contains("port")) return "port";
        if (keyword.contains("tunnel")) return "tunnel";
        if (keyword.contains("power") || keyword.contains("plant") || keyword.contains("dam")
                || keyword.contains("station")) return "power-plant";
        if (keyword.contains("road") || keyword.contains("highway") || keyword.contains("motorway")
                || keyword.contains("bridge")) return "road";
        return "corridor"; // also cables, interconnectors, canals (the design's kinds)
    }

    /** The places/states a hyphenated name links, in order ("Khaf-Herat" gives Khaf, Herat); empty if not 2+. */
    List<String> components(List<Token> t, int a, int b) {
        List<List<Token>> parts = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<Token> cur = new ArrayList<>();
        int curFrom = a;
        for (int i = a; i < b; i++) {
            if (t.get(i).text().equals("-")) {
                parts.add(cur);
                spans.add(new int[] {curFrom, i});
                cur = new ArrayList<>();
                curFrom = i + 1;
            } else {
                cur.add(t.get(i));
            }
        }
        parts.add(cur);
        spans.add(new int[] {curFrom, b});
        if (parts.size() < 2) return List.of();
        List<String> out = new ArrayList<>();
        for (int pi = 0; pi < parts.size(); pi++) {
            List<Token> p = parts.get(pi);
            if (p.isEmpty()) continue;
            // longest run of hyphen-joined parts the gazetteer knows ("Mazar-i-Sharif", "Jalal-Abad")
            String joined = null;
            for (int q = parts.size() - 1; q > pi && joined == null; q--) {
                List<Token> run = t.subList(spans.get(pi)[0], spans.get(q)[1]);
                Gazetteer.Match m = g.match(run, 0);
                if (m != null && m.to() == run.size()) {
                    Gazetteer.Entry e;
                    if ((e = m.first(Kind.STATE)) != null || (e = m.first(Kind.CAPITAL)) != null
                            || (e = m.first(Kind.PLACE)) != null) {
                        joined = e.id();
                        if (q == parts.size() - 1 && pi == 0) return List.of(); // the whole name is one place
                        pi = q;
                    }
                }
            }
            if (joined != null) { out.add(joined); continue; }
            // "X-i-Y", "X-ul-Y", "X-e-Y": a lowercase particle binds its neighbours into one name
            int q = pi;
            while (q + 2 < parts.size() && parts.get(q + 1).size() == 1 && NAME_PARTICLES.contains(parts.get(q + 1).get(0).text())
                    && !parts.get(q + 2).isEmpty() && parts.get(q + 2).get(0).cap()) q += 2;
            // "Jalal-Abad", "Mirzo-Abad": a trailing "-Abad"/"-Shahr" is part of the name
            while (q + 1 < parts.size() && parts.get(q + 1).size() == 1 && NAME_SUFFIXES.contains(parts.get(q + 1).get(0).fold())) q++;
            if (q > pi && p.get(0).cap()) {
                String name = w_text(t, spans.get(pi)[0], spans.get(q)[1]);
                out.add("place:" + Text.slug(name));
                pi = q;
                continue;
            }
            Gazetteer.Match m = g.match(p, 0);
            if (m != null && m.to() == p.size()) {
                Gazetteer.Entry e;
                if ((e = m.first(Kind.STATE)) != null) { out.add(e.id()); continue; }
                if ((e = m.first(Kind.CAPITAL)) != null) { out.add(e.id()); continue; }
                if ((e = m.first(Kind.PLACE)) != null) { out.add(e.id()); continue; }
                continue;
            }
            if (p.size() == 1 && p.get(0).cap() && !p.get(0).digits() && !NOT_COMPONENT.contains(p.get(0).fold())
                    && !NAME_STOP.contains(p.get(0).fold())) {
                out.add("place:" + Text.slug(p.get(0).text()));
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    private static final Set<String> NAME_SUFFIXES = Set.of("abad", "shahr", "kala", "kalay");

    private static String w_text(List<Token> t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && t.get(i).start() > t.get(i - 1).end()) sb.append(' ');
            sb.append(t.get(i).text());
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- agreements

    private void agreements(SentenceScan w) {
        List<Token> t = w.t;
        int n = t.size();
        for (int i = 0; i < n; i++) {
            Token x = t.get(i);
            if (!w.free(i, i + 1)) continue;
            // memorandum of understanding, MoU
            int mouEnd = mouAt(t, i);
            if (mouEnd > 0) {
                boolean plural = t.get(i).is("memoranda") || t.get(i).is("mous") || t.get(i).is("memorandums");
                if (plural || precededByCount(t, i)) continue;
                int e = mouEnd;
                StringBuilder title = new StringBuilder("Memorandum of Understanding");
                if (e < n && t.get(e).text().equals("(") && e + 2 < n && t.get(e + 2).text().equals(")")) e += 3;
                if (e + 1 < n && (t.get(e).is("on") || t.get(e).is("regarding") || t.get(e).is("concerning"))
                        && !MONTHS.contains(t.get(e + 1).fold()) && !t.get(e + 1).digits()
                        && !DAYS.contains(t.get(e + 1).fold())) {
                    int te = topicEnd(t, e + 1);
                    if (te > e + 1) {
                        title.append(' ').append(t.get(e).fold()).append(' ').append(w.text(e + 1, te));
                        e = te;
                    }
                }
                Mention.Draft m = w.add(Mention.Type.AGREEMENT, i, e, "agreement:" + Text.slug(title.toString()), "mou");
                m.name = title.toString();
                m.kind = "mou";
                if (title.length() == "Memorandum of Understanding".length() && i > 0
                        && Set.of("the", "this", "that").contains(t.get(i - 1).fold())) m.rule = "mou-reference";
                i = e - 1;
                continue;
            }
            // package: "23 cooperation agreements", "a package of 15 documents"
            Integer count = number(x);
            if (count != null && count >= 2 && count <= 300 && !(i > 0 && t.get(i - 1).text().equals("$"))) {
                int j = i + 1;
                int adj = 0;
                while (j < n && adj < 3 && t.get(j).word() && !t.get(j).cap() && !PACKAGE_NOUNS.contains(t.get(j).fold())
                        && !t.get(j).digits() && !NUMBER_WORDS.containsKey(t.get(j).fold())
                        && !(t.get(j).fold().endsWith("ed") && !t.get(j).is("proposed"))
                        && !Set.of("sides", "parties", "countries", "leaders", "of", "and", "the").contains(t.get(j).fold())) {
                    j++;
                    adj++;
                }
                if (j < n && PACKAGE_NOUNS.contains(t.get(j).fold()) && (t.get(j).word())) {
                    int e = j + 1;
                    if (t.get(j).is("memoranda") && e + 1 < n && t.get(e).is("of") && t.get(e + 1).is("understanding")) e += 2;
                    if (e < n && t.get(e).text().equals("(") && e + 2 < n && t.get(e + 2).text().equals(")")) e += 3;
                    Mention.Draft m = w.add(Mention.Type.AGREEMENT, i, e, "agreement:package-" + count, "package-count");
                    m.name = w.text(i, e);
                    m.kind = "package";
                    m.count = count;
                    i = e - 1;
                    continue;
                }
            }
            // named: "Treaty on Comprehensive Strategic Partnership", "Ashgabat Agreement"
            if (x.cap() && AGREEMENT_HEADS.contains(x.fold()) && !(w.titleCase && i == 0)) {
                int a = i;
                // "Khankendi Declaration", "Astana Declaration": a city names the document
                while (a > 0 && t.get(a - 1).cap() && !NAME_STOP.contains(t.get(a - 1).fold()) && (w.free(a - 1, a)
                        || w.spanOf[a - 1] != null && (w.spanOf[a - 1].has(Kind.PLACE) || w.spanOf[a - 1].has(Kind.CAPITAL)))) a--;
                while (a > 0 && t.get(a - 1).text().equals("-") && a > 1 && t.get(a - 2).word() && t.get(a - 2).cap()) a -= 2;
                int e = i + 1;
                if (e + 1 < n && titleConnect(w, e)) {
                    e = capRun(t, t.get(e + 1).is("the") ? e + 2 : e + 1);
                    while (e + 1 < n && titleConnect(w, e)) e = capRun(t, e + 1);
                }
                if (a == i && e == i + 1) {
                    if (x.is("statement") || x.is("declaration")) continue;
                    continue;
                }
                // strip state mentions swallowed by the title
                int fa = a;
                int fe = e;
                w.out.removeIf(m -> m.from >= fa && m.to <= fe && m.type != Mention.Type.AGREEMENT);
                for (int k = a; k < e; k++) w.used[k] = false;
                String title = w.text(a, e);
                Mention.Draft m = w.add(Mention.Type.AGREEMENT, a, e, "agreement:" + Text.slug(title), "named-agreement");
                m.name = title;
                m.kind = agreementKind(x.fold());
                i = e - 1;
                continue;
            }
            // generic: "a ten-year contract", "a joint statement" (kept only when a signing verb governs it)
            if (GENERIC_AGREEMENT.contains(x.fold()) && !x.cap()) {
                int a = i;
                while (a > 0 && (t.get(a - 1).word() && !t.get(a - 1).cap() && !t.get(a - 1).digits()
                        && !Set.of("a", "an", "the", "this", "that", "its", "their", "his", "her", "of", "and",
                        "signed", "sign", "inked", "initialled", "initialed", "concluded", "issued", "adopted",
                        "new").contains(t.get(a - 1).fold())
                        || t.get(a - 1).text().equals("-")) && i - a < 4 && w.free(a - 1, a)) a--;
                if (a < i && t.get(a).text().equals("-")) a++;
                int e = i + 1;
                boolean topic = false;
                boolean ofTopic = (x.is("plan") || x.is("programme") || x.is("program") || x.is("protocol"))
                        && e + 1 < n && t.get(e).is("of") && !t.get(e + 1).cap();
                if (e + 1 < n && (t.get(e).is("on") || t.get(e).is("regarding") || ofTopic) && !MONTHS.contains(t.get(e + 1).fold())
                        && !t.get(e + 1).digits() && !DAYS.contains(t.get(e + 1).fold())) {
                    int te = topicEnd(t, e + 1);
                    for (Mention.Draft c : w.out) if (c.type == Mention.Type.CORRIDOR && c.from >= e + 1 && c.from <= te) te = Math.max(te, c.to);
                    if (te > e + 1) { e = te; topic = true; }
                }
                String title = w.text(a, e);
                Mention.Draft m = w.add(Mention.Type.AGREEMENT, a, i + 1, "agreement:" + Text.slug(title), topic
                        ? "generic-agreement-topic" : "generic-agreement");
                m.name = title;
                m.kind = x.is("contract") ? "contract" : x.is("treaty") || x.is("pact") ? "treaty"
                        : x.is("statement") || x.is("declaration") ? "joint-statement" : x.is("roadmap") ? "roadmap"
                        : x.is("memorandum") || x.is("mou") ? "mou" : "other";
            }
        }
    }

    /** A lower-case word inside an agreement title ("Treaty on X and Y"), not a place ("in Tashkent"). */
    private boolean titleConnect(SentenceScan w, int e) {
        List<Token> t = w.t;
        String f = t.get(e).fold();
        if (!AGREEMENT_CONNECT.contains(f) || !t.get(e + 1).cap() && !t.get(e + 1).is("the")) return false;
        int next = t.get(e + 1).is("the") ? e + 2 : e + 1;
        if (next >= t.size() || !t.get(next).cap()) return false;
        if ((f.equals("in") || f.equals("to") || f.equals("on")) && w.spanOf[next] != null
                && (w.spanOf[next].has(Kind.CAPITAL) || w.spanOf[next].has(Kind.PLACE))) return false;
        if (f.equals("in") || f.equals("to")) return t.get(e + 1).is("the");
        return true;
    }

    private static int capRun(List<Token> t, int i) {
        int e = i;
        while (e < t.size() && (t.get(e).cap() || t.get(e).digits()
                || (t.get(e).text().equals("-") && e + 1 < t.size() && t.get(e + 1).cap()))) e++;
        return e;
    }

    private static int topicEnd(List<Token> t, int i) {
        int e = i;
        Set<String> stop = Set.of("between", "with", "in", "at", "during", "on", "by", "which", "that", "and", "to",
                "as", "while", "after", "before", "from", "under", "worth", "for", "was", "were", "is", "are", "had",
                "has", "have", "been", "being", "said", "would", "will", "could",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        int words = 0;
        while (e < t.size() && words < 9 && (t.get(e).word() && !stop.contains(t.get(e).fold()) && !t.get(e).digits()
                || compoundHyphen(t, e) || titleCaseConnector(t, i, e))) {
            if (t.get(e).word()) words++;
            e++;
        }
        if (e < t.size() && t.get(e).is("and") && e + 1 < t.size() && t.get(e + 1).word()
                && !stop.contains(t.get(e + 1).fold()) && words < 8) {
            int e2 = e + 1;
            while (e2 < t.size() && words < 10 && (t.get(e2).word() && !stop.contains(t.get(e2).fold())
                    && !t.get(e2).digits() || compoundHyphen(t, e2))) {
                if (t.get(e2).word()) words++;
                e2++;
            }
            if (e2 < t.size() && !t.get(e2).word()) e = e2;
        }
        return e;
    }

    /**
     * A title in title case goes on through "in", "of", "the", "and", "for": "on Cooperation in the Field of Tourism"
     * (the words before e, from i, are capitalised and a capitalised word follows).
     */
    private static boolean titleCaseConnector(List<Token> t, int i, int e) {
        if (e == i || !Set.of("in", "of", "the", "and", "for").contains(t.get(e).text())) return false;
        for (int k = i; k < e; k++) if (t.get(k).word() && !t.get(k).cap() && !Set.of("in", "of", "the", "and", "for").contains(t.get(k).text())) return false;
        int n = e + 1;
        if (n < t.size() && t.get(n).text().equals("the")) n++;
        return n < t.size() && t.get(n).cap() && t.get(n).word();
    }

    /** A hyphen inside a compound word ("Uzbek-Kazakh", "ten-year"). */
    private static boolean compoundHyphen(List<Token> t, int e) {
        return t.get(e).text().equals("-") && e > 0 && e + 1 < t.size() && t.get(e - 1).word() && t.get(e + 1).word()
                && t.get(e - 1).end() == t.get(e).start() && t.get(e).end() == t.get(e + 1).start();
    }

    private static int mouAt(List<Token> t, int i) {
        Token x = t.get(i);
        if ((x.is("memorandum") || x.is("memoranda")) && i + 2 < t.size() && t.get(i + 1).is("of")
                && t.get(i + 2).is("understanding")) return i + 3;
        if ((x.text().equals("MoU") || x.text().equals("MOU") || x.text().equals("MoUs") || x.text().equals("MOUs"))) {
            return i + 1;
        }
        return 0;
    }

    private static boolean precededByCount(List<Token> t, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) if (number(t.get(k)) != null) return true;
        return false;
    }

    static Integer number(Token x) {
        if (x.digits()) {
            if (x.text().length() > 3) return null;
            try {
                return Integer.parseInt(x.text());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NUMBER_WORDS.get(x.fold());
    }

    private static String agreementKind(String head) {
        return switch (head) {
            case "treaty", "convention", "pact", "charter" -> "treaty";
            case "memorandum" -> "mou";
            case "declaration", "statement" -> "joint-statement";
            case "roadmap" -> "roadmap";
            default -> "other";
        };
    }

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

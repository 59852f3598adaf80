package org.diplograph.extract.recognize;

import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.read.Text;

import static org.diplograph.extract.recognize.Gazetteer.Kind;
import static org.diplograph.extract.recognize.Words.NAME_PARTICLES;
import static org.diplograph.extract.recognize.Words.NAME_STOP;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule family <b>corridors</b> of the {@link Recognizer}: names of corridors, pipelines, railways, roads, ports, power
 * plants and the like that no gazetteer holds ("Khaf-Herat Railway", "the port of Gwadar"), with the places their
 * hyphenated names link. Rule ids: {@code corridor-pattern}, {@code corridor-port-of}.
 */
final class CorridorNames {
    private static final String[][] CORRIDOR_KEYS = {
            {"hydroelectric", "power", "station"}, {"hydroelectric", "power", "plant"}, {"hydropower", "plant"},
            {"hydropower", "station"}, {"hydroelectric", "plant"}, {"power", "station"}, {"power", "plant"},
            {"gas", "pipeline"}, {"oil", "pipeline"}, {"railway", "corridor"}, {"rail", "corridor"},
            {"transport", "corridor"}, {"economic", "corridor"}, {"railway", "line"}, {"rail", "line"},
            {"power", "transmission", "line"}, {"power", "transmission", "lines"}, {"transmission", "lines"},
            {"power", "lines"}, {"dry", "port"}, {"power", "line"}, {"transmission", "line"}, {"container", "terminal"}, {"terminal"}, {"pipeline"}, {"railway"}, {"railroad"}, {"highway"}, {"motorway"}, {"road"}, {"tunnel"},
            {"seaport"}, {"port"}, {"corridor"}, {"route"}, {"bridge"}, {"dam"}, {"cable"}, {"canal"}, {"interconnector"}};
    /** Words of NAME_STOP that may stand inside a corridor's name ("North-South Road Corridor"). */
    private static final Set<String> CORRIDOR_WORDS = Set.of("north", "south", "east", "west", "international",
            "transport", "transit", "middle", "central", "green", "energy", "economic", "great", "new", "northern",
            "southern", "eastern", "western", "trans");
    private static final Set<String> NOT_COMPONENT = Set.of("trans", "pan", "north", "south", "east", "west", "inter",
            "new", "old", "sino", "euro", "afro", "indo", "central");
    /** Lower-case words of what a corridor carries or how ("submarine electricity cable", "freight railway"). */
    private static final Set<String> CARRIES = Set.of("submarine", "undersea", "subsea", "electricity", "electric",
            "energy", "gas", "oil", "freight", "transmission", "fibre-optic", "fiber-optic", "cargo", "natural");
    private static final Set<String> NAME_SUFFIXES = Set.of("abad", "shahr", "kala", "kalay");

    private final Gazetteer g;

    CorridorNames(Gazetteer g) {
        this.g = g;
    }

    void recognize(SentenceScan w) {
        List<Token> t = w.t;
        for (int i = 1; i < t.size(); i++) {
            int k = keywordAt(t, i);
            if (k == 0 || !w.free(i, i + k)) continue;
            int a = i;
            // "the Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline": the chain before the acronym names the
            // places it links; an acronym the gazetteer knows stays that corridor
            int paren = acronymBefore(t, i);
            if (paren > 0) {
                int chain = chainStart(w, paren);
                List<String> comps = chain < paren ? components(t, chain, paren) : List.of();
                Mention.Draft known = null;
                for (Mention.Draft m : w.out) {
                    if (m.type == Mention.Type.CORRIDOR && m.from == paren + 1 && m.to == paren + 2) known = m;
                }
                if (known != null) {
                    if (known.components.isEmpty() && !comps.isEmpty()) known.components = comps;
                    continue;
                }
                if (comps.isEmpty()) continue;
                String display = w.text(chain, i) + " " + w.text(i, i + k).toLowerCase(java.util.Locale.ROOT);
                int from = chain;
                int upto = i;
                w.out.removeIf(m -> m.from >= from && m.to <= upto && !m.isGeo());
                Mention.Draft c = w.add(Mention.Type.CORRIDOR, chain, i + k, "corridor:" + Text.slug(display),
                        "corridor-pattern");
                c.name = display;
                c.kind = corridorKind(w.text(i, i + k).toLowerCase(java.util.Locale.ROOT));
                c.components = comps;
                continue;
            }
            // "Trans-Caspian fibre-optic cable": a lower-case compound between the name and the keyword
            if (i >= 4 && t.get(i - 1).word() && !t.get(i - 1).cap() && t.get(i - 2).text().equals("-")
                    && t.get(i - 3).word() && !t.get(i - 3).cap() && t.get(i - 2).start() == t.get(i - 3).end()
                    && t.get(i - 2).end() == t.get(i - 1).start() && t.get(i - 4).cap() && !NAME_STOP.contains(t.get(i - 4).fold())
                    && !t.get(i - 3).digits() && w.free(i - 3, i)) a = i - 3;
            // "the Black Sea submarine electricity cable": what the thing carries, between the name and the keyword
            int lower = 0;
            while (lower < 2 && a - lower - 1 > 0 && CARRIES.contains(t.get(a - lower - 1).text())
                    && w.free(a - lower - 1, a - lower)) lower++;
            // "the Turkmenistan-Afghanistan-Pakistan high-voltage power transmission lines"
            if (lower == 0 && a >= 4 && t.get(a - 1).is("voltage") && t.get(a - 2).text().equals("-") && t.get(a - 3).is("high")
                    && t.get(a - 2).start() == t.get(a - 3).end() && t.get(a - 1).start() == t.get(a - 2).end()
                    && w.free(a - 3, a)) lower = 3;
            int carries = -1; // where they start: the id leaves them out ("the Black Sea cable" is the same one)
            if (lower > 0 && t.get(a - lower - 1).cap() && !NAME_STOP.contains(t.get(a - lower - 1).fold())) {
                a -= lower;
                carries = a;
            }
            while (a > 0) {
                Token p = t.get(a - 1);
                boolean cap = p.word() && (p.cap() || p.digits())
                        && (!NAME_STOP.contains(p.fold()) || CORRIDOR_WORDS.contains(p.fold()) && t.get(a).cap());
                boolean hyphen = p.text().equals("-") && a - 2 >= 0 && p.start() == t.get(a - 2).end()
                        && p.end() == t.get(a).start()
                        // "the Shalamcheh – Basra railway": a spaced dash between two names
                        || p.text().equals("-") && a - 2 >= 0 && t.get(a - 2).word() && t.get(a - 2).cap() && t.get(a).cap()
                        && (w.isGeo(a - 2) || w.isGeo(a)) && !NAME_STOP.contains(t.get(a - 2).fold())
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
            // "the Belt and Road Forum": an initiative, not a road (the guide's corridors are built things)
            if (w.text(a, i + k).matches("(?i).*\\bbelt(?: and| &)? road")) continue;
            // "the Silk Road city of Xian", "the Silk Road Forum": the old trade route, a name for a region, not a corridor
            if (w.text(a, i + k).matches("(?i)(?:the )?(?:great )?silk road")) continue;
            String name = w.text(a, i + k);
            String keyword = w.text(i, i + k).toLowerCase(java.util.Locale.ROOT).replace("railroad", "railway");
            String display = w.text(a, i) + " " + keyword;
            String id = "corridor:" + Text.slug(carries > a ? w.text(a, carries) + " " + keyword : display);
            // the places of the name only, not what it carries ("the China-Central Asia natural gas pipeline")
            List<String> comps = components(t, a, carries > a ? carries : i);
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

    /** The index of "(" in "( ACRONYM )" right before the keyword at i (or one lower-case word before it), or -1. */
    private static int acronymBefore(List<Token> t, int i) {
        // "(TAPI) transnational gas pipeline"
        if (i >= 5 && t.get(i - 1).word() && !t.get(i - 1).cap() && !NAME_STOP.contains(t.get(i - 1).fold())) i--;
        if (i < 4 || !t.get(i - 1).text().equals(")") || !t.get(i - 3).text().equals("(")) return -1;
        String acr = t.get(i - 2).text();
        boolean acronym = acr.length() >= 2 && acr.equals(acr.toUpperCase(java.util.Locale.ROOT))
                && acr.chars().allMatch(Character::isLetter);
        return acronym ? i - 3 : -1;
    }

    /** Where a chain of hyphen-joined capitalised names ending right before {@code end} starts ({@code end} if none). */
    private static int chainStart(SentenceScan w, int end) {
        List<Token> t = w.t;
        int a = end;
        while (a > 0) {
            Token p = t.get(a - 1);
            boolean name = p.word() && p.cap() && !NAME_STOP.contains(p.fold());
            boolean dash = p.text().equals("-") && a < end && a - 2 >= 0 && t.get(a - 2).word() && t.get(a - 2).cap();
            if (name || dash) a--;
            else break;
        }
        return a < end && t.get(a).text().equals("-") ? a + 1 : a;
    }

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
    int nameStartBeforeKeyword(List<Token> t) {
        for (int i = 1; i < t.size(); i++) if (keywordAt(t, i) > 0) return i;
        return t.size();
    }

    /** The corridor kind a common noun names ("railway" -> railway), or null. */
    static String nounKind(String noun) {
        String k = corridorKind(noun);
        return k.equals("corridor") && !noun.equals("corridor") ? null : k;
    }

    private static String corridorKind(String keyword) {
        if (keyword.contains("rail")) return "railway";
        if (keyword.contains("pipeline")) return "pipeline";
        if (keyword.endsWith("line") || keyword.endsWith("lines")) return "corridor"; // power / transmission line
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
        int known = 0;
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
            if (joined != null) { out.add(joined); known++; continue; }
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
                if ((e = m.first(Kind.STATE)) != null || (e = m.first(Kind.CAPITAL)) != null
                        || (e = m.first(Kind.PLACE)) != null) {
                    out.add(e.id());
                    known++;
                }
                continue;
            }
            if (p.size() == 1 && p.get(0).cap() && !p.get(0).digits() && !NOT_COMPONENT.contains(p.get(0).fold())
                    && !NAME_STOP.contains(p.get(0).fold())) {
                out.add("place:" + Text.slug(p.get(0).text()));
            }
        }
        // "the Shahid-Behesti terminal": two words no gazetteer knows may be a person's name, not two towns
        if (parts.size() == 2 && known == 0) return List.of();
        return out.size() >= 2 ? out : List.of();
    }

    private static String w_text(List<Token> t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && t.get(i).start() > t.get(i - 1).end()) sb.append(' ');
            sb.append(t.get(i).text());
        }
        return sb.toString();
    }
}

package org.diplograph.extract.recognize;

import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.annotate.Tokenizer;
import org.diplograph.extract.read.Text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's gazetteers (classpath {@code gazetteer/*.tsv|txt}) and a token trie to find their entries in text.
 * Loaded once per {@link Extractor}; immutable afterwards and safe to share between threads.
 */
public final class Gazetteer {

    /** What a gazetteer entry names. */
    public enum Kind { STATE, DEMONYM, CAPITAL, ORG, PLACE, CORRIDOR, PERSON, OFFICE, RANK, AGREEMENT }

    /**
     * One surface form.
     *
     * @param kind          what it names
     * @param id            entity id (state:IRN, org:sco, place:dushanbe, ...) or the canonical role for offices
     * @param caseSensitive acronyms and all-capital aliases must match exactly ("US", "SCO")
     * @param surface       the form as written in the gazetteer
     */
    public record Entry(Kind kind, String id, boolean caseSensitive, String surface) {}

    public record StateInfo(String iso3, String iso2, String name, List<String> aliases, List<String> demonyms,
                            String capital, List<String> capitalAliases) {
        public String id() {
            return "state:" + iso3;
        }
    }

    /** iso3: the state of a national company (orgs.tsv column 6), else null. */
    public record OrgInfo(String id, String acronym, String kind, String name, List<String> aliases, String iso3) {}

    public record PlaceInfo(String id, String name, String kind, String iso3, List<String> aliases) {}

    public record CorridorInfo(String id, String name, String kind, List<String> aliases) {}

    /** iso3: the state whose offices the person holds, or null. */
    public record PersonInfo(String id, String name, List<String> aliases, String iso3) {}

    /**
     * A match of entries over tokens {@code [from, to)}.
     */
    public record Match(int from, int to, List<Entry> entries) {
        public Entry first(Kind k) {
            for (Entry e : entries) if (e.kind() == k) return e;
            return null;
        }

        public boolean has(Kind k) {
            return first(k) != null;
        }
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<Entry> entries;
    }

    private final Node root = new Node();
    private final Map<String, StateInfo> states = new LinkedHashMap<>();
    private final Map<String, OrgInfo> orgs = new LinkedHashMap<>();
    private final Map<String, PlaceInfo> places = new LinkedHashMap<>();
    private final Map<String, CorridorInfo> corridors = new LinkedHashMap<>();
    private final Map<String, PersonInfo> persons = new LinkedHashMap<>();
    private final Map<String, String> stateOfCapital = new HashMap<>();
    private final Map<String, String> roles = new HashMap<>();
    private final Map<String, String[]> agreements = new HashMap<>();

    /** Loads every gazetteer from the classpath. */
    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (String[] f : rows("states.tsv")) {
            List<String> aliases = split(f, 3);
            List<String> demonyms = split(f, 4);
            List<String> caps = split(f, 5);
            StateInfo s = new StateInfo(f[0], f[1], f[2], aliases, demonyms, caps.isEmpty() ? null : caps.get(0),
                    caps);
            g.states.put(s.id(), s);
            g.add(Kind.STATE, s.id(), s.name());
            for (String a : aliases) g.add(Kind.STATE, s.id(), a);
            for (String d : demonyms) g.add(Kind.DEMONYM, s.id(), d);
            if (s.capital() != null) {
                String pid = "place:" + Text.slug(s.capital());
                g.places.put(pid, new PlaceInfo(pid, s.capital(), "city", s.iso3(), caps));
                g.stateOfCapital.put(pid, s.id());
                for (String c : caps) g.add(Kind.CAPITAL, pid, c);
            }
        }
        for (String[] f : rows("orgs.tsv")) {
            OrgInfo o = new OrgInfo(f[0], f[1].isEmpty() ? null : f[1], f[2], f[3], split(f, 4),
                    f.length > 5 && !f[5].isBlank() ? "state:" + f[5].strip() : null);
            g.orgs.put(o.id(), o);
            if (o.acronym() != null) g.add(Kind.ORG, o.id(), o.acronym());
            g.add(Kind.ORG, o.id(), o.name());
            for (String a : o.aliases()) g.add(Kind.ORG, o.id(), a);
        }
        for (String[] f : rows("places.tsv")) {
            String pid = "place:" + Text.slug(f[0]);
            PlaceInfo p = new PlaceInfo(pid, f[0], f[1], f.length > 2 && !f[2].isEmpty() ? f[2] : null, split(f, 3));
            g.places.put(pid, p);
            if (p.kind().equals("venue")) continue; // "the Kremlin said": found only where a rule reads it as a place
            g.add(Kind.PLACE, pid, p.name());
            for (String a : p.aliases()) g.add(Kind.PLACE, pid, a);
        }
        for (String[] f : rows("corridors.tsv")) {
            String cid = "corridor:" + Text.slug(f[0]);
            CorridorInfo c = new CorridorInfo(cid, f[0], f[1], split(f, 2));
            g.corridors.put(cid, c);
            g.add(Kind.CORRIDOR, cid, c.name());
            for (String a : c.aliases()) g.add(Kind.CORRIDOR, cid, a);
        }
        for (String[] f : rows("persons.tsv")) {
            String pid = "person:" + Text.personSlug(f[0]);
            PersonInfo p = new PersonInfo(pid, f[0], split(f, 1), f.length > 2 && !f[2].isBlank() ? f[2].strip() : null);
            g.persons.put(pid, p);
            g.add(Kind.PERSON, pid, p.name());
            for (String a : p.aliases()) g.add(Kind.PERSON, pid, a);
        }
        for (String[] f : rows("agreements.tsv")) {
            String aid = "agreement:" + Text.slug(f[0]);
            g.agreements.put(aid, new String[] {f[0], f[1]});
            g.add(Kind.AGREEMENT, aid, f[0]);
            for (String a : split(f, 2)) g.add(Kind.AGREEMENT, aid, a);
        }
        for (String line : lines("offices.txt")) {
            String[] parts = line.split("\\|");
            for (int i = 1; i < parts.length; i++) {
                g.add(Kind.OFFICE, parts[0].strip(), parts[i].strip());
                g.roles.put(Text.fold(parts[i].strip()), parts[0].strip());
            }
        }
        for (String line : lines("ranks.txt")) g.add(Kind.RANK, line.strip(), line.strip());
        return g;
    }

    private void add(Kind kind, String id, String surface) {
        if (surface == null || surface.isBlank()) return;
        List<String> keys = Tokenizer.keys(surface);
        if (keys.isEmpty()) return;
        Node n = root;
        for (String k : keys) n = n.next.computeIfAbsent(k, x -> new Node());
        if (n.entries == null) n.entries = new ArrayList<>(2);
        boolean cs = surface.length() <= 6 && Text.isAllUpper(surface) || kind == Kind.ORG && Text.isAllUpper(surface);
        for (int k = 0; k < n.entries.size(); k++) {
            Entry e = n.entries.get(k);
            if (e.kind() != kind || !e.id().equals(id)) continue;
            // "TASS" and its alias "Tass": the alias in any case after a capital covers the acronym too
            if (e.caseSensitive() && !cs) n.entries.set(k, new Entry(kind, id, false, surface));
            return;
        }
        n.entries.add(new Entry(kind, id, cs, surface));
    }

    /**
     * Longest match starting at token {@code i}, honouring case: case-sensitive entries must match exactly,
     * names must start with a capital letter (offices and ranks excepted). Null when nothing matches.
     */
    public Match match(List<Token> tokens, int i) {
        Node n = root;
        Match best = null;
        for (int j = i; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (j > i && !tokens.get(j - 1).word() && !t.word() && tokens.get(j - 1).end() != t.start()) break;
            n = n.next.get(t.fold());
            if (n == null) break;
            if (n.entries != null) {
                List<Entry> ok = new ArrayList<>(n.entries.size());
                for (Entry e : n.entries) if (caseOk(e, tokens, i, j + 1)) ok.add(e);
                if (!ok.isEmpty()) best = new Match(i, j + 1, ok);
            }
        }
        return best;
    }

    private static boolean caseOk(Entry e, List<Token> tokens, int from, int to) {
        if (e.caseSensitive()) {
            StringBuilder b = new StringBuilder();
            for (int k = from; k < to; k++) b.append(tokens.get(k).text());
            return b.toString().equals(e.surface().replace(" ", ""));
        }
        if (e.kind() == Kind.OFFICE || e.kind() == Kind.RANK) return true;
        Token first = tokens.get(from);
        if (first.word()) return first.cap() || first.digits() || first.text().equals("al");
        return to - from > 1 && tokens.get(from + 1).cap();
    }

    public StateInfo state(String id) {
        return states.get(id);
    }

    public OrgInfo org(String id) {
        return orgs.get(id);
    }

    public PlaceInfo place(String id) {
        return places.get(id);
    }

    public CorridorInfo corridor(String id) {
        return corridors.get(id);
    }

    public PersonInfo person(String id) {
        return persons.get(id);
    }

    /** The state whose capital is this place, or null. */
    public String stateOfCapital(String placeId) {
        return stateOfCapital.get(placeId);
    }

    /** A state's organ opens its id with the state's code ("org:irn-supreme-national-security-council"). */
    private static final java.util.regex.Pattern ORGAN = java.util.regex.Pattern.compile("org:([a-z]{3})-.+");

    /** The state whose organ this organisation id names ("org:irn-..." is Iran's), or null. */
    public String stateOfOrgan(String orgId) {
        java.util.regex.Matcher m = ORGAN.matcher(orgId);
        if (!m.matches()) return null;
        String state = "state:" + m.group(1).toUpperCase(java.util.Locale.ROOT);
        return states.containsKey(state) ? state : null;
    }

    /** Canonical role of an office surface form, or null. */
    public String role(String surface) {
        return roles.get(Text.fold(surface));
    }

    /** Title and kind of a named agreement of the gazetteer, or null. */
    public String[] agreement(String id) {
        return agreements.get(id);
    }

    public Map<String, PersonInfo> persons() {
        return persons;
    }

    public Map<String, StateInfo> states() {
        return states;
    }

    public Map<String, OrgInfo> orgs() {
        return orgs;
    }

    private static List<String> split(String[] f, int i) {
        List<String> out = new ArrayList<>();
        if (f.length <= i || f[i].isBlank()) return out;
        for (String s : f[i].split("\\|")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    private static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(name)) out.add(line.split("\t", -1));
        return out;
    }

    private static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/" + name)) {
            if (in == null) throw new IllegalStateException("gazetteer missing from classpath: " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

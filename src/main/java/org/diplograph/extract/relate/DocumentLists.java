package org.diplograph.extract.relate;

import org.diplograph.extract.read.Text;
import org.diplograph.extract.recognize.Mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Relation;

/**
 * Relate, across sentences: the list of documents that follows a signed package ("A and B signed eight documents.
 * These include: - the Plan for ..., - Memorandum of Understanding on ..."). Each listed title becomes an agreement
 * with the package's parties (rule {@code document-list}). A list is read only where the text announces one (a line
 * ending in a colon, "include", "as follows", "the following") within three sentences of the package, and it ends at
 * the first line that is not a title. Procedural, so code rather than a rule file: it reads line shapes, not grammar.
 */
public final class DocumentLists {
    private DocumentLists() {}

    private static final Pattern BULLET = Pattern.compile("^[\\s\\-\u2013\u2014\u2022*\u00b7]*(?:\\(?\\d{1,2}[.)]\\s+)?");
    private static final Pattern ANNOUNCE = Pattern.compile("(?i)(:\\s*$|\\binclud(e|es|ed|ing)\\b|\\bas follows\\b|"
            + "\\bthe following\\b|\\blist of\\b)");
    /** A title's head word, capitalised as titles are. */
    private static final Pattern HEAD = Pattern.compile("\\b(Agreements?|Memorand(?:um|a)|MoUs?|MOUs?|Protocols?|"
            + "Plan|Programme|Program|Declaration|Treaty|Convention|Letters|Roadmap|Road Map|Contracts?|Accord|"
            + "Statement|Charter|[Ll]etters?|Arrangement|Communiqué|Communique)\\b");
    /** In a bulleted line the list says it is a title, so its head may be lower case ("- Comprehensive program of ..."). */
    private static final Pattern HEAD_BULLETED = Pattern.compile("(?i)\\b(agreements?|memorand(?:um|a)|mous?|protocols?|"
            + "plan|programme|program|declaration|treaty|convention|letters?|roadmap|road map|contracts?|accord|"
            + "statement|charter|arrangement|communiqué|communique)\\b");
    private static final Pattern TAIL = Pattern.compile("(?i)[\\s,;.]*(\\band\\b|\\brespectively\\b|[\\s,;.])*$");
    private static final Set<String> PROSE_STARTS = Set.of("the", "it", "they", "he", "she", "we", "this", "these",
            "those", "in", "on", "at", "during", "after", "before", "earlier", "later", "furthermore", "also", "both",
            "a", "an", "according", "meanwhile", "moreover", "however");
    private static final int MAX_ITEM_WORDS = 40;
    private static final int TITLE_WORDS = 24;
    /** A bulleted item is a title to its end, and official titles name both parties before the topic. */
    private static final int BULLETED_TITLE_WORDS = 36;

    public static void apply(List<Relator.Analysed> analysed, DocBuilder b, String docId) {
        Map<String, List<Relation>> packages = new LinkedHashMap<>();
        for (Relation r : b.relations(docId)) {
            if (r.type().equals("PARTY_TO") && r.target().startsWith("agreement:package-")
                    && r.source().startsWith("state:")) {
                packages.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(r);
            }
        }
        Set<Integer> read = new java.util.HashSet<>();
        for (List<Relation> parties : packages.values()) {
            int at = sentenceOf(analysed, parties.get(0).evidence().get(0));
            if (at < 0) continue;
            int announced = -1;
            for (int i = at; i < Math.min(analysed.size(), at + 4) && announced < 0; i++) {
                if (ANNOUNCE.matcher(analysed.get(i).sentence().text()).find()) announced = i;
            }
            if (announced < 0) continue;
            read.add(announced);
            List<String> states = new ArrayList<>();
            for (Relation p : parties) states.add(p.source());
            items(analysed, b, announced, states, parties.get(0).properties(), 1);
        }
        // "both sides oversaw the signing of a number of memoranda, including the following:", "The parties signed:":
        // a signing with no count announces the list; its parties are the states the sentence names, else the pair the
        // article is about
        for (int i = 0; i < analysed.size(); i++) {
            String x = analysed.get(i).sentence().text();
                if (read.contains(i) || !ANNOUNCE.matcher(x).find() || !SIGNING.matcher(x).find()) continue;
            List<String> states = statesIn(analysed.get(i));
            if (states.size() < 2) states = mainPair(analysed, i);
            if (states.size() >= 2) items(analysed, b, i, states, Map.of(), 2);
        }
    }

    private static final Pattern SIGNING = Pattern.compile("(?i)\\b(sign(ed|ing)?|ink(ed)?|conclud(ed|ing)|exchang(e|ed))\\b");

    /** Reads the list after sentence {@code announced} when at least {@code least} lines are titles. */
    private static void items(List<Relator.Analysed> analysed, DocBuilder b, int announced, List<String> states,
                              Map<String, Object> props, int least) {
        List<String> titles = new ArrayList<>();
        for (int i = announced + 1; i < analysed.size(); i++) {
            String title = title(analysed.get(i).sentence().text());
            if (title == null) break;
            titles.add(title);
        }
        if (titles.size() < least) return;
        for (int i = 0; i < titles.size(); i++) add(b, analysed.get(announced + 1 + i), titles.get(i), states, props);
    }

    private static List<String> statesIn(Relator.Analysed a) {
        List<String> out = new ArrayList<>();
        for (Mention m : a.mentions()) if (m.type == Mention.Type.STATE && !out.contains(m.id)) out.add(m.id);
        return out;
    }

    /**
     * The two states named up to sentence {@code upTo} when they are the only ones, else the two named most often when
     * the second is named twice and no third comes close (else none).
     */
    static List<String> mainPair(List<Relator.Analysed> analysed, int upTo) {
        return pair(analysed, upTo, true);
    }

    /**
     * The two states named most often, when a third is named less often than the second (for sentences that say
     * "the two countries" themselves), else none.
     */
    static List<String> leadingPair(List<Relator.Analysed> analysed, int upTo) {
        return pair(analysed, upTo, false);
    }

    /**
     * The n states named most often up to sentence {@code upTo}, each at least twice, when the next is named less often
     * than the n-th (for "the three leaders signed ..."), else none.
     */
    static List<String> leadingGroup(List<Relator.Analysed> analysed, int upTo, int n) {
        List<Map.Entry<String, Integer>> top = mostNamed(analysed, upTo);
        if (top.size() < n || top.get(n - 1).getValue() < 2
                || top.size() > n && top.get(n).getValue() >= top.get(n - 1).getValue()) return List.of();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(top.get(i).getKey());
        return out;
    }

    /** The states named up to sentence {@code upTo}, most named first (in order of first mention among equals). */
    private static List<Map.Entry<String, Integer>> mostNamed(List<Relator.Analysed> analysed, int upTo) {
        Map<String, Integer> n = new LinkedHashMap<>();
        for (int i = 0; i <= upTo; i++) {
            for (Mention m : analysed.get(i).mentions()) if (m.type == Mention.Type.STATE) n.merge(m.id, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> top = new ArrayList<>(n.entrySet());
        top.sort((p, q) -> q.getValue() - p.getValue());
        return top;
    }

    private static List<String> pair(List<Relator.Analysed> analysed, int upTo, boolean clear) {
        List<Map.Entry<String, Integer>> top = mostNamed(analysed, upTo);
        if (top.size() < 2 || top.size() > 2 && (top.get(1).getValue() < 2 || (clear
                ? top.get(2).getValue() * 2 > top.get(1).getValue() : top.get(2).getValue() >= top.get(1).getValue()))) {
            return List.of();
        }
        return List.of(top.get(0).getKey(), top.get(1).getKey());
    }

    /** The title a list line gives, or null when the line is prose. */
    static String title(String line) {
        Matcher bm = BULLET.matcher(line);
        String x = bm.lookingAt() ? line.substring(bm.end()) : line;
        x = x.strip();
        // '- "Roadmap" for the development of ...': a quoted head word
        if (x.startsWith("\"") || x.startsWith("\u201c")) x = x.substring(1).replaceFirst("^(\\p{L}+)[\"\u201d]", "$1");
        if (x.isEmpty() || !Character.isUpperCase(x.charAt(0)) && !x.startsWith("the ")) return null;
        String[] words = x.split("\\s+");
        boolean bulleted = bm.end() > 0 && line.substring(0, bm.end()).strip().length() > 0;
        if (words.length > (bulleted ? 2 * MAX_ITEM_WORDS : MAX_ITEM_WORDS)) return null;
        String first = words[0].toLowerCase(Locale.ROOT);
        if (!bulleted && (PROSE_STARTS.contains(first) || x.endsWith("."))) return null;
        Matcher h = (bulleted ? HEAD_BULLETED : HEAD).matcher(x);
        if (!h.find() || x.substring(0, h.start()).split("\\s+").length > 10) return null;
        x = TAIL.matcher(x).replaceAll("");
        x = x.replaceFirst("^(the|An?) ", "");
        String[] w = x.split("\\s+");
        int most = bulleted ? BULLETED_TITLE_WORDS : TITLE_WORDS;
        if (w.length > most) x = String.join(" ", Arrays.copyOf(w, most));
        return x;
    }

    private static void add(DocBuilder b, Relator.Analysed a, String title, List<String> parties, Map<String, Object> partyProps) {
        Evidence ev = a.evidence();
        String id = "agreement:" + Text.slug(title);
        Set<String> inside = new LinkedHashSet<>();
        for (Mention m : a.mentions()) if (m.type == Mention.Type.AGREEMENT && !m.id.equals(id)) inside.add(m.id);
        Map<String, Object> props = new TreeMap<>();
        props.put("title", title);
        props.put("kind", kind(title));
        b.entity(id, "Agreement", title, title, props, "document-list", ev, true);
        for (String p : parties) {
            b.relation("PARTY_TO", p, id, partyProps, new Evidence(ev.quote(), ev.start(), ev.end(), "document-list"));
        }
        for (String other : inside) b.removeIfUnrelated(other);
    }

    private static String kind(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        if (t.contains("memorand") || t.matches(".*\\bmous?\\b.*")) return "mou";
        if (t.contains("treaty") || t.contains("convention") || t.contains("charter")) return "treaty";
        if (t.contains("declaration") || t.contains("statement")) return "joint-statement";
        if (t.contains("roadmap") || t.contains("road map")) return "roadmap";
        return "other";
    }

    private static int sentenceOf(List<Relator.Analysed> analysed, Evidence ev) {
        for (int i = 0; i < analysed.size(); i++) {
            Evidence s = analysed.get(i).evidence();
            if (ev.start() >= s.start() && ev.start() < s.end()) return i;
        }
        return -1;
    }
}

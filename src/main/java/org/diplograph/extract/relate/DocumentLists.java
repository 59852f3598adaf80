package org.diplograph.extract.relate;

import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.read.Text;
import org.diplograph.extract.recognize.Mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
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
        Set<Integer> read = new HashSet<>();
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
        // "... agreements and memoranda were signed. Key documents include:": the signing may be the sentence before
        for (int i = 0; i < analysed.size(); i++) {
            String x = analysed.get(i).sentence().text();
            if (read.contains(i) || !ANNOUNCE.matcher(x).find() || !(SIGNING.matcher(x).find()
                    || i > 0 && x.length() < 60 && SIGNING.matcher(analysed.get(i - 1).sentence().text()).find())) continue;
            List<String> states = statesIn(analysed.get(i));
            if (states.size() < 2) states = mainPair(analysed, i);
            if (states.size() < 2) states = List.of(); // each item then names its own parties, or is none
            items(analysed, b, i, states, Map.of(), 2);
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
        for (int i = 0; i < titles.size(); i++) {
            Relator.Analysed item = analysed.get(announced + 1 + i);
            List<String> parties = new ArrayList<>(states);
            for (String p : between(item, states)) if (!parties.contains(p)) parties.add(p);
            if (!parties.isEmpty()) add(b, item, titles.get(i), parties, props);
        }
    }

    /** "the government of Qatar" is Qatar. */
    private static final Set<String> GOVERNMENT = Set.of("government", "governments", "cabinet");

    /** Words that end the parties after "between" (the topic or the place follows). */
    private static final Set<String> AFTER_PARTIES = Set.of("on", "for", "in", "regarding", "concerning", "to", "about");

    /**
     * The states and organisations an item names after "between" ("- Memorandum ... between Kazakhstan's Ministry of
     * Transport and Iran's Ministry of Roads and Urban Development"), up to the topic; none without "between".
     */
    private static List<String> between(Relator.Analysed a, List<String> pair) {
        List<Token> t = a.sentence().tokens();
        int k = 0;
        while (k < t.size() && !t.get(k).is("between")) k++;
        List<String> out = new ArrayList<>();
        if (k == t.size()) return out;
        Set<Mention> parents = new HashSet<>();
        int end = t.size();
        for (int j = k + 1; j < t.size(); j++) {
            final int at = j;
            boolean inside = a.mentions().stream().anyMatch(m -> m.from <= at && at < m.to);
            if (!inside && AFTER_PARTIES.contains(t.get(j).fold())) { end = j; break; }
        }
        Mention last = null;
        for (Mention m : a.mentions().stream().sorted(Comparator.comparingInt((Mention x) -> x.from)).toList()) {
            if (m.from <= k || m.to > end || m.type != Mention.Type.STATE && m.type != Mention.Type.ORG) continue;
            // "the Institute of ... of the National Academy of Sciences of Tajikistan": what a party is "of" or "under"
            // is not a party of its own (nor what is coordinated with it: "of Kazakhstan and Iran")
            int before = m.from - 1 >= 0 && t.get(m.from - 1).is("the") ? m.from - 2 : m.from - 1;
            boolean parent = before > k && (t.get(before).is("of") && !GOVERNMENT.contains(t.get(before - 1).fold())
                        || t.get(before).is("under"))
                    || before > k && t.get(before).is("and") && last != null && parents.contains(last) && last.type == m.type;
            last = m;
            if (parent) { parents.add(m); continue; }
            if (out.contains(m.id)) continue;
            // "Qatar Investment Promotion Agency": the state inside an organisation's name is not a party of its own
            boolean inOrg = m.type == Mention.Type.STATE && a.mentions().stream()
                    .anyMatch(o -> o.type == Mention.Type.ORG && o.from <= m.from && m.to <= o.to);
            if (!inOrg) out.add(m.id);
        }
        // "between the Ministries of Foreign Affairs of Kazakhstan and Iran": the two ministries
        for (PluralOrgans.Organ o : PluralOrgans.in(a, k + 1, end, pair)) if (!out.contains(o.id())) out.add(o.id());
        return out;
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
        // an agreement the line names is a fragment of its title (what the line said of it is the title's), unless the
        // title refers to it ("Protocol Amending the Agreement on International Road Transport ...")
        List<Token> t = a.sentence().tokens();
        Set<String> inside = new LinkedHashSet<>(), fragments = new LinkedHashSet<>();
        for (Mention m : a.mentions()) {
            if (m.type != Mention.Type.AGREEMENT || m.id.equals(id)) continue;
            inside.add(m.id);
            boolean referred = false;
            for (int k = Math.max(0, m.from - 2); k < m.from; k++) referred |= REFERRING.contains(t.get(k).fold());
            if (!referred) fragments.add(m.id);
        }
        Map<String, Object> props = new TreeMap<>();
        props.put("title", title);
        props.put("kind", kind(title));
        b.entity(id, "Agreement", title, title, props, "document-list", ev, true);
        for (String p : parties) {
            b.relation("PARTY_TO", p, id, partyProps, new Evidence(ev.quote(), ev.start(), ev.end(), "document-list"));
        }
        for (String other : fragments) b.dropEvidenceIn(other, ev.start(), ev.end());
        for (String other : inside) b.removeIfUnrelated(other);
    }

    /** Words before an agreement's name in a title that refer to another document. */
    private static final Set<String> REFERRING = Set.of("amending", "amend", "amendment", "amendments", "to", "under",
            "of", "implementing", "extending", "extension");

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

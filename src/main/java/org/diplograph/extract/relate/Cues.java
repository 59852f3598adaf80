package org.diplograph.extract.relate;

import org.diplograph.extract.rules.Lexicon;
import org.diplograph.extract.annotate.DateParser;
import org.diplograph.extract.annotate.Sentence;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.recognize.Mention;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.diplograph.extract.relate.Relator.Analysed;
import org.diplograph.facts.Evidence;

/**
 * Token-position cues shared by the sentence rules of {@link Relator}: words near a trigger, lists, reported speech,
 * "in <place>", the date of a trigger and the evidence of a rule. Stateless.
 */
final class Cues {

    private Cues() {}

    /** Words that negate or cancel the statement after them ("did not meet", "postponed the visit"). */
    /**
     * Hedges: what could, might or may happen did not ("could connect", "may join", "potentially linking"). "Would" and
     * "will" are not here: "the railway would link Russia and Iran" describes a planned route, and the annotators write it.
     */
    static final Set<String> HEDGES = Lexicon.words("hedge");

    static final Set<String> NEGATION = Lexicon.words("negation");

    /** "X's": an apostrophe and "s" right after token {@code end} - 1 (straight or curly). */
    static boolean possessive(List<Token> t, int end) {
        return end + 1 < t.size() && (t.get(end).text().equals("'") || t.get(end).text().equals("\u2019"))
                && t.get(end + 1).is("s");
    }

    /** The first token from token from on that is one of words, else -1. */
    /** "(should) be signed", "to be signed": a signing word at i after "be" says what is to happen, not what did. */
    static boolean afterBe(List<Token> t, int i) {
        return i > 0 && t.get(i - 1).is("be");
    }

    static int indexOf(List<Token> t, Set<String> words, int from) {
        for (int i = from; i < t.size(); i++) if (words.contains(t.get(i).fold())) return i;
        return -1;
    }

    /** One of words among the tokens from..to (exclusive). */
    static boolean between(List<Token> t, int from, int to, Set<String> words) {
        for (int i = Math.max(0, from); i < to && i < t.size(); i++) if (words.contains(t.get(i).fold())) return true;
        return false;
    }

    /** One of words among the window tokens before token k, not inside a hyphenated word ("back-to-back"). */
    static boolean near(List<Token> t, int k, Set<String> words, int window) {
        for (int i = Math.max(0, k - window); i < k; i++) {
            if (words.contains(t.get(i).fold()) && !(i > 0 && i + 1 < t.size() && t.get(i - 1).text().equals("-")
                    && t.get(i + 1).text().equals("-"))) return true;
        }
        return false;
    }

    /** As {@link #near}, counting words only: "will hold \"in-depth\" talks" has "will" three words before "talks". */
    static boolean nearWords(List<Token> t, int k, Set<String> words, int window) {
        int seen = 0;
        for (int i = k - 1; i >= 0 && seen < window; i--) {
            if (!t.get(i).word()) continue;
            seen++;
            if (words.contains(t.get(i).fold())) return true;
        }
        return false;
    }

    /** "accompanied by", "accompanied on the trip by": the index of "by" within four words after i and before limit, else -1. */
    static int byAfter(List<Token> t, int i, int limit) {
        int by = i + 1;
        while (by < limit && by <= i + 4 && t.get(by).word() && !t.get(by).is("by")) by++;
        return by < limit && t.get(by).is("by") ? by : -1;
    }

    /** The first mention of the type, else null. */
    static Mention first(List<Mention> ms, Mention.Type type) {
        for (Mention m : ms) if (m.type == type) return m;
        return null;
    }

    /** The mention starting at token from, else null. */
    static Mention mentionAt(List<Mention> ms, int from) {
        for (Mention m : ms) if (m.from == from) return m;
        return null;
    }

    /** A headline or section title: short, no closing punctuation. It repeats the text and states no relation. */
    static boolean heading(Sentence s) {
        String x = s.text().strip();
        char c = x.isEmpty() ? '.' : x.charAt(x.length() - 1);
        if (c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')') return false;
        return x.split("\\s+").length <= 16;
    }

    private static final Set<String> LIST_MARKERS = Lexicon.words("list-markers");

    /** A person named in a list ("included A, B and C", "such as A"): the list states nothing about them. */
    static boolean listed(List<Token> t, Mention m, List<Mention> ms) {
        int i = m.from - 1;
        while (i >= 0) {
            String f = t.get(i).fold();
            if (LIST_MARKERS.contains(f) || f.equals("as") && i > 0 && t.get(i - 1).is("such")) return true;
            if (f.equals(",") || f.equals("and")) { i--; continue; }
            Mention prev = null;
            for (Mention x : ms) if (x.to == i + 1 && x.type == Mention.Type.PERSON) prev = x;
            if (prev == null) return false;
            i = prev.from - 1;
        }
        return false;
    }

    /** "..., where he met with X": "he" or "she" right before the verb at k, after "where" or "when". */
    static boolean relativePronoun(List<Token> t, int k) {
        return k >= 2 && (t.get(k - 1).is("he") || t.get(k - 1).is("she")) && (t.get(k - 2).is("where") || t.get(k - 2).is("when"));
    }

    /**
     * "the meeting between Mirzoyan and Bayramov, Aliyev on Tuesday went on ...": the persons after k, among those
     * given, up to the first one after an "and" (the end of the list).
     */
    static List<String> listUpToAnd(List<Token> t, List<Mention> mentions, int k, List<String> among) {
        List<String> listed = new java.util.ArrayList<>();
        for (Mention m : mentions) {
            if (m.type != Mention.Type.PERSON || m.from <= k || !among.contains(m.id) || listed.contains(m.id)) continue;
            listed.add(m.id);
            if (m.from >= 1 && t.get(m.from - 1).is("and")) break;
        }
        return listed;
    }

    /** "he" or "she" before token before: the subject is the person named last. */
    static boolean pronounSubject(List<Token> t, int before) {
        for (int i = 0; i < before && i < t.size(); i++) {
            String f = t.get(i).fold();
            if (f.equals("he") || f.equals("she")) return true;
        }
        return false;
    }

    private static final Set<String> RELATIVE = Set.of("whose", "which", "who", "consisting", "comprising",
            "including", "founded", "made", "where");

    /** Inside ", whose members are A, B and C," before the verb: not a subject of the verb. */
    static boolean parenthetical(List<Token> t, int i, int k) {
        for (int j = i - 1; j > 0; j--) {
            if (RELATIVE.contains(t.get(j).fold()) && t.get(j - 1).text().equals(",")) {
                for (int e = i + 1; e < k; e++) if (t.get(e).text().equals(",")) return true;
                return false;
            }
        }
        return false;
    }

    private static final Set<String> REPORTING = Lexicon.words("reporting");

    /**
     * "President Xi's special envoy Zheng attended": a person named as the one another stands in for (or writes for) is
     * not there himself.
     */
    static boolean represented(List<Token> t, Mention m) {
        if (m.to + 1 >= t.size() || !t.get(m.to).text().matches("['\u2019]") || !t.get(m.to + 1).is("s")) return false;
        for (int i = m.to + 2; i < Math.min(t.size(), m.to + 5); i++) {
            if (PROXIES.contains(t.get(i).fold())) return true;
        }
        return false;
    }

    private static final Set<String> PROXIES = Set.of("envoy", "representative", "spokesman", "spokeswoman",
            "spokesperson", "adviser", "advisor", "aide", "aides", "office", "administration", "letter", "message",
            "wife", "son", "daughter", "emissary", "deputy");

    /** "X said Tashkent and Kabul signed ...": X reports the fact, X is not its subject. */
    static boolean reported(List<Token> t, Mention m, int k) {
        for (int i = m.to; i < k && i < t.size(); i++) {
            if (REPORTING.contains(t.get(i).fold()) && !between(t, i + 1, Math.min(i + 4, k),
                    Set.of("after", "before", "following", "during", "at", "while", "when", "upon"))) return true;
        }
        return false;
    }

    private static final Map<String, Integer> GROUP_COUNT = Map.of("both", 2, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6);

    /**
     * "the three leaders", "both presidents", "the two ministers" before token k (from token from): the group's size,
     * else 0. noun is one of nouns.
     */
    static int groupSize(List<Token> t, int from, int k, Set<String> nouns) {
        for (int i = Math.max(from, 0); i + 1 < k; i++) {
            Integer n = GROUP_COUNT.get(t.get(i).fold());
            if (n == null) continue;
            if (nouns.contains(t.get(i + 1).fold())) return n;
        }
        return 0;
    }

    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "port", "capital", "resort", "village",
            "region", "province", "district", "oblast", "enclave", "exclave", "hub", "suburb", "outskirts");

    /**
     * m is a place introduced by "in": "in Termez", or "in the Uzbek border city of Termez", "in Turkmenistan's Caspian
     * resort of Avaza".
     */
    /** "in Ankara", or "at/in (the) <venue>": where an event at a venue took place. */
    static boolean atOrIn(List<Token> t, Mention m) {
        if (locIn(t, m)) return true;
        if (m.from >= 1 && t.get(m.from - 1).is("at")) return true;
        return m.from >= 2 && t.get(m.from - 1).is("the") && (t.get(m.from - 2).is("at") || t.get(m.from - 2).is("in"));
    }

    static boolean locIn(List<Token> t, Mention m) {
        if (m.from < 1) return false;
        if (t.get(m.from - 1).is("in")) return true;
        // "in the Cairo suburb of Heliopolis": the city a suburb is of
        if (m.from >= 2 && t.get(m.from - 1).is("the") && t.get(m.from - 2).is("in") && m.to < t.size()
                && (t.get(m.to).is("suburb") || t.get(m.to).is("outskirts"))) return true;
        // "in the capital Ankara", "in the Kazakh capital Astana"
        if (t.get(m.from - 1).is("capital") || t.get(m.from - 1).is("city")) {
            for (int i = m.from - 2; i >= Math.max(0, m.from - 5); i--) {
                if (t.get(i).is("in") || t.get(i).is("to")) return true;
                if (!t.get(i).word()) return false;
            }
            return false;
        }
        if (!t.get(m.from - 1).is("of") || m.from < 3 || !PLACE_NOUNS.contains(t.get(m.from - 2).fold())) return false;
        for (int i = m.from - 3; i >= Math.max(0, m.from - 9); i--) {
            if (t.get(i).is("in") || t.get(i).is("to")) return true;
            if (t.get(i).text().equals(",") || Set.of("and", "which", "who", "where").contains(t.get(i).fold())) return false;
        }
        return false;
    }

    private static final Set<String> CLAUSE_BREAK = Set.of("following", "after", "since", "before", "while",
            "whereas", "unlike", "until", "compared", "previous", "previously", "earlier");

    /** The date closest to the trigger token (within 12 tokens), or one opening the sentence ("On January 17, ..."). */
    static DateParser.DateValue date(Analysed a, int k) {
        List<Token> t = a.sentence().tokens();
        DateParser.DateValue best = null;
        int bestDist = Integer.MAX_VALUE;
        int at = t.get(Math.min(k, t.size() - 1)).start();
        for (DateParser.DateValue d : a.dates()) {
            int tokens = 0;
            int lo = Math.min(at, d.start());
            int hi = Math.max(at, d.end());
            for (Token x : t) if (x.start() >= lo && x.end() <= hi) tokens++;
            boolean opening = d.start() - a.sentence().start() <= 3;
            boolean clauseBreak = false;
            for (Token x : t) {
                if (x.start() >= lo && x.end() <= hi && CLAUSE_BREAK.contains(x.fold())) clauseBreak = true;
            }
            boolean only = a.dates().size() == 1 && !clauseBreak;
            if ((tokens <= 14 && !clauseBreak || opening || only) && tokens < bestDist) {
                best = d;
                bestDist = tokens;
            }
        }
        return best;
    }

    /** The date's properties for a relation or an event (a new, mutable map; empty without a date). */
    static Map<String, Object> dateProps(DateParser.DateValue d) {
        return d == null ? new TreeMap<>() : new TreeMap<>(d.props());
    }

    /** The sentence as evidence of the rule. */
    static Evidence ev(Analysed a, String rule) {
        Evidence e = a.evidence();
        return new Evidence(e.quote(), e.start(), e.end(), rule);
    }

    /** Nouns for signed documents that a participle "signed" may qualify. */
    private static final Set<String> DOCUMENTS = Set.of("agreements", "documents", "deals", "memorandums", "memoranda",
            "mous", "contracts", "treaties", "accords", "protocols");

    /**
     * "implement the agreements signed between the two countries", "A framework agreement signed between Türkiye and
     * Iraq constitutes ...": the "signed" at {@code k} follows the documents it qualifies.
     */
    static boolean qualifiesDocuments(Relator.Analysed a, List<Token> t, int k) {
        if (!t.get(k).is("signed") || k == 0) return false;
        if (DOCUMENTS.contains(t.get(k - 1).fold())) return true;
        for (Mention m : a.mentions()) if (m.type == Mention.Type.AGREEMENT && m.to == k) return true;
        return false;
    }

    /**
     * "New Delhi: Prime Minister Modi and ... met": a city in mixed case before a colon or dash opening the sentence is a
     * dateline, the desk's as often as the venue's (the talks were in Ahmedabad), so no venue by itself.
     */
    static boolean mixedCaseDateline(List<Token> t, Mention m) {
        if (m.from != 0 || m.to >= t.size()) return false;
        String next = t.get(m.to).text();
        boolean mark = next.equals(":") || next.equals("-") || next.equals("\u2013") || next.equals("\u2014");
        return mark && t.get(0).text().chars().anyMatch(Character::isLowerCase);
    }
}

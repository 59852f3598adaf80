package org.diplograph.extract.relate;

import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.read.Text;
import org.diplograph.extract.recognize.Mention;
import org.diplograph.facts.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Relate, one sentence: one name for two states' organs ("the Ministries of Foreign Affairs of Kazakhstan and Iran",
 * "the foreign ministries of Iran and Qatar", "the agriculture ministries of Kyrgyzstan and Tajikistan") is one
 * Organization per state ({@code org:<iso3>-foreign-ministry}, {@code org:<iso3>-ministry-of-<topic>}; rule
 * {@code org-plural}). Procedural, as no mention can stand for two entities over one span: the organs are read here
 * from the states the text names after "of", and {@link DocumentLists} takes them as an item's parties.
 */
public final class PluralOrgans {
    private PluralOrgans() {}

    /** One organ: its id and its name. */
    record Organ(String id, String name) {}

    private static final Set<String> FOREIGN = Set.of("foreign", "external");

    /** Words after "of" that say the organs are the article's two states' ("of both nations"). */
    private static final Set<String> PAIR_NOUNS = Set.of("nations", "countries", "sides", "states", "governments");

    /**
     * The organs a plural name in tokens [from, to) of the sentence stands for, in text order: of the two states named
     * after it, else, when the text says they are the two sides' ("of both nations", "both nations' Ministries of ...",
     * "the respective Ministries of Transport", "between the foreign ministries"), of the article's {@code pair}.
     */
    static List<Organ> in(Relator.Analysed a, int from, int to, List<String> pair) {
        List<Token> t = a.sentence().tokens();
        List<Organ> out = new ArrayList<>();
        for (int i = Math.max(0, from); i < Math.min(to, t.size()); i++) {
            if (!t.get(i).is("ministries")) continue;
            String topic = null;
            int after = i + 1; // the token after the name
            if (i + 1 < t.size() && t.get(i + 1).is("of")) {
                // "Ministries of Foreign Affairs of A and B", "the ministries of culture": the topic runs to an "of" or
                // the end of the name
                int k = i + 2;
                List<String> words = new ArrayList<>();
                while (k < t.size() && !t.get(k).is("of") && t.get(k).word() && (t.get(k).cap() == t.get(i).cap()
                        || t.get(k).is("and")) && !STOP.contains(t.get(k).fold()) && words.size() < 6) {
                    words.add(t.get(k).text());
                    k++;
                }
                while (!words.isEmpty() && words.get(words.size() - 1).equals("and")) { words.remove(words.size() - 1); k--; }
                if (!words.isEmpty()) { topic = String.join(" ", words); after = k; }
            }
            if (topic == null && i > 0 && t.get(i - 1).word() && !t.get(i - 1).cap() && !STOP.contains(t.get(i - 1).fold())) {
                topic = t.get(i - 1).text(); // "the foreign ministries", "the agriculture ministries"
            }
            if (topic == null) continue;
            List<String> states = new ArrayList<>();
            if (after < t.size() && t.get(after).is("of")) for (Mention m : statesAfter(a, after + 1)) states.add(m.id);
            if (states.size() != 2 && pair.size() == 2 && pairCue(t, i, after)) states = pair;
            if (states.size() != 2) continue;
            String key = topic.toLowerCase(Locale.ROOT);
            boolean foreign = FOREIGN.contains(key) || key.equals("foreign affairs") || key.equals("external affairs");
            String name = foreign ? "Ministry of Foreign Affairs" : "Ministry of " + capitalised(topic);
            for (String s : states) {
                String iso = s.substring(6).toLowerCase(Locale.ROOT);
                out.add(new Organ("org:" + iso + "-" + (foreign ? "foreign-ministry" : Text.slug(name)), name));
            }
        }
        return out;
    }

    /** Words that are no topic of a ministry. */
    private static final Set<String> STOP = Set.of("the", "two", "both", "respective", "their", "relevant", "other", "and",
            "of", "between", "all", "various", "several", "key", "line", "concerned", "these", "those", "its", "in", "on",
            "for", "to", "at", "with", "under", "from", "by", "said", "says", "are", "were", "have", "has", "will");

    /** "of both nations" after the name, "both nations'", "the two countries'", "respective" or "between" before it. */
    private static boolean pairCue(List<Token> t, int i, int after) {
        if (after + 2 < t.size() && t.get(after).is("of") && (t.get(after + 1).is("both") || t.get(after + 1).is("the")
                && t.get(after + 2).is("two")) && PAIR_NOUNS.contains(t.get(after + 2 + (t.get(after + 1).is("the") ? 1 : 0)).fold())) {
            return true;
        }
        for (int k = Math.max(0, i - 5); k < i; k++) {
            if (t.get(k).is("respective") || t.get(k).is("between") && k >= i - 3) return true;
            if ((t.get(k).is("both") || t.get(k).is("two")) && k + 1 < i && PAIR_NOUNS.contains(t.get(k + 1).fold())) return true;
        }
        return false;
    }

    /** Adds the organs every sentence names to the document, each with its sentence as evidence. */
    public static void entities(List<Relator.Analysed> analysed, DocBuilder b) {
        if (analysed.isEmpty()) return;
        List<String> pair = DocumentLists.mainPair(analysed, analysed.size() - 1);
        for (Relator.Analysed a : analysed) {
            for (Organ o : in(a, 0, a.sentence().tokens().size(), pair)) {
                Map<String, Object> props = new TreeMap<>();
                props.put("kind", "ministry");
                Evidence ev = a.evidence();
                b.entity(o.id(), "Organization", o.name(), null, props, "org-plural",
                        new Evidence(ev.quote(), ev.start(), ev.end(), "org-plural"), true);
            }
        }
    }

    /** The states named right after "of" at token k ("of Kazakhstan and Iran", "of the UAE and India"), else none. */
    private static List<Mention> statesAfter(Relator.Analysed a, int k) {
        List<Token> t = a.sentence().tokens();
        List<Mention> out = new ArrayList<>();
        int at = k < t.size() && t.get(k).is("the") ? k + 1 : k;
        Mention first = Cues.mentionAt(a.mentions(), at);
        if (first == null || first.type != Mention.Type.STATE) return out;
        out.add(first);
        int j = first.to;
        if (j < t.size() && t.get(j).is("and")) {
            int b = j + 1 < t.size() && t.get(j + 1).is("the") ? j + 2 : j + 1;
            Mention second = Cues.mentionAt(a.mentions(), b);
            if (second != null && second.type == Mention.Type.STATE && !second.id.equals(first.id)) out.add(second);
        }
        return out;
    }

    private static String capitalised(String topic) {
        StringBuilder sb = new StringBuilder();
        for (String w : topic.split(" ")) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.equals("and") || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString();
    }
}

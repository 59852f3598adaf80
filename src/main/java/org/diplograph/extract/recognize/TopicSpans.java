package org.diplograph.extract.recognize;

import org.diplograph.extract.annotate.Token;

import java.util.List;
import java.util.Set;

/**
 * Where an agreement's topic ends, for {@link AgreementNames}: "a memorandum on cooperation in the conservation of Lake
 * Baikal", "the Agreement on Cooperation in the Field of Tourism", "a contract to build ...". Token arithmetic only.
 */
final class TopicSpans {
    private TopicSpans() {}

    /**
     * End of the topic that starts at i (after "on", or "to" for a purpose): its words up to one that starts another
     * part of the clause.
     */
    static int topicEnd(List<Token> t, int i) {
        int e = i;
        Set<String> stop = Set.of("between", "with", "in", "at", "during", "on", "by", "which", "that", "and", "to",
                "as", "while", "after", "before", "from", "under", "worth", "for", "was", "were", "is", "are", "had",
                "has", "have", "been", "being", "said", "would", "will", "could", "via", "online",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        int words = 0;
        while (e < t.size() && (words < 9 || words < 12 && (t.get(e).cap() || compoundHyphen(t, e))) && (t.get(e).word() && !stop.contains(t.get(e).fold()) && !t.get(e).digits()
                || compoundHyphen(t, e) || titleCaseConnector(t, i, e))) {
            if (t.get(e).word()) words++;
            e++;
        }
        if (e < t.size() && t.get(e).is("and") && e + 1 < t.size() && t.get(e + 1).word()
                && !stop.contains(t.get(e + 1).fold()) && words < 8 && !AgreementNames.nextAgreement(t, e + 1)) {
            int e2 = e + 1;
            while (e2 < t.size() && words < 10 && (t.get(e2).word() && !stop.contains(t.get(e2).fold())
                    && !t.get(e2).digits() || compoundHyphen(t, e2))) {
                if (t.get(e2).word()) words++;
                e2++;
            }
            // "on financing and construction of an Iranian railway line to ...": two nouns that share what follows "of"
            boolean sharedOf = e + 2 < t.size() && t.get(e + 2).is("of");
            if (e2 < t.size() && (!t.get(e2).word() || sharedOf)) e = e2;
        }
        return e == i + 1 && t.get(i).is("cooperation") ? cooperationTail(t, e) : e;
    }

    /**
     * "on cooperation" says nothing: the topic goes on ("on cooperation in the conservation of Lake Baikal", "on
     * cooperation to ensure epidemiological welfare with regard to plague") up to a word that starts another part of
     * the clause.
     */
    private static int cooperationTail(List<Token> t, int e) {
        if (e + 1 >= t.size() || !Set.of("in", "to", "for", "with").contains(t.get(e).fold())) return e;
        if (t.get(e).is("with") && !t.get(e + 1).is("regard")) return e;
        Set<String> stop = Set.of("between", "during", "which", "that", "was", "were", "is", "are", "by", "at", "while",
                "after", "before", "worth", "via", "online", "said", "will", "would", "signed", "within", "from");
        int k = e;
        int words = 0;
        while (k < t.size() && words < 14 && (t.get(k).word() && !stop.contains(t.get(k).fold()) && !t.get(k).digits()
                && !(t.get(k).is("with") && !(k + 1 < t.size() && t.get(k + 1).is("regard"))) || compoundHyphen(t, k))) {
            if (t.get(k).word()) words++;
            k++;
        }
        while (k > e && Set.of("and", "the", "of", "in", "to", "for", "a", "an").contains(t.get(k - 1).fold())) k--;
        return k > e + 1 ? k : e;
    }

    /**
     * A title in title case goes on through "in", "of", "the", "and", "for": "on Cooperation in the Field of Tourism"
     * (the words before e, from i, are capitalised and a capitalised word follows).
     */
    private static boolean titleCaseConnector(List<Token> t, int i, int e) {
        if (e == i || !Set.of("in", "of", "the", "and", "for").contains(t.get(e).text()) || AgreementNames.nextAgreement(t, e + 1)) return false;
        for (int k = i; k < e; k++) if (t.get(k).word() && !t.get(k).cap() && !Set.of("in", "of", "the", "and", "for").contains(t.get(k).text())) return false;
        int n = e + 1;
        if (n < t.size() && t.get(n).text().equals("the")) n++;
        return n < t.size() && t.get(n).cap() && t.get(n).word();
    }

    /** What joins the words of a compound name: "Rimdan-Gabd", "Nepal–China", "Free/Special". */
    static final Set<String> DASHES = Set.of("-", "\u2013", "/");

    /** A hyphen inside a compound word ("Uzbek-Kazakh", "ten-year"). */
    private static boolean compoundHyphen(List<Token> t, int e) {
        if (!DASHES.contains(t.get(e).text()) || e == 0 || e + 1 >= t.size() || !t.get(e - 1).word() || !t.get(e + 1).word()) {
            return false;
        }
        boolean attached = t.get(e - 1).end() == t.get(e).start() && t.get(e).end() == t.get(e + 1).start();
        // an en dash reads as a spaced hyphen: "Nepal – China Trade Promotion"
        return attached || t.get(e - 1).cap() && t.get(e + 1).cap();
    }
}

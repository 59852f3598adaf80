package org.diplograph.extract.recognize;

import org.diplograph.extract.annotate.Sentence;
import org.diplograph.extract.annotate.Token;

import static org.diplograph.extract.recognize.Gazetteer.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Working state of the {@link Recognizer} for one sentence: its tokens, the gazetteer spans over them, the mentions
 * found so far and which tokens they cover. Every rule family reads and fills it in turn.
 */
final class SentenceScan {
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at",
            "to", "for", "with", "by", "from", "as", "vs", "s");

    final Sentence s;
    final List<Token> t;
    final List<Gazetteer.Match> spans = new ArrayList<>();
    final Gazetteer.Match[] spanOf;
    final boolean[] used;
    final List<Mention.Draft> out = new ArrayList<>();
    /** A headline in title case: every content word capitalised, so capitals say nothing about names. */
    final boolean titleCase;

    SentenceScan(Sentence s, Gazetteer g) {
        this.s = s;
        this.t = s.tokens();
        this.spanOf = new Gazetteer.Match[t.size()];
        this.used = new boolean[t.size()];
        int words = 0;
        boolean lowerContent = false;
        for (Token x : t) {
            if (x.word() && !x.digits()) {
                words++;
                if (!x.cap() && !FUNCTION_WORDS.contains(x.fold()) && x.text().length() > 1) lowerContent = true;
            }
        }
        this.titleCase = words >= 3 && !lowerContent;
        for (int i = 0; i < t.size(); ) {
            Gazetteer.Match m = g.match(t, i);
            if (m == null) { i++; continue; }
            spans.add(m);
            for (int k = m.from(); k < m.to(); k++) spanOf[k] = m;
            i = m.to();
        }
    }

    String text(int a, int b) {
        return s.text().substring(t.get(a).start() - s.start(), t.get(b - 1).end() - s.start());
    }

    Mention.Draft add(Mention.Type type, int a, int b, String id, String rule) {
        Mention.Draft m = new Mention.Draft(type, a, b, t.get(a).start(), t.get(b - 1).end(), id, text(a, b), rule);
        out.add(m);
        for (int i = a; i < b; i++) used[i] = true;
        return m;
    }

    boolean free(int a, int b) {
        for (int i = a; i < b; i++) if (used[i]) return false;
        return true;
    }

    boolean isWord(int i, String fold) {
        return i >= 0 && i < t.size() && t.get(i).fold().equals(fold);
    }

    boolean possessive(int i) {
        return i + 1 < t.size() && t.get(i).text().equals("'") && t.get(i + 1).fold().equals("s");
    }

    /** The first mention found so far that starts at token i, or null. */
    Mention.Draft mentionAt(int i) {
        for (Mention.Draft m : out) if (m.from == i) return m;
        return null;
    }

    /** Token i lies in a gazetteer span of a state, place, capital or demonym. */
    boolean isGeo(int i) {
        Gazetteer.Match m = spanOf[i];
        return m != null && (m.has(Kind.STATE) || m.has(Kind.PLACE) || m.has(Kind.CAPITAL) || m.has(Kind.DEMONYM));
    }
}

package org.diplograph.extract;

import org.diplograph.extract.read.Article;
import org.diplograph.extract.recognize.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Relation;

/**
 * Keeps quotes short: evidence longer than {@link #MAX_QUOTE} characters is narrowed to a window of at most that
 * length around the relation's two entities in the sentence (cut at spaces), with exact offsets into the original text.
 */
final class Quotes {
    /** Longest quote an edge carries. */
    static final int MAX_QUOTE = 600;

    private Quotes() {}

    /**
     * @param spans each entity id's mentions as original-text offsets {start, end}
     */
    static List<Relation> narrow(List<Relation> relations, String raw, Map<String, List<int[]>> spans) {
        List<Relation> out = new ArrayList<>(relations.size());
        for (Relation r : relations) {
            boolean longQuote = false;
            for (Evidence e : r.evidence()) longQuote |= e.end() - e.start() > MAX_QUOTE;
            if (!longQuote) {
                out.add(r);
                continue;
            }
            List<Evidence> ev = new ArrayList<>();
            for (Evidence e : r.evidence()) {
                ev.add(e.end() - e.start() <= MAX_QUOTE ? e : window(e, raw, spans.get(r.source()), spans.get(r.target())));
            }
            out.add(new Relation(r.type(), r.source(), r.target(), r.properties(), ev));
        }
        return out;
    }

    /** Every entity's mentions as original-text offsets, under its final id (after {@code renamed}). */
    static Map<String, List<int[]>> spans(Article art, List<List<Mention>> mentions, Map<String, String> renamed) {
        Map<String, List<int[]>> out = new java.util.HashMap<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                String id = renamed.getOrDefault(m.id, m.id);
                out.computeIfAbsent(id, k -> new ArrayList<>()).add(new int[] {art.rawStart(m.start), art.rawEnd(m.end)});
            }
        }
        return out;
    }

    private static Evidence window(Evidence e, String raw, List<int[]> a, List<int[]> b) {
        int[] sa = firstInside(a, e, -1);
        int[] sb = sa == null ? null : firstInside(b, e, sa[0]);
        int lo = sa == null ? e.start() : Math.min(sa[0], sb == null ? sa[0] : sb[0]);
        int hi = sa == null ? e.start() : Math.max(sa[1], sb == null ? sa[1] : sb[1]);
        if (hi - lo >= MAX_QUOTE) {
            hi = lo + MAX_QUOTE;
        } else {
            int extra = MAX_QUOTE - (hi - lo);
            lo = Math.max(e.start(), lo - extra / 2);
            hi = Math.min(e.end(), lo + MAX_QUOTE);
            lo = Math.max(e.start(), hi - MAX_QUOTE);
        }
        int s = lo;
        if (s > e.start()) {
            int sp = raw.indexOf(' ', s);
            if (sp >= 0 && sp < (sa == null ? hi : Math.min(sa[0], sb == null ? sa[0] : sb[0]))) s = sp + 1;
        }
        int t = hi;
        if (t < e.end()) {
            int sp = raw.lastIndexOf(' ', t);
            if (sp > s && sp >= (sa == null ? s : Math.max(sa[1], sb == null ? sa[1] : sb[1]))) t = sp;
        }
        return new Evidence(raw.substring(s, t), s, t, e.rule());
    }

    /** The span of the list inside the evidence nearest to {@code near} (the first when {@code near} < 0). */
    private static int[] firstInside(List<int[]> spans, Evidence e, int near) {
        if (spans == null) return null;
        int[] best = null;
        for (int[] s : spans) {
            if (s[0] < e.start() || s[1] > e.end()) continue;
            if (best == null || (near >= 0 && Math.abs(s[0] - near) < Math.abs(best[0] - near))) best = s;
            if (near < 0) break;
        }
        return best;
    }
}

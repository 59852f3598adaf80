package org.diplograph.extract.recognize;

import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.read.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule family <b>agreement topics</b> of the {@link Recognizer}: a signed plural with a list of topics is one agreement
 * per topic. "signed memorandums on cooperation in transport and transit, communications and IT, and banking
 * supervision" gives three memoranda; "signed agreements on preventing money laundering and on plant quarantine"
 * gives two. Commas separate the topics when there are any ("transport and transit" stays one); else a repeated
 * preposition does ("on X and on Y"). A single topic gives nothing here. Rule id {@code agreement-topic-list}; each
 * agreement's mention covers its topic's words, so the signing rules see them as the sentence's agreements.
 */
final class AgreementTopics {
    /** Plural heads and the singular a title takes. */
    private static final Map<String, String> PLURALS = Map.of("agreements", "Agreement", "memorandums", "Memorandum",
            "memoranda", "Memorandum", "mous", "Memorandum of Understanding", "protocols", "Protocol",
            "treaties", "Treaty", "roadmaps", "Roadmap", "contracts", "Contract", "documents", "Agreement");
    private static final Set<String> SIGNING = Set.of("signed", "sign", "signing", "inked", "concluded", "exchanged",
            "initialled", "initialed");
    /** Words that end the list: the clause goes on about something else. */
    private static final Set<String> END = Set.of("between", "during", "with", "by", "at", "which", "that", "to",
            "were", "was", "is", "are", "will", "would", "while", "after", "before", "following", "among", "etc",
            "aimed", "within", "under", "for", "but", "yet", "although", "though", "whereas");
    /**
     * What opens a list of topics: "on", not "in the fields of", whose lists annotators read as one document as often
     * as several ("signed MoUs in the fields of medicine, sports and finance").
     */
    private static final Set<String> LIST_OPENERS = Set.of("on", "regarding", "concerning");
    private static final Set<String> TOPIC_OPENERS = Set.of("on", "in", "regarding", "concerning");
    private static final int MAX_TOPIC_WORDS = 9;
    private static final int MAX_TOPICS = 8;

    void recognize(SentenceScan w) {
        List<Token> t = w.t;
        for (int i = 0; i < t.size(); i++) {
            String head = PLURALS.get(t.get(i).fold());
            if (head == null || !w.free(i, i + 1) || !signed(t, i) || counted(t, i)) continue;
            int e = i + 1;
            if (e + 1 < t.size() && t.get(e).is("of") && (t.get(e + 1).is("understanding") || t.get(e + 1).is("cooperation"))) e += 2;
            int ex = examples(t, e);
            if (ex == e && (e >= t.size() || !LIST_OPENERS.contains(t.get(e).fold()))) continue;
            e = ex;
            List<int[]> topics = topics(w, e);
            if (topics.size() < 2) continue;
            for (int[] x : topics) {
                String topic = w.text(x[0], x[1]);
                String title = head + " on " + topic;
                Mention.Draft m = w.add(Mention.Type.AGREEMENT, x[0], x[1], "agreement:" + Text.slug(title),
                        "agreement-topic-list");
                m.name = title;
                m.kind = head.startsWith("Memorandum") ? "mou" : head.equals("Treaty") ? "treaty"
                        : head.equals("Roadmap") ? "roadmap" : head.equals("Contract") ? "contract" : "other";
            }
            i = topics.get(topics.size() - 1)[1] - 1;
        }
    }

    /**
     * A signing word shortly before the plural ("signed intergovernmental agreements") or after it ("were signed"), or
     * earlier in the sentence with the plural an item of what was signed ("signed several documents, including a
     * roadmap ..., as well as memorandums on ...").
     */
    private static boolean signed(List<Token> t, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) if (SIGNING.contains(t.get(k).fold())) return true;
        for (int k = i - 1; k >= Math.max(0, i - 30); k--) {
            if (t.get(k).is("including") || t.get(k).is("as") && k + 2 < i && t.get(k + 1).is("well") && t.get(k + 2).is("as")) {
                // not of a counted package ("signed 17 documents, including agreements on ..."): the package names them
                for (int j = Math.max(0, k - 8); j < k; j++) if (SIGNING.contains(t.get(j).fold()) && !counted(t, j, k)) return true;
            }
            if (t.get(k).text().equals(";")) break;
        }
        for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
            if (t.get(k).is("signed") && (t.get(k - 1).is("were") || t.get(k - 1).is("been"))) return true;
        }
        return false;
    }

    /**
     * "agreements in various fields such as X, Y and Z": the examples open the list (returned: the position of "as" or
     * "including", read as "on"); else e.
     */
    private static int examples(List<Token> t, int e) {
        int k = e;
        if (k >= t.size() || !t.get(k).is("in")) return e;
        k++;
        if (k < t.size() && Set.of("various", "diverse", "different", "several", "many", "the").contains(t.get(k).fold())) k++;
        if (k >= t.size() || !Set.of("fields", "areas", "spheres", "sectors").contains(t.get(k).fold())) return e;
        k++;
        if (k < t.size() && t.get(k).is("including")) return k;
        if (k + 1 < t.size() && t.get(k).is("such") && t.get(k + 1).is("as")) return k + 1;
        return e;
    }

    /** A number among the tokens from..to. */
    private static boolean counted(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) if (AgreementNames.number(t.get(k)) != null) return true;
        return false;
    }

    /** "23 agreements on ...": a counted package, read by the package rule. */
    private static boolean counted(List<Token> t, int i) {
        return counted(t, Math.max(0, i - 3), i);
    }

    /**
     * The topics' token ranges after the opener at e. A repeated opener ("on X and on Y") separates topics; without one,
     * commas do ("in transport and transit, communications and IT, and banking"). Each topic ends at a word that
     * starts another part of the clause ("by", "between", "during"...).
     */
    private static List<int[]> topics(SentenceScan w, int e) {
        List<Token> t = w.t;
        String opener = t.get(e).fold();
        int limit = e + 1;
        while (limit < t.size() && !Set.of(".", ";", "(", ":", "\u201c", "\"").contains(t.get(limit).text())
                && !(w.mentionAt(limit) != null && w.mentionAt(limit).type != Mention.Type.AGREEMENT)) limit++;
        List<Integer> openers = new ArrayList<>();
        for (int k = e + 2; k < limit && LIST_OPENERS.contains(opener); k++) {
            if (t.get(k).fold().equals(opener) && (t.get(k - 1).is("and") || t.get(k - 1).text().equals(","))) openers.add(k);
        }
        List<int[]> chunks = new ArrayList<>();
        if (!openers.isEmpty()) {
            int from = e + 1;
            for (int k : openers) {
                chunks.add(new int[] {from, t.get(k - 1).is("and") || t.get(k - 1).text().equals(",") ? k - 1 : k});
                from = k + 1;
            }
            chunks.add(new int[] {from, limit});
            for (int[] c : chunks) c[1] = clauseEnd(t, c[0], c[1]);
        } else {
            int end = clauseEnd(t, e + 1, limit);
            int from = e + 1;
            for (int k = e + 1; k <= end; k++) {
                if (k < end && !t.get(k).text().equals(",")) continue;
                chunks.add(new int[] {from, k});
                from = k + 1;
                // ", as well as X": one more topic
                if (k + 3 < end && t.get(k + 1).is("as") && t.get(k + 2).is("well") && t.get(k + 3).is("as")) from = k + 4;
            }
        }
        List<int[]> parts = new ArrayList<>();
        for (int[] c : chunks) {
            int a = c[0];
            int b = c[1];
            while (b > a && (t.get(b - 1).is("and") || t.get(b - 1).text().equals(","))) b--;
            a = topicStart(t, a, b);
            if (a < b) parts.add(new int[] {a, b});
        }
        // "on preventing, identifying and curbing X": lone gerunds belong to the topic after them
        List<int[]> out = new ArrayList<>();
        int pending = -1;
        for (int[] p : parts) {
            boolean gerund = p[1] - p[0] == 1 && t.get(p[0]).fold().endsWith("ing");
            if (gerund) { if (pending < 0) pending = p[0]; continue; }
            out.add(new int[] {pending >= 0 ? pending : p[0], p[1]});
            pending = -1;
        }
        out.removeIf(p -> words(t, p) > MAX_TOPIC_WORDS || !w.free(p[0], p[1]) || !t.get(p[0]).word());
        return out.size() > MAX_TOPICS ? List.of() : out;
    }

    /** The first word from a that ends the topic list ("by", "between", "as well as"), or b. */
    private static int clauseEnd(List<Token> t, int a, int b) {
        for (int k = a; k < b; k++) {
            if (END.contains(t.get(k).fold())) return k;
            if (t.get(k).is("as") && k + 2 < b && t.get(k + 1).is("well") && t.get(k + 2).is("as")
                    && !(k > a && t.get(k - 1).text().equals(",") && k + 3 < b
                    && !Set.of("other", "several", "various", "some", "a", "an", "number").contains(t.get(k + 3).fold()))) return k;
        }
        return b;
    }

    /** Past "and", "the", an opener, and "the field/area/sphere of": "in the area of arts and culture" is "arts and culture". */
    private static int topicStart(List<Token> t, int a, int b) {
        while (a < b) {
            if (t.get(a).is("and") || t.get(a).is("the") || TOPIC_OPENERS.contains(t.get(a).fold())) { a++; continue; }
            if (a + 1 < b && Set.of("field", "fields", "area", "areas", "sphere", "spheres", "sector").contains(t.get(a).fold())
                    && t.get(a + 1).is("of")) { a += 2; continue; }
            break;
        }
        return a;
    }

    private static int words(List<Token> t, int[] p) {
        int n = 0;
        for (int k = p[0]; k < p[1]; k++) if (t.get(k).word()) n++;
        return n;
    }
}

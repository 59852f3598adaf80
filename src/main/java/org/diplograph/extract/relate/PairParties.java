package org.diplograph.extract.relate;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.recognize.Mention;
import org.diplograph.facts.Evidence;
import org.diplograph.extract.rules.Lexicon;
import org.diplograph.facts.Relation;

/**
 * An agreement the sentence says was signed, to which no rule gave a party, in an article about two states ("a
 * Framework Agreement on Strategic Partnership being signed", in an article on the UAE president's visit to
 * Azerbaijan): the two states are its parties (rule {@code party-article-pair}). Only for agreements with a name or a
 * topic; not when the sentence names a third state, or the signing is to come ("will sign", "is expected to be signed").
 * When the sentence itself says "the two countries signed 14 MoUs", every agreement of it, packages included, is the two
 * leading states' (rule {@code party-sides-pair}), as the guide's back-references ask; "the three presidents signed five
 * documents" gives them to the three states the article names most (rule {@code party-sides-group}). A named agreement
 * no sentence says was signed is the pair's too, when nothing speaks against it ({@link #named}).
 */
public final class PairParties {
    private static final Set<String> SIGNING = Lexicon.words("signed-past");
    private static final Set<String> SIGN_ANY = Lexicon.words("signing");
    private static final Set<String> TO_COME = Lexicon.words("to-come");
    private static final Set<String> SIDES = Lexicon.words("sides");
    private static final Set<String> HELD_UP = Lexicon.words("held-up");
    /** Who signs for a group of states: "the three presidents", "the four countries". */
    private static final Set<String> GROUP = Set.of("sides", "parties", "countries", "nations", "governments", "states",
            "presidents", "leaders", "heads");
    private static final Map<String, Integer> COUNTS = Map.of("three", 3, "four", 4, "five", 5, "six", 6);

    /** Bare nouns ("the contract", "a joint statement") and counted packages: which one is meant is not clear enough. */
    private static final Set<String> UNNAMED = Set.of("generic-agreement", "package-count");

    /** The words of "to-come" that say so before a noun ("will issue a joint statement"; not "according to a ..."). */
    private static final Set<String> FUTURE = without(TO_COME, "to", "not");
    /** Agreements the article names, which {@link #named} may give the pair. */
    private static final Set<String> NAMED = Set.of("named-agreement", "mou", "generic-agreement-topic");

    private PairParties() {}

    private static Set<String> without(Set<String> words, String... out) {
        Set<String> s = new HashSet<>(words);
        for (String o : out) s.remove(o);
        return Set.copyOf(s);
    }

    public static void apply(List<Relator.Analysed> analysed, DocBuilder b, String docId) {
        if (analysed.isEmpty()) return;
        List<String> clear = DocumentLists.mainPair(analysed, analysed.size() - 1);
        List<String> leading = DocumentLists.leadingPair(analysed, analysed.size() - 1);
        Set<String> withParty = new HashSet<>();
        for (Relation r : b.relations(docId)) if (r.type().equals("PARTY_TO")) withParty.add(r.target());
        for (Relator.Analysed a : analysed) {
            List<Token> t = a.sentence().tokens();
            int k = signed(t);
            if (k < 0) continue;
            int group = group(t, k);
            boolean sides = group > 2 || sides(t, k);
            List<String> pair = group > 2 ? DocumentLists.leadingGroup(analysed, analysed.size() - 1, group)
                    : sides ? leading : clear;
            if (pair.isEmpty()) continue;
            boolean third = false;
            for (Mention m : a.mentions()) third |= m.type == Mention.Type.STATE && !pair.contains(m.id);
            if (third) continue;
            for (Mention m : a.mentions()) {
                if (m.type != Mention.Type.AGREEMENT) continue;
                if (!sides && (UNNAMED.contains(m.rule) || !withParty.add(m.id))) continue;
                Evidence e = a.evidence();
                Map<String, Object> props = new TreeMap<>();
                for (String s : pair) {
                    b.relation("PARTY_TO", s, m.id, props, new Evidence(e.quote(), e.start(), e.end(),
                            group > 2 ? "party-sides-group" : sides ? "party-sides-pair" : "party-article-pair"));
                }
            }
        }
    }

    /**
     * "The Treaty of Alliance ... meets the interests of both peoples", "according to a joint statement issued after they
     * met": a named agreement (or a joint statement the article names) no rule gave a party, in an article about a clear
     * pair of states, is the pair's (rule {@code party-article-pair-named}, quoting its first mention). Not when a
     * sentence naming it names a third state or says its signing is to come; a joint statement to come ("both sides will
     * issue a joint statement") is an agreement with no party. A bare "memorandum of understanding" is left alone.
     */
    public static void named(List<Relator.Analysed> analysed, DocBuilder b, String docId) {
        if (analysed.isEmpty()) return;
        List<String> clear = DocumentLists.mainPair(analysed, analysed.size() - 1);
        if (clear.isEmpty()) return;
        Set<String> withParty = new HashSet<>();
        for (Relation r : b.relations(docId)) if (r.type().equals("PARTY_TO")) withParty.add(r.target());
        Map<String, Evidence> first = new LinkedHashMap<>();
        Set<String> third = new HashSet<>();
        // "the joint statement on bilateral cooperation ... the joint statement": the bare one is the one named
        boolean jointNamed = false;
        for (Relator.Analysed a : analysed) {
            for (Mention m : a.mentions()) {
                jointNamed |= m.type == Mention.Type.AGREEMENT && "joint-statement".equals(m.kind) && m.name != null
                        && m.name.toLowerCase(Locale.ROOT).startsWith("joint statement ");
            }
        }
        for (Relator.Analysed a : analysed) {
            for (Mention m : a.mentions()) {
                if (m.type != Mention.Type.AGREEMENT || withParty.contains(m.id)) continue;
                // "according to a joint statement issued after they met": the pair's joint statement
                boolean joint = m.rule.equals("generic-agreement") && "joint-statement".equals(m.kind) && m.name != null
                        && m.name.toLowerCase(Locale.ROOT).startsWith("joint statement") && !jointNamed;
                if (joint && !b.has(m.id)) {
                    Map<String, Object> props = new TreeMap<>();
                    props.put("title", m.name);
                    props.put("kind", m.kind);
                    b.entity(m.id, "Agreement", m.name, m.surface, props, m.rule, a.evidence(), false);
                }
                if (!b.has(m.id)) continue;
                // "a memorandum of understanding": which one is not said
                if (!joint && (!NAMED.contains(m.rule) || m.name == null
                        || m.name.equalsIgnoreCase("memorandum of understanding"))) continue;
                first.putIfAbsent(m.id, a.evidence());
                for (Mention o : a.mentions()) if (o.type == Mention.Type.STATE && !clear.contains(o.id)) third.add(m.id);
                // "are expected to sign an intergovernmental agreement on ...", "is to be signed", "both sides will issue
                // a joint statement": not signed yet
                List<Token> t = a.sentence().tokens();
                if (Cues.near(t, m.from, FUTURE, 3)) third.add(m.id);
                for (int i = 0; i < t.size(); i++) {
                    if (SIGN_ANY.contains(t.get(i).fold()) && (Cues.near(t, i, TO_COME, 3) || Cues.near(t, i, HELD_UP, 4)
                            || Cues.afterBe(t, i))) {
                        third.add(m.id);
                    }
                }
            }
        }
        for (var e : first.entrySet()) {
            if (third.contains(e.getKey())) continue;
            Evidence ev = e.getValue();
            for (String s : clear) {
                b.relation("PARTY_TO", s, e.getKey(), new TreeMap<>(), new Evidence(ev.quote(), ev.start(), ev.end(),
                        "party-article-pair-named"));
            }
        }
    }

    /** The first signing word not stated as to come, or -1. */
    private static int signed(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            if (!SIGNING.contains(t.get(i).fold())) continue;
            if (Cues.afterBe(t, i)) continue; // "should be finalized ... and be signed next year"
            if (!Cues.near(t, i, TO_COME, 3) && !Cues.near(t, i, HELD_UP, 4)) return i;
        }
        return -1;
    }

    /**
     * "the three presidents", "the four countries", "the trio" in the five words before the signing word k: how many
     * states sign (0 when none is said).
     */
    private static int group(List<Token> t, int k) {
        for (int i = Math.max(1, k - 5); i < k; i++) {
            if (t.get(i).is("trio") && t.get(i - 1).is("the")) return 3;
            if (!GROUP.contains(t.get(i).fold())) continue;
            Integer n = COUNTS.get(t.get(i - 1).fold());
            if (n != null && i >= 2 && t.get(i - 2).is("the")) return n;
        }
        return 0;
    }

    /** "the two countries", "both sides", "the parties" in the five words before the signing word k. */
    private static boolean sides(List<Token> t, int k) {
        for (int i = Math.max(1, k - 5); i < k; i++) {
            if (!SIDES.contains(t.get(i).fold())) continue;
            String before = t.get(i - 1).fold();
            if (before.equals("two") || before.equals("both") || before.equals("the")) return true;
        }
        return false;
    }
}

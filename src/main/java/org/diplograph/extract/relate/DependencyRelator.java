package org.diplograph.extract.relate;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the dependency rules ({@code rules/relations.semgrex}) to one parsed sentence. What the patterns cannot say
 * is here: which entity a matched word stands for (the entity it is part of, or a name attached to it), which labels a
 * relation type takes, pronouns (the last person named), and hedges (a trigger under will/could/may/expected to/not
 * gives nothing).
 */
public final class DependencyRelator {
    /** Labels of the source and the target, per relation type. */
    static final Map<String, Set<String>[]> ENDS = Map.of(
            "MET", ends(Set.of("Person"), Set.of("Person")),
            "VISITED", ends(Set.of("Person"), Set.of("Place", "State")),
            "SIGNED", ends(Set.of("Person"), Set.of("Agreement")),
            "PARTY_TO", ends(Set.of("State", "Organization"), Set.of("Agreement")),
            "MEMBER_OF", ends(Set.of("State"), Set.of("Organization")),
            "CONNECTS", ends(Set.of("Corridor"), Set.of("Place", "State")),
            "CONCERNS", ends(Set.of("Agreement"), Set.of("Corridor")));
    private static final Set<String> NAME_RELATIONS = Set.of("flat", "appos", "dep");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "his", "her", "him");
    /** Nouns that describe an official by his state: "the Turkish leader", "the Iranian president". */
    private static final Set<String> DESCRIPTIONS = Set.of("leader", "president", "minister", "premier", "counterpart",
            "chancellor", "emir", "king", "head", "chief", "envoy", "diplomat");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "can", "may", "might", "should",
            "shall", "must");
    private static final Set<String> HEDGES = Set.of("not", "never", "potentially", "possibly", "reportedly");
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "last", "only");
    private static final Set<String> INTENT = Set.of("expect", "plan", "hope", "intend", "want", "aim", "seek",
            "wish", "propose", "schedule", "set", "due", "likely", "agree", "decide", "invite", "prepare", "ready");
    private static final Set<String> REMOTE = Set.of("phone", "telephone", "video", "videoconference", "call",
            "letter", "message", "link");
    private static final Pattern LEMMAS = Pattern.compile("lemma:/?(?:\\(\\?i\\)\\()?([a-z|]+)");

    private final List<RelationRule> rules;
    /** Per rule, the lemma groups its pattern names (each group: the alternatives of one {@code lemma:} test). */
    private final List<List<Set<String>>> lemmaGroups;

    public DependencyRelator(List<RelationRule> rules) {
        this.rules = rules;
        List<List<Set<String>>> groups = new ArrayList<>();
        for (RelationRule r : rules) {
            List<Set<String>> g = new ArrayList<>();
            Matcher m = LEMMAS.matcher(r.pattern().pattern());
            while (m.find()) {
                Set<String> alternatives = Set.of(m.group(1).split("\\|"));
                g.add(alternatives);
            }
            groups.add(List.copyOf(g));
        }
        this.lemmaGroups = List.copyOf(groups);
    }

    /**
     * The relation types of the rules that could match a sentence with these (lower-case) lemmas: every lemma test
     * of the rule has one of its alternatives among them ("held talks" needs hold and talk, not just have).
     */
    public Set<String> possibleTypes(Set<String> lemmas) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            boolean all = true;
            for (Set<String> g : lemmaGroups.get(i)) {
                boolean any = false;
                for (String l : g) any |= lemmas.contains(l) || lemmas.contains(l + "s");
                all &= any;
            }
            if (all && !lemmaGroups.get(i).isEmpty()) out.add(rules.get(i).type());
        }
        return out;
    }

    /** The labels of a relation type's source [0] and target [1]. */
    public static Set<String>[] ends(String type) {
        return ENDS.get(type);
    }

    /** A relation one rule found: type, source and target ids, and the rule's id. */
    public record Found(String type, String source, String target, String rule) {}

    /**
     * The relations the rules find in a parsed sentence.
     *
     * @param discourse whom pronouns and descriptions ("the Turkish leader") refer to
     */
    public List<Found> relate(SemanticGraph g, List<Ref> refs, Discourse discourse) {
        Set<Found> out = new LinkedHashSet<>();
        for (RelationRule r : rules) {
            SemgrexMatcher m = r.pattern().matcher(g);
            while (m.find()) {
                if (hedged(g, m)) continue;
                if (objectElsewhere(g, m.getNode("a"), m) || clauseJoin(g, m.getNode("a")) || clauseJoin(g, m.getNode("b"))) {
                    continue;
                }
                Set<String>[] ends = ENDS.get(r.type());
                String a = ref(g, m.getNode("a"), refs, ends[0], discourse);
                String b = ref(g, m.getNode("b"), refs, ends[1], discourse);
                if (a == null || b == null || a.equals(b)) continue;
                out.add(new Found(r.type(), a, b, r.id()));
            }
        }
        return List.copyOf(out);
    }

    /** The words (not entities) the rule finds in a graph, for the rules' own tests. */
    public static List<String[]> words(RelationRule r, SemanticGraph g) {
        List<String[]> out = new ArrayList<>();
        SemgrexMatcher m = r.pattern().matcher(g);
        while (m.find()) {
            if (hedged(g, m) || objectElsewhere(g, m.getNode("a"), m)) continue;
            if (m.getNode("a").equals(m.getNode("b"))) continue;
            out.add(new String[] {m.getNode("a").word(), m.getNode("b").word()});
        }
        return out;
    }

    /** The entity a word stands for: the one it is part of, a name attached to it, or a pronoun's person. */
    private static String ref(SemanticGraph g, IndexedWord w, List<Ref> refs, Set<String> labels,
                              Discourse discourse) {
        if (w == null) return null;
        Deque<IndexedWord> todo = new ArrayDeque<>();
        Set<IndexedWord> seen = new HashSet<>();
        todo.add(w);
        int steps = 0;
        String state = null; // a place named beside a state ("the Russian capital Moscow") is the more precise end
        while (!todo.isEmpty() && steps++ < 8) {
            IndexedWord x = todo.poll();
            if (!seen.add(x)) continue;
            for (Ref r : refs) {
                if (!labels.contains(r.label()) || !r.covers(x.beginPosition())) continue;
                if (r.label().equals("State") && labels.contains("Place")) {
                    if (state == null) state = r.id();
                } else {
                    return r.id();
                }
            }
            if (x == w && labels.contains("Person") && PRONOUNS.contains(x.word().toLowerCase(Locale.ROOT))) {
                String subject = clauseSubject(g, x, refs);
                return subject != null ? subject : discourse.pronoun(x.beginPosition());
            }
            for (SemanticGraphEdge e : g.outgoingEdgeList(x)) {
                String rel = e.getRelation().getShortName();
                if (NAME_RELATIONS.contains(rel) || (rel.equals("compound") && labels.contains("Person"))) {
                    todo.add(e.getDependent());
                }
            }
        }
        if (state != null) return state;
        if (labels.contains("Person") && DESCRIPTIONS.contains(lemma(w)) && !named(g, w, refs)) {
            String of = stateModifier(g, w, refs);
            if (of != null) return discourse.described(of, w.beginPosition());
        }
        return null;
    }

    /** Whether a name is attached to the word (then it is that name's person, known or not, not a description). */
    private static boolean named(SemanticGraph g, IndexedWord w, List<Ref> refs) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().getShortName();
            IndexedWord d = e.getDependent();
            if (!NAME_RELATIONS.contains(rel) && !rel.equals("compound")) continue;
            boolean state = false;
            for (Ref r : refs) state |= r.label().equals("State") && r.covers(d.beginPosition());
            if (!state && Character.isUpperCase(d.word().charAt(0))) return true;
        }
        return false;
    }

    /** The state a description names: "the Turkish leader" (amod), "Iran's president" (nmod:poss), "the president of Iran". */
    private static String stateModifier(SemanticGraph g, IndexedWord w, List<Ref> refs) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if (!rel.equals("amod") && !rel.equals("compound") && !rel.equals("nmod:poss") && !rel.equals("nmod:of")) continue;
            for (Ref r : refs) if (r.label().equals("State") && r.covers(e.getDependent().beginPosition())) return r.id();
        }
        return null;
    }

    /**
     * The person a pronoun stands for when its own sentence names him as a subject: the nsubj of the nearest verb above
     * the pronoun, or of the sentence's root ("Modi held talks with Putin, on his first trip to Russia": Modi).
     */
    private static String clauseSubject(SemanticGraph g, IndexedWord pronoun, List<Ref> refs) {
        List<IndexedWord> heads = new ArrayList<>();
        IndexedWord x = pronoun;
        for (int i = 0; i < 6 && x != null; i++) {
            x = g.getParent(x);
            if (x != null) heads.add(x);
        }
        heads.addAll(g.getRoots());
        for (IndexedWord h : heads) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(h)) {
                if (!e.getRelation().getShortName().equals("nsubj") || e.getDependent().equals(pronoun)) continue;
                for (Ref r : refs) {
                    if (r.label().equals("Person") && r.covers(e.getDependent().beginPosition())) return r.id();
                }
            }
        }
        return null;
    }

    /** A subject that is also another verb's object is a parse across clauses ("A met B, and C held talks"): skipped. */
    private static boolean objectElsewhere(SemanticGraph g, IndexedWord a, SemgrexMatcher m) {
        if (a == null) return false;
        IndexedWord trigger = m.getNode("v") != null ? m.getNode("v") : m.getNode("n");
        for (SemanticGraphEdge e : g.incomingEdgeList(a)) {
            if (e.getRelation().getShortName().equals("obj") && !e.getGovernor().equals(trigger)) return true;
        }
        return false;
    }

    /**
     * "A, and B held talks": a comma before the only "and" joins two clauses, not two subjects, and the parser then
     * takes the first clause's object for a subject. Such a word is skipped.
     */
    private static boolean clauseJoin(SemanticGraph g, IndexedWord w) {
        if (w == null) return false;
        boolean comma = false;
        int conj = 0;
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().getShortName();
            if (rel.equals("punct") && e.getDependent().word().equals(",")) comma = true;
            if (rel.equals("conj")) conj++;
            if (rel.equals("appos") || rel.equals("acl")) return false; // "A, director of X, and B": the apposition's comma
        }
        return comma && conj == 1;
    }

    private static boolean hedged(SemanticGraph g, SemgrexMatcher m) {
        for (String name : List.of("v", "n", "t")) {
            IndexedWord w = m.getNode(name);
            if (w != null && hedged(g, w)) return true;
        }
        return false;
    }

    /** A trigger stated as possible, intended, denied or remote: "could connect", "is expected to sign", "did not meet". */
    static boolean hedged(SemanticGraph g, IndexedWord v) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            String rel = e.getRelation().getShortName();
            String lemma = lemma(e.getDependent());
            if (rel.equals("aux") && MODALS.contains(lemma)) return true;
            if ((rel.equals("advmod") || rel.equals("neg")) && HEDGES.contains(lemma)) return true;
            if (rel.equals("mark") && lemma.equals("to") && !firstTo(g, v)) return true;
            if ((rel.equals("obl") || rel.equals("compound") || rel.equals("amod") || rel.equals("nmod"))
                    && REMOTE.contains(lemma)) return true;
        }
        for (SemanticGraphEdge e : g.incomingEdgeList(v)) {
            String rel = e.getRelation().getShortName();
            if ((rel.equals("xcomp") || rel.equals("ccomp")) && INTENT.contains(lemma(e.getGovernor()))) return true;
        }
        return false;
    }

    /** "the first Egyptian president to visit Baghdad": an infinitive under an ordinal noun says what happened. */
    private static boolean firstTo(SemanticGraph g, IndexedWord v) {
        for (SemanticGraphEdge in : g.incomingEdgeList(v)) {
            if (!in.getRelation().getShortName().equals("acl")) continue;
            for (SemanticGraphEdge e : g.outgoingEdgeList(in.getGovernor())) {
                if (e.getRelation().getShortName().equals("amod") && ORDINALS.contains(lemma(e.getDependent()))) return true;
            }
        }
        return false;
    }

    private static String lemma(IndexedWord w) {
        String l = w.lemma();
        return (l == null ? w.word() : l).toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] ends(Set<String> a, Set<String> b) {
        return new Set[] {a, b};
    }
}

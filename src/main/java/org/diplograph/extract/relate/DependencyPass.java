package org.diplograph.extract.relate;

import org.diplograph.extract.annotate.Sentence;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.read.Budget;
import org.diplograph.extract.read.Text;
import org.diplograph.extract.recognize.Mention;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diplograph.extract.annotate.Nlp;
import org.diplograph.facts.Evidence;

/**
 * Relates over the dependency parse: each sentence with two entities, no longer than {@link #MAX_PARSE_TOKENS}, where
 * some rule could match and give a relation not yet known between two of them, is parsed, and the rules of {@code rules/relations.semgrex} add the relations
 * the sentence states that are not already known. A signer's state becomes a party to what he signed.
 */
public final class DependencyPass {
    /** Sentences longer than this are not parsed (the parser's cost grows with length; such "sentences" are rarely prose). */
    static final int MAX_PARSE_TOKENS = 80;
    private static final DependencyRelator RELATOR = new DependencyRelator(RelationRule.load("/rules/relations.semgrex"));

    private DependencyPass() {}

    public static void run(List<Relator.Analysed> analysed, List<Nlp.Parsed> tagged, DocBuilder b,
                    Map<String, String> personState, Budget budget) {
        Nlp nlp = Nlp.shared();
        List<List<Ref>> people = new ArrayList<>();
        for (int i = 0; i < analysed.size(); i++) {
            Relator.Analysed a = analysed.get(i);
            budget.check(i, "parsing");
            List<Ref> refs = refs(a.mentions());
            Sentence s = a.sentence();
            if (refs.size() >= 2 && s.tokens().size() <= MAX_PARSE_TOKENS && somethingNew(crudeTypes(s), refs, b)) {
                Nlp.Parsed p = tagged.get(i).annotation() == null ? nlp.tag(s.text(), s.start()) : tagged.get(i);
                if (!p.tokens().isEmpty() && p.tokens().size() <= MAX_PARSE_TOKENS
                        && somethingNew(exactTypes(nlp.lemmatize(p).tokens()), refs, b)) {
                    relate(nlp.parse(p), a, refs, List.copyOf(people), b, personState);
                }
            }
            List<Ref> persons = refs.stream().filter(r -> r.label().equals("Person")).toList();
            if (!persons.isEmpty()) people.add(persons);
        }
    }

    private static void relate(Nlp.Parsed p, Relator.Analysed a, List<Ref> refs, List<List<Ref>> before, DocBuilder b,
                               Map<String, String> personState) {
        int firstPronoun = firstPronoun(a.sentence().tokens());
        Discourse discourse = new Discourse() {
            @Override
            public String pronoun(int at) {
                return lastPerson(before, refs, at, firstPronoun);
            }

            @Override
            public String described(String state, int at) {
                return personOf(before, refs, state, at, personState);
            }
        };
        for (DependencyRelator.Found f : RELATOR.relate(p.graph(), refs, discourse)) add(b, a, f, personState);
    }

    private static void add(DocBuilder b, Relator.Analysed a, DependencyRelator.Found f, Map<String, String> personState) {
        Map<String, Object> props = new TreeMap<>();
        if (a.dates().size() == 1 && !f.type().equals("CONNECTS") && !f.type().equals("MEMBER_OF")) {
            props.putAll(a.dates().get(0).props());
        }
        Evidence e = a.evidence();
        if (!b.hasRelation(f.type(), f.source(), f.target())) {
            b.relation(f.type(), f.source(), f.target(), props, new Evidence(e.quote(), e.start(), e.end(), f.rule()));
        }
        String state = personState.get(f.source());
        if (f.type().equals("SIGNED") && state != null && !b.hasRelation("PARTY_TO", state, f.target())) {
            b.relation("PARTY_TO", state, f.target(), props, new Evidence(e.quote(), e.start(), e.end(), f.rule() + "-party"));
        }
    }

    /**
     * The person a pronoun at this offset stands for when its clause names no subject: the first person named earlier
     * in the sentence, else the first person of the last sentence that named one (its subject, as a rule). Where the
     * sentence opens with a pronoun before any name ("In Lahore, he paid his respects at the mausoleum of Allama Iqbal
     * ..., where he met X"), its later pronouns are that one: the person of the sentence before.
     */
    private static String lastPerson(List<List<Ref>> before, List<Ref> here, int at, int firstPronoun) {
        for (Ref r : here) {
            if (!r.label().equals("Person") || r.end() > at) continue;
            if (firstPronoun >= 0 && firstPronoun < r.start() && firstPronoun < at) break;
            return r.id();
        }
        return before.isEmpty() ? null : before.get(before.size() - 1).get(0).id();
    }

    /** The offset of the sentence's first "he" or "she", or -1. */
    private static int firstPronoun(List<Token> t) {
        for (Token x : t) if (x.is("he") || x.is("she")) return x.start();
        return -1;
    }

    /** The last person named before this offset whose office is of this state (this sentence first, then back). */
    private static String personOf(List<List<Ref>> before, List<Ref> here, String state, int at, Map<String, String> personState) {
        String found = null;
        for (Ref r : here) if (r.label().equals("Person") && r.end() <= at && state.equals(personState.get(r.id()))) found = r.id();
        if (found != null) return found;
        for (int i = before.size() - 1; i >= 0; i--) {
            for (Ref r : before.get(i)) if (state.equals(personState.get(r.id()))) return r.id();
        }
        return null;
    }

    /** Irregular forms of the rules' trigger verbs, for the look before POS and lemmas. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("met", "meet"),
            Map.entry("held", "hold"), Map.entry("had", "have"), Map.entry("has", "have"), Map.entry("made", "make"),
            Map.entry("paid", "pay"), Map.entry("came", "come"), Map.entry("went", "go"), Map.entry("gone", "go"),
            Map.entry("flew", "fly"), Map.entry("flown", "fly"), Map.entry("began", "begin"), Map.entry("begun", "begin"),
            Map.entry("undertook", "undertake"), Map.entry("undertaken", "undertake"), Map.entry("brought", "bring"),
            Map.entry("called", "call"), Map.entry("is", "be"), Map.entry("are", "be"), Map.entry("was", "be"),
            Map.entry("were", "be"));

    /**
     * The relation types some rule could give, judged before POS and lemmas on the words read as lemmas by stripping
     * common endings ("visited", "talks", "signing") or through {@link #IRREGULAR}.
     */
    static java.util.Set<String> crudeTypes(Sentence s) {
        java.util.Set<String> lemmas = new java.util.HashSet<>();
        for (Token t : s.tokens()) {
            String f = t.fold();
            lemmas.add(f);
            lemmas.add(IRREGULAR.getOrDefault(f, f));
            for (String end : new String[] {"s", "es", "ed", "d", "ing"}) {
                if (f.length() > end.length() + 2 && f.endsWith(end)) {
                    String stem = f.substring(0, f.length() - end.length());
                    lemmas.add(stem);
                    lemmas.add(stem + "e"); // "arriving", "arrived" -> "arriv" -> "arrive"
                    if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                        lemmas.add(stem.substring(0, stem.length() - 1)); // "planned" -> "plan"
                    }
                }
            }
        }
        return RELATOR.possibleTypes(lemmas);
    }

    /** The relation types the rules could give, from the lemmas CoreNLP found. */
    private static java.util.Set<String> exactTypes(List<CoreLabel> tokens) {
        java.util.Set<String> lemmas = new java.util.HashSet<>();
        for (CoreLabel t : tokens) if (t.lemma() != null) lemmas.add(t.lemma().toLowerCase());
        return RELATOR.possibleTypes(lemmas);
    }

    /**
     * Whether a parse could add anything: one of these relation types still joins no pair of the sentence's entities
     * (checked first on word forms, then on lemmas; POS costs ~1.2 ms a sentence and the parse ~7 ms).
     */
    private static boolean somethingNew(java.util.Set<String> types, List<Ref> refs, DocBuilder b) {
        for (String type : types) {
            java.util.Set<String>[] ends = DependencyRelator.ends(type);
            for (Ref x : refs) {
                if (!ends[0].contains(x.label())) continue;
                for (Ref y : refs) {
                    if (ends[1].contains(y.label()) && !x.id().equals(y.id()) && !b.hasRelation(type, x.id(), y.id())) return true;
                }
            }
        }
        return false;
    }

    private static List<Ref> refs(List<Mention> mentions) {
        List<Ref> out = new ArrayList<>();
        for (Mention m : mentions) {
            String label = m.label();
            out.add(new Ref(m.id, label, m.start, m.end));
            // a capital read as its government ("talks in Moscow") is also the city, for the rules that want a place
            if (m.type == Mention.Type.STATE && "capital".equals(m.via)) {
                out.add(new Ref("place:" + Text.slug(m.surface), "Place", m.start, m.end));
            }
        }
        return out;
    }
}

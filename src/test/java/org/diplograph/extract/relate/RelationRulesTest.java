package org.diplograph.extract.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.extract.annotate.Nlp;
import org.junit.jupiter.api.Test;

/** Every rule of {@code rules/relations.semgrex} finds exactly its expected words in its own test sentence. */
class RelationRulesTest {
    private static final List<RelationRule> RULES = RelationRule.load("/rules/relations.semgrex");

    private static SemanticGraph parse(String s) {
        return Nlp.shared().annotate(s, 0, true).graph();
    }

    /** A discourse where every pronoun is {@code pronoun} and each state's official is given. */
    private static Discourse discourse(String pronoun, java.util.Map<String, String> officials) {
        return new Discourse() {
            @Override
            public String pronoun(int offset) {
                return pronoun;
            }

            @Override
            public String described(String stateId, int offset) {
                return officials.get(stateId);
            }
        };
    }

    private static RelationRule rule(String id) {
        return RULES.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyRuleFindsItsTestSentence() {
        assertThat(RULES).hasSizeGreaterThan(15);
        List<String> failures = new ArrayList<>();
        for (RelationRule r : RULES) {
            List<String> found = DependencyRelator.words(r, parse(r.test())).stream().map(w -> w[0] + " > " + w[1]).toList();
            String expected = r.expectSource() + " > " + r.expectTarget();
            if (!found.contains(expected)) failures.add(r.id() + ": expected " + expected + " in '" + r.test() + "', found " + found);
        }
        assertThat(failures).isEmpty();
    }

    /** The pass parses a sentence only if its word forms could give a rule's type: every test sentence gets through. */
    @Test
    void everyTestSentenceGetsPastTheWordFilter() {
        List<String> failures = new ArrayList<>();
        for (RelationRule r : RULES) {
            var s = new org.diplograph.extract.annotate.Sentence(0, 0, r.test().length(), r.test(),
                    org.diplograph.extract.annotate.Tokenizer.tokens(r.test(), 0, r.test().length()));
            if (!DependencyPass.crudeTypes(s).contains(r.type())) failures.add(r.id() + ": " + r.test());
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void ruleIdsAreUnique() {
        assertThat(RULES.stream().map(RelationRule::id).distinct().count()).isEqualTo(RULES.size());
    }

    @Test
    void hedgesGiveNothing() {
        assertThat(DependencyRelator.words(rule("dep-connects"), parse("The railway could connect Khaf with Herat."))).isEmpty();
        assertThat(DependencyRelator.words(rule("dep-met-obj"), parse("Pezeshkian will meet Rahmon in Dushanbe."))).isEmpty();
        assertThat(DependencyRelator.words(rule("dep-met-obj"), parse("Pezeshkian did not meet Rahmon in Dushanbe."))).isEmpty();
        assertThat(DependencyRelator.words(rule("dep-signed"), parse("Putin is expected to sign the treaty in Moscow."))).isEmpty();
        assertThat(DependencyRelator.words(rule("dep-met-with"), parse("Lavrov talked by phone with Araghchi on Monday."))).isEmpty();
    }

    @Test
    void entitiesAreFoundThroughNamesAttachedToTheWord() {
        DependencyRelator rel = new DependencyRelator(RULES);
        String s = "Iranian President Masoud Pezeshkian met his Tajik counterpart Emomali Rahmon in Dushanbe.";
        List<Ref> refs = List.of(new Ref("person:masoud-pezeshkian", "Person", s.indexOf("Masoud"), s.indexOf(" met")),
                new Ref("person:emomali-rahmon", "Person", s.indexOf("Emomali"), s.indexOf(" in ")),
                new Ref("place:dushanbe", "Place", s.indexOf("Dushanbe"), s.indexOf(".")));
        assertThat(rel.relate(parse(s), refs, Discourse.NONE))
                .extracting(DependencyRelator.Found::type, DependencyRelator.Found::source, DependencyRelator.Found::target)
                .contains(tuple("MET", "person:masoud-pezeshkian", "person:emomali-rahmon"));
    }

    @Test
    void aPronounIsTheLastPersonNamed() {
        DependencyRelator rel = new DependencyRelator(RULES);
        String s = "He arrived in Dushanbe on Wednesday.";
        List<Ref> refs = List.of(new Ref("place:dushanbe", "Place", s.indexOf("Dushanbe"), s.indexOf(" on")));
        assertThat(rel.relate(parse(s), refs, discourse("person:masoud-pezeshkian", java.util.Map.of())))
                .containsExactly(new DependencyRelator.Found("VISITED", "person:masoud-pezeshkian", "place:dushanbe",
                        "dep-visit-arrive"));
    }

    @Test
    void aBadRuleLineNamesItsLine() {
        assertThatThrownBy(() -> RelationRule.parse("x.semgrex", 7, "id\tMET\t{}=a >nsubj {}=b\tA met B."))
                .hasMessageContaining("x.semgrex line 7");
        assertThatThrownBy(() -> RelationRule.parse("x.semgrex", 8, "id\tLOVES\t{}=a >nsubj {}=b\tA met B.\tA > B"))
                .hasMessageContaining("unknown relation type");
    }

    @Test
    void aDescriptionIsTheOfficialOfItsState() {
        DependencyRelator rel = new DependencyRelator(RULES);
        String s = "The Turkish leader was welcomed by Kyrgyz President Sadyr Japarov.";
        List<Ref> refs = List.of(new Ref("state:TUR", "State", s.indexOf("Turkish"), s.indexOf(" leader")),
                new Ref("state:KGZ", "State", s.indexOf("Kyrgyz"), s.indexOf(" President")),
                new Ref("person:sadyr-japarov", "Person", s.indexOf("Sadyr"), s.indexOf(".")));
        assertThat(rel.relate(parse(s), refs, discourse(null, java.util.Map.of("state:TUR", "person:recep-tayyip-erdogan")))).extracting(DependencyRelator.Found::source, DependencyRelator.Found::target)
                .contains(tuple("person:sadyr-japarov", "person:recep-tayyip-erdogan"));
    }
}

package org.diplograph.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplograph.extract.recognize.EntityRule;
import org.junit.jupiter.api.Test;

/** The words a TokensRegex pattern needs: only unquantified one-word elements at the top level. */
class RequiredWordsTest {

    @Test
    void topLevelElementsKeepTheirGroupsBracketsAndRegexesWhole() {
        assertThat(RequiredWords.topLevel("(?$a [ner:PERSON]+) /,/ /who/ []{0,4} (?$v /visit|a b/) /[–—:(-]/"))
                .containsExactly("(?$a [ner:PERSON]+)", "/,/", "/who/", "[]{0,4}", "(?$v /visit|a b/)", "/[–—:(-]/");
    }

    @Test
    void onlyUnquantifiedWordsAreRequired() {
        RequiredWords r = RequiredWords.of("(?$a [ner:PERSON]+) /the/? []{0,3} (?$v /met|meets/) [{word:/Airport/}] "
                + "(?: /and/ [ner:PERSON]+)* (?$b [ner:PERSON]+)");
        assertThat(r.size()).isEqualTo(2);
        assertThat(r.mayMatch(words("Putin", "met", "Xi", "at", "Vnukovo", "Airport"))).isTrue();
        assertThat(r.mayMatch(words("Putin", "greeted", "Xi", "at", "Vnukovo", "Airport"))).isFalse();
        assertThat(r.mayMatch(words("Putin", "met", "Xi", "at", "the", "airport"))).isFalse();
    }

    @Test
    void aTopLevelAlternationRequiresNothing() {
        RequiredWords r = RequiredWords.of("(?: /PM/ | /Prime/ /Minister/ ) /House/ | /Amiri|Emiri/ /Diwan/");
        assertThat(r.size()).isZero();
        assertThat(r.mayMatch(words("the", "Amiri", "Diwan"))).isTrue();
    }

    private static List<edu.stanford.nlp.ling.CoreLabel> words(String... w) {
        return EntityRule.words(List.of(w));
    }

    @Test
    void aWordJavaCannotCompileIsNotRequired() {
        assertThat(RequiredWords.of("/met/ /[unclosed/ /talks/").size()).isEqualTo(2);
    }
}

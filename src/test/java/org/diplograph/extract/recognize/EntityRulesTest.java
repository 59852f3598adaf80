package org.diplograph.extract.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule of {@code rules/entities.tokensregex} matches exactly its expected text in its own test sentence. */
class EntityRulesTest {
    private static final List<EntityRule> RULES = EntityRule.load("/rules/entities.tokensregex");

    /** Splits like the extractor's tokenizer does for these sentences: words, and punctuation apart. */
    private static List<String> words(String s) {
        return Arrays.stream(s.replaceAll("([.,;:])", " $1").replace("-", " - ").split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void everyRuleMatchesItsTestSentence() {
        assertThat(RULES).isNotEmpty();
        List<String> failures = new ArrayList<>();
        for (EntityRule r : RULES) {
            List<String> w = words(r.test());
            List<String> found = new ArrayList<>();
            for (int[] m : r.matches(EntityRule.words(w))) found.add(String.join(" ", w.subList(m[0], m[1])));
            if (!found.contains(r.expect())) failures.add(r.id() + ": expected '" + r.expect() + "', found " + found);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void lowerCaseWordsAreNoVenue() {
        EntityRule palace = RULES.stream().filter(r -> r.id().equals("venue-palace")).findFirst().orElseThrow();
        assertThat(palace.matches(EntityRule.words(words("They met at the presidential palace on Monday.")))).isEmpty();
    }

    @Test
    void aBadRuleLineNamesItsLine() {
        assertThatThrownBy(() -> EntityRule.parse("x.tokensregex", 3, "id\tPlace\tsite\t/Kremlin/\tIn the Kremlin."))
                .hasMessageContaining("x.tokensregex line 3");
        assertThatThrownBy(() -> EntityRule.parse("x.tokensregex", 4, "id\tTown\tsite\t/Kremlin/\tIn the Kremlin.\tKremlin"))
                .hasMessageContaining("unknown label");
    }
}

package org.diplograph.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every trigger list of {@code rules/triggers.tsv} is used by a rule, and every list a rule asks for is there. */
class LexiconTest {

    @Test
    void everyListIsUsedAndEveryUsedListExists() throws Exception {
        Set<String> used = new TreeSet<>();
        Pattern call = Pattern.compile("Lexicon\\.words\\(\"([^\"]+)\"\\)");
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(p));
                while (m.find()) used.add(m.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(Lexicon.names()).containsExactlyInAnyOrderElementsOf(used);
        for (String name : used) assertThat(Lexicon.words(name)).as(name).isNotEmpty();
    }

    @Test
    void anUnknownListOrABadLineFailsNamingIt() throws Exception {
        assertThatThrownBy(() -> Lexicon.words("no-such-list")).hasMessageContaining("no-such-list");
        assertThatThrownBy(() -> Lexicon.parse("f", java.util.List.of(new RuleFile.Line(2,
                new String[] {"meeting", "Met talks", "what"})))).hasMessage("f line 2: not lower case: Met");
        assertThatThrownBy(() -> Lexicon.parse("f", java.util.List.of(new RuleFile.Line(3, new String[] {"meeting", "met"}))))
                .hasMessageContaining("f line 3: expected 3 tab-separated fields");
    }
}

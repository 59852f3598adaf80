package org.diplograph.console;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's pre-flight {@code EXPLAIN } prefix never shows in an error's position or text. */
class UnprefixTest {
    @Test
    void lineOnesColumnAndEveryOffsetLoseThePrefix() {
        Map<String, Object> pos = new LinkedHashMap<>(Map.of("line", 1, "column", 19, "offset", 18));
        Unprefix.position(pos, 8);
        assertThat(pos).containsEntry("line", 1).containsEntry("column", 11).containsEntry("offset", 10);
        Map<String, Object> two = new LinkedHashMap<>(Map.of("line", 2, "column", 7, "offset", 24));
        Unprefix.position(two, 8);
        assertThat(two).containsEntry("column", 7).containsEntry("offset", 16);
    }

    @Test
    void theQuotedLineAndItsCaretAreTheUsersOwn() {
        String neo = "Invalid input 'RETRN': expected 'MATCH' (line 1, column 19 (offset: 18))\n"
                + "\"EXPLAIN MATCH (n) RETRN n\"\n"
                + "                   ^";
        String msg = Unprefix.message(neo, 8);
        assertThat(msg).doesNotContain("EXPLAIN")
                .contains("(line 1, column 11 (offset: 10))")
                .endsWith("\"MATCH (n) RETRN n\"\n           ^");
        String[] lines = msg.split("\n");
        assertThat(lines[2].indexOf('^')).as("the caret sits under the R of RETRN").isEqualTo(lines[1].indexOf("RETRN"));
    }
}

package org.diplograph.db;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.diplograph.facts.Labels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@ExtendWith(DiplographExtension.class)
class SchemaTest {
    private final TestApp t;

    SchemaTest(TestApp t) {
        this.t = t;
    }

    private List<String> schemaDescription() {
        List<String> out = new java.util.ArrayList<>(t.db().read("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties "
                        + "RETURN name + ':' + type + ':' + '[' + reduce(s = '', x IN labelsOrTypes | s + x) + '][' + reduce(s = '', x IN properties | s + x) + ']' AS d",
                Map.of(), r -> r.list(rec -> rec.get("d").asString())));
        out.addAll(t.db().read("SHOW INDEXES YIELD name, type, state RETURN name + ':' + type + ':' + state AS d",
                Map.of(), r -> r.list(rec -> rec.get("d").asString())));
        return out.stream().sorted().toList();
    }

    @Test
    void applyingTwiceChangesNothing() {
        List<String> before = schemaDescription();
        Schema.apply(t.db());
        Schema.apply(t.db());
        assertThat(schemaDescription()).isEqualTo(before);
    }

    @Test
    void everyLabelHasAnIdConstraintAndTheFullTextIndexIsOnline() {
        List<String> schema = schemaDescription();
        for (String label : Labels.ALL_LABELS) {
            assertThat(schema).as("constraint on %s.id", label)
                    .anyMatch(d -> d.contains("UNIQUENESS") && d.contains("[" + label + "]") && d.contains("[id]"));
        }
        assertThat(schema).anyMatch(d -> d.startsWith("entity_names:FULLTEXT:ONLINE"));
        assertThat(schema).anyMatch(d -> d.startsWith("event_date:RANGE:ONLINE"));
    }

    @Test
    void fullTextIndexFindsAliasesAccentInsensitively() {
        t.clean();
        t.db().write("CREATE (:State:Entity {id:'state:TUR', name:'Türkiye', aliases:['Türkiye','Turkey']})", Map.of(), r -> r.consume());
        List<String> hits = t.db().read("CALL db.index.fulltext.queryNodes('entity_names', 'turkiye') YIELD node RETURN node.id AS id",
                Map.of(), r -> r.list(rec -> rec.get("id").asString()));
        assertThat(hits).containsExactly("state:TUR");
        t.clean();
    }

    @Test
    void schemaWorkIsNotHeldToAShortQueryTimeout() {
        // a query timeout of 50 ms (DIPLOGRAPH_QUERY_TIMEOUT on a busy machine) stops a query of ~1 s, not schema work
        // (not closed: it shares the test app's driver)
        Database shortTimeout = new Database(t.db().driver(), null, Duration.ofMillis(50));
        String slow = "UNWIND range(1, 20000000) AS x WITH count(x) AS n RETURN n";
        assertThat(catchThrowable(() -> shortTimeout.write(slow, Map.of(), r -> r.consume()))).as("the same work as a query")
                .isNotNull();
        shortTimeout.schema(slow);
    }
}

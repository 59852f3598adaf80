package org.diplograph.load.csv;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MappingSpecTest {
    static final String MINIMAL = """
            dataset: d
            files:
              - name: a
                match: "*.csv"
                nodes:
                  - {label: State, id: "state:{iso}", name: country}
            """;

    /** A mapping with a problem in every part (the schema test checks the same places). */
    static final String PROBLEMS = """
            dataset: d
            batchsize: 10
            codes:
              c: {otherwise: sometimes}
            files:
              - name: a
                join: {file: b, on: x}
                nodes:
                  - {label: Country, id: "x:{a}"}
                  - {label: State, name: n}
                relationships:
                  - {type: LIKES, from: a, to: b}
                  - {type: MET, from: {column: a, codes: nope}, to: b, properties: {id: x, when: {column: w, type: time}}}
            """;

    @Test
    void parsesTheShippedTreatyMapping() throws Exception {
        MappingSpec spec = MappingSpec.parse(Files.readString(Path.of("mappings/manytreaties.yaml")));
        assertThat(spec.dataset).isEqualTo("manytreaties-ggo");
        assertThat(spec.files).extracting(MappingSpec.FileSpec::name).containsExactly("agreements", "parties");
        assertThat(spec.file("parties").join().file()).isEqualTo("agreements");
        assertThat(spec.file("parties").matches("manytreaties_GGO_parties.csv")).isTrue();
        assertThat(spec.file("agreements").matches("manytreaties_GGO_parties.csv")).isFalse();
    }

    @Test
    void parsesJsonToo() {
        MappingSpec spec = MappingSpec.parse("""
                {"dataset": "j", "files": [{"name": "a", "nodes": [{"label": "Person", "id": "person:{id}"}]}]}""");
        assertThat(spec.files.get(0).nodes().get(0).label()).isEqualTo("Person");
        assertThat(spec.batchSize).isEqualTo(MappingSpec.DEFAULT_BATCH);
    }

    @Test
    void badYamlIsASyntaxError() {
        assertThatThrownBy(() -> MappingSpec.parse("dataset: d\nfiles: [\n  - name: a"))
                .isInstanceOfSatisfying(MappingException.class, e -> {
                    assertThat(e.syntax()).isTrue();
                    assertThat(e.getMessage()).contains("not valid YAML or JSON").contains("line");
                });
        assertThatThrownBy(() -> MappingSpec.parse("just a string")).isInstanceOfSatisfying(MappingException.class,
                e -> assertThat(e.syntax()).isTrue());
    }

    @Test
    void everyProblemIsListedWithItsPlace() {
        String spec = PROBLEMS;
        assertThatThrownBy(() -> MappingSpec.parse(spec)).isInstanceOfSatisfying(MappingException.class, e -> {
            assertThat(e.syntax()).isFalse();
            assertThat(e.problems()).anyMatch(p -> p.startsWith("batchsize: unknown field"))
                    .anyMatch(p -> p.startsWith("codes.c.otherwise:"))
                    .anyMatch(p -> p.contains("files[a].nodes[0].label: 'Country' is not a label of the model"))
                    .anyMatch(p -> p.equals("files[a].nodes[1].id: required"))
                    .anyMatch(p -> p.contains("files[a].relationships[0].type: 'LIKES' is not a relationship type"))
                    .anyMatch(p -> p.contains("files[a].relationships[1].from.codes: no code table named 'nope'"))
                    .anyMatch(p -> p.contains("files[a].relationships[1].properties.id: 'id' is written by the loader"))
                    .anyMatch(p -> p.contains("properties.when.type: 'time' is not one of"))
                    .anyMatch(p -> p.contains("files[a].join.file: no file part named 'b'"));
        });
    }

    @Test
    void unknownColumnsAreNamedWithTheFileColumns() {
        MappingSpec spec = MappingSpec.parse(MINIMAL);
        assertThatThrownBy(() -> spec.checkColumns(spec.files.get(0), List.of("ISO", "country"), Map.of()))
                .isInstanceOfSatisfying(MappingException.class, e -> assertThat(e.problems()).containsExactly(
                        "files[a].nodes[0].id: unknown column 'iso' (the file's columns: ISO, country)"));
        spec.checkColumns(spec.files.get(0), List.of("iso", "country"), Map.of());
    }
}

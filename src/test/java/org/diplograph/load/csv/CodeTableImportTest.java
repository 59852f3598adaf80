package org.diplograph.load.csv;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 item 10: COW codes through the shipped COW table (REIGN's ccode), and the warning when a code table reads a
 * code as a state its row does not name (COW abbreviations through the ISO3 gazetteer: AUS is Austria, not Australia).
 */
@ExtendWith(DiplographExtension.class)
class CodeTableImportTest {
    static final Path DIR = Path.of("src/test/resources/csv/cow-igo");
    private final TestApp t;

    CodeTableImportTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void clean() {
        t.clean();
    }

    @Test
    void reignCowNumbersGoThroughTheCowTable() throws Exception {
        String mapping = """
                dataset: reign-test
                codes:
                  cow: {gazetteer: cow, otherwise: fail}
                  leader: {prefix: "person:", otherwise: keep}
                files:
                  - name: leaders
                    nodes:
                      - {label: State, id: {column: ccode, codes: cow}}
                      - {label: Person, id: {column: leader, codes: leader}, name: leader}
                    relationships:
                      - type: HOLDS_OFFICE
                        from: {column: leader, codes: leader}
                        to: {column: ccode, codes: cow}
                        properties: {role: {value: "Leader (REIGN)"}}
                        interval: {from: {column: startdate, format: "yyyy-MM"}, to: {column: enddate, format: "yyyy-MM"}}
                """;
        var f = t.app.csvImporter().importFiles(MappingSpec.parse(mapping), List.of(CsvImporter.Input.of(DIR.resolve("reign.csv"))),
                null, null).files().get(0);
        assertThat(f.errors()).isEmpty();
        List<String> led = t.db().read("MATCH (p:Person)-[:HOLDS_OFFICE]->(s:State) RETURN p.name + ' -> ' + s.id + ' ' + s.name AS x ORDER BY x",
                Map.of(), r -> r.list(x -> x.get("x").asString()));
        assertThat(led).containsExactly(
                "Test Leader of Australia -> state:AUS Australia",
                "Test Leader of Austria -> state:AUT Austria",
                "Test Leader of Mongolia -> state:MNG Mongolia",
                "Test Leader of Montenegro -> state:MNE Montenegro",
                "Test Leader of Slovenia -> state:SVN Slovenia",
                "Test Leader of Switzerland -> state:CHE Switzerland",
                "Test Leader of the UK -> state:GBR United Kingdom");
        assertThat(t.count("MATCH (s:State) RETURN count(s)")).isEqualTo(7);
    }

    @Test
    void cowAbbreviationsThroughTheIsoGazetteerAreWarnedWithTheirRows() throws Exception {
        String mapping = """
                dataset: cow-abbr-test
                codes:
                  states: {gazetteer: states, otherwise: fail}
                  igo: {prefix: "org:", otherwise: keep}
                files:
                  - name: members
                    nodes:
                      - {label: State, id: {column: stateabb, codes: states}}
                      - {label: Organization, id: {column: igo, codes: igo}, name: igo}
                    relationships:
                      - type: MEMBER_OF
                        from: {column: stateabb, codes: states}
                        to: {column: igo, codes: igo}
                """;
        var res = t.send(CsvImportTest.multipart(mapping, Map.of("cow-states-abbr.csv", Files.readAllBytes(DIR.resolve("cow-states-abbr.csv")))));
        assertThat(res.status()).as(res.raw()).isEqualTo(200);
        var warnings = res.body().at("/files/0/warnings");
        assertThat(warnings.size()).as(warnings.toString()).isEqualTo(4);
        assertThat(warnings.get(0).asText()).contains("code 'AUS' of table 'states' was read as the ISO3 code of Australia (state:AUS)")
                .contains("its row names Austria (state:AUT), whose COW code is AUS").contains("use gazetteer: cow").endsWith("rows 2, 6");
        assertThat(warnings.get(1).asText()).contains("'SWZ'").contains("Eswatini").contains("Switzerland").endsWith("row 3");
        assertThat(warnings.get(2).asText()).contains("'MNG'").contains("Mongolia").contains("Montenegro").endsWith("row 4");
        assertThat(warnings.get(3).asText()).contains("'SLV'").contains("El Salvador").contains("Slovenia").endsWith("row 5");
        // GMY is no ISO3 code: its row fails, and the reason says what it is
        assertThat(res.body().at("/files/0/errors/0/row").asInt()).isEqualTo(8);
        assertThat(res.body().at("/files/0/errors/0/reason").asText()).contains("'GMY' is the COW code of Germany (DEU)")
                .contains("gazetteer: cow");
        assertThat(res.body().get("warnings").asInt()).isEqualTo(4);
    }
}

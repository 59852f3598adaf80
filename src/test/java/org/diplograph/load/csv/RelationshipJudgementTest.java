package org.diplograph.load.csv;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 item 7: each relationship of a row is judged on its own, and every reason is reported. */
@ExtendWith(DiplographExtension.class)
class RelationshipJudgementTest {
    static final String MAPPING = """
            dataset: dyads-test
            codes:
              iso: {gazetteer: states, otherwise: fail}
            files:
              - name: dyads
                nodes:
                  - {label: Agreement, id: "agreement:{treaty}", name: treaty}
                  - {label: State, id: {column: party_a, codes: iso}}
                  - {label: State, id: {column: party_b, codes: iso}}
                relationships:
                  - type: PARTY_TO
                    from: {column: party_a, codes: iso}
                    to: "agreement:{treaty}"
                    date: signed
                  - type: PARTY_TO
                    from: {column: party_b, codes: iso}
                    to: "agreement:{treaty}"
                    date: signed
            """;
    static final String CSV = """
            treaty,party_a,party_b,signed
            T1,TJK,IRN,2001-05-01
            T2,TJK,,2002-01-01
            T3,XXZZ,,2003-01-01
            T4,UZB,KAZ,2004-13-01
            """;
    private final TestApp t;

    RelationshipJudgementTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void clean() {
        t.clean();
    }

    private CsvImportReport.FileReport importDyads(String mapping, String csv) throws Exception {
        return t.app.csvImporter().importFiles(MappingSpec.parse(mapping),
                List.of(CsvImporter.Input.of("dyads.csv", csv.getBytes(StandardCharsets.UTF_8))), null, null).files().get(0);
    }

    @Test
    void anEmptyFromFailsOnlyItsRelationshipAndEveryReasonIsReported() throws Exception {
        var f = importDyads(MAPPING, CSV);
        assertThat(f.errors()).extracting(CsvImportReport.RowError::row).containsExactly(3, 4, 5);
        // row 3: party_b is empty, party_a's relationship loads
        assertThat(t.count("MATCH (:State {id: 'state:TJK'})-[r:PARTY_TO]->(:Agreement {id: 'agreement:T2'}) "
                + "WHERE size(r.evidence) = 1 RETURN count(r)")).isEqualTo(1);
        assertThat(f.errors().get(0).reason()).contains("missing from (files[dyads].relationships[1].from (party_b) is empty)")
                .contains("the row's other facts were loaded");
        // row 4: both relationships fail, each with its own reason; nothing of the row is written
        assertThat(f.errors().get(1).reason()).contains("code 'XXZZ' is not in code table 'iso'")
                .contains("missing from (files[dyads].relationships[1].from (party_b) is empty)");
        assertThat(t.count("MATCH (a:Agreement {id: 'agreement:T3'}) RETURN count(a)")).isZero();
        // row 5: one bad date fails both relationships: the row fails, with the date named
        assertThat(f.errors().get(2).reason()).startsWith("bad date").contains("2004-13-01");
        assertThat(t.count("MATCH (a:Agreement {id: 'agreement:T4'}) RETURN count(a)")).isZero();
        assertThat(f.loaded()).isEqualTo(2);
        assertThat(f.failed()).isEqualTo(2);
        assertThat(t.count("MATCH ()-[r:PARTY_TO]->() RETURN count(r)")).isEqualTo(3);
    }

    @Test
    void aDefaultFillsAnEmptyCellBeforeItsCodeTable() throws Exception {
        var f = importDyads(MAPPING.replace("{column: party_b, codes: iso}", "{column: party_b, codes: iso, default: RUS}"), CSV);
        assertThat(f.errors()).extracting(CsvImportReport.RowError::row).containsExactly(4, 5);
        assertThat(f.errors().get(0).reason()).contains("XXZZ").doesNotContain("party_b");
        assertThat(t.count("MATCH (:State {id: 'state:RUS'})-[r:PARTY_TO]->(:Agreement {id: 'agreement:T2'}) RETURN count(r)")).isEqualTo(1);
    }
}

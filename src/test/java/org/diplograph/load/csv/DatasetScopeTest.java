package org.diplograph.load.csv;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 items 8 and 9: relationship keys belong to their dataset, a re-import replaces the dataset's own values, and
 * the same bytes with the same mapping are {@code unchanged}, with nothing written.
 */
@ExtendWith(DiplographExtension.class)
class DatasetScopeTest {
    static final Path DIR = Path.of("src/test/resources/csv");
    static final String YEARLY = """
            dataset: %s
            files:
              - name: members
                nodes:
                  - {label: State, id: "state:{iso}"}
                  - {label: Organization, id: "org:{org}", name: org}
                relationships:
                  - type: MEMBER_OF
                    from: "state:{iso}"
                    to: "org:{org}"
                    key: year
                    interval: {from: year, to: year}
            """;
    static final String SPELLS = """
            dataset: %s
            files:
              - name: members
                nodes:
                  - {label: State, id: "state:{iso}"}
                  - {label: Organization, id: "org:{org}", name: org}
                relationships:
                  - type: MEMBER_OF
                    from: "state:{iso}"
                    to: "org:{org}"
                    %s
            """;
    private final TestApp t;

    DatasetScopeTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void clean() {
        t.clean();
    }

    private CsvImportReport.FileReport load(String mapping, String file, String csv) throws Exception {
        return t.app.csvImporter().importFiles(MappingSpec.parse(mapping),
                List.of(CsvImporter.Input.of(file, csv.getBytes(StandardCharsets.UTF_8))), null, null).files().get(0);
    }

    @Test
    void aKeyOfOneDatasetNeverMergesIntoAnothersRelationship() throws Exception {
        load(YEARLY.formatted("members-a"), "a.csv", "iso,org,year\nTJK,SCO,1996\n");
        load(YEARLY.formatted("members-b"), "b.csv", "iso,org,year\nTJK,SCO,1996\n");
        List<String> evidence = t.db().read("MATCH (:State {id: 'state:TJK'})-[r:MEMBER_OF]->(:Organization {id: 'org:SCO'}) "
                + "RETURN r.evidence[0] AS e, size(r.evidence) AS n ORDER BY e", Map.of(), r -> r.list(x -> x.get("e").asString() + " " + x.get("n").asInt()));
        assertThat(evidence).containsExactly("ev:data:members-a/a.csv#2 1", "ev:data:members-b/b.csv#2 1");
    }

    @Test
    void aReimportReplacesTheDatasetsOwnValuesAndAnOpenEndClearsTheOldEnd() throws Exception {
        String a = SPELLS.formatted("members-a", "interval: {from: joined, to: left}");
        load(a, "a.csv", "iso,org,joined,left\nTJK,SCO,2001,2010\n");
        load(SPELLS.formatted("members-b", ""), "b.csv", "iso,org\nTJK,SCO\n"); // the same relationship, from another dataset
        assertThat(validTo()).isEqualTo("2010-12-31");
        var again = load(a, "a.csv", "iso,org,joined,left\nTJK,SCO,2001,\n");
        assertThat(again.status()).isEqualTo("updated");
        assertThat(validTo()).as("the open end cleared the old end").isEqualTo("NULL");
        assertThat(t.count("MATCH (:State {id: 'state:TJK'})-[r:MEMBER_OF]->() RETURN count(r)")).isEqualTo(1);
    }

    @Test
    void aChangedMappingOnTheSameBytesReplacesTheValuesToo() throws Exception {
        String csv = "iso,org,joined,left,until\nTJK,SCO,2001,2010,\n";
        load(SPELLS.formatted("members-a", "interval: {from: joined, to: left}"), "a.csv", csv);
        assertThat(validTo()).isEqualTo("2010-12-31");
        var again = load(SPELLS.formatted("members-a", "interval: {from: joined, to: until}"), "a.csv", csv);
        assertThat(again.status()).isEqualTo("updated");
        assertThat(validTo()).isEqualTo("NULL");
    }

    private String validTo() {
        return t.db().read("MATCH (:State {id: 'state:TJK'})-[r:MEMBER_OF]->(:Organization {id: 'org:SCO'}) RETURN r.validTo AS v",
                Map.of(), r -> r.single().get("v").toString());
    }

    private CsvImportReport importFixture() throws Exception {
        MappingSpec spec = MappingSpec.parse(Files.readString(DIR.resolve("mapping.yaml")));
        return t.app.csvImporter().importFiles(spec, List.of(CsvImporter.Input.of(DIR.resolve("members.csv")),
                CsvImporter.Input.of(DIR.resolve("treaties.csv"))), null, null);
    }

    @Test
    void theSameBytesAndMappingAreUnchangedAndNothingIsWritten() throws Exception {
        importFixture();
        long[] before = t.counts();
        t.db().write("MATCH (:State {id: 'state:TJK'})-[r:PARTY_TO]->(:Agreement {id: 'agreement:T1'}) SET r.signed = 'by hand'",
                Map.of(), r -> r.consume());
        CsvImportReport again = importFixture();
        assertThat(again.files()).extracting(CsvImportReport.FileReport::status).containsExactly("unchanged", "unchanged");
        assertThat(again.relationshipsWritten()).isZero();
        assertThat(again.files()).allSatisfy(f -> {
            assertThat(f.evidence()).isZero();
            assertThat(f.batches()).isZero();
            assertThat(f.errors()).isEmpty();
        });
        assertThat(t.counts()).containsExactly(before);
        assertThat(t.count("MATCH (:State {id: 'state:TJK'})-[r:PARTY_TO]->(:Agreement {id: 'agreement:T1'}) "
                + "WHERE r.signed = 'by hand' RETURN count(r)")).as("nothing rewritten").isEqualTo(1);
    }

    @Test
    void postingTheSameFilesAgainAnswers200Unchanged() throws Exception {
        Map<String, byte[]> files = Map.of("treaties.csv", Files.readAllBytes(DIR.resolve("treaties.csv")),
                "members.csv", Files.readAllBytes(DIR.resolve("members.csv")));
        assertThat(t.send(CsvImportTest.multipart(Files.readString(DIR.resolve("mapping.yaml")), files)).status()).isEqualTo(200);
        var again = t.send(CsvImportTest.multipart(Files.readString(DIR.resolve("mapping.yaml")), files));
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat(again.body().at("/files/0/status").asText()).isEqualTo("unchanged");
        assertThat(again.body().at("/files/1/status").asText()).isEqualTo("unchanged");
    }

    @Test
    void aFileJoiningAChangedFileIsUpdatedAndAnUnfinishedImportReloaded() throws Exception {
        importFixture();
        Path dir = Files.createTempDirectory("csv");
        Files.writeString(dir.resolve("treaties.csv"), Files.readString(DIR.resolve("treaties.csv")).replace("Big Convention", "Bigger Convention"));
        Files.copy(DIR.resolve("members.csv"), dir.resolve("members.csv"));
        MappingSpec spec = MappingSpec.parse(Files.readString(DIR.resolve("mapping.yaml")));
        CsvImportReport r = t.app.csvImporter().importFiles(spec, List.of(CsvImporter.Input.of(dir.resolve("members.csv")),
                CsvImporter.Input.of(dir.resolve("treaties.csv"))), null, null);
        assertThat(r.files()).extracting(CsvImportReport.FileReport::status).containsExactly("updated", "updated");
        assertThat(t.count("MATCH (:State {id: 'state:IRN'})-[r:PARTY_TO]->(:Agreement {id: 'agreement:T2'}) "
                + "WHERE r.title = 'Bigger Convention' RETURN count(r)")).isEqualTo(1);

        t.db().write("MATCH (d:Document {id: 'doc:data:fixture/members.csv'}) SET d.complete = false", Map.of(), x -> x.consume());
        r = t.app.csvImporter().importFiles(spec, List.of(CsvImporter.Input.of(dir.resolve("members.csv")),
                CsvImporter.Input.of(dir.resolve("treaties.csv"))), null, null);
        assertThat(r.files()).extracting(CsvImportReport.FileReport::status).containsExactly("unchanged", "reloaded");
    }
}

package org.diplograph.load.csv;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@ExtendWith(DiplographExtension.class)
class CsvImportTest {
    static final Path DIR = Path.of("src/test/resources/csv");
    private final TestApp t;

    CsvImportTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void clean() {
        t.clean();
    }

    private CsvImportReport importFixture() throws Exception {
        MappingSpec spec = MappingSpec.parse(Files.readString(DIR.resolve("mapping.yaml")));
        return t.app.csvImporter().importFiles(spec, List.of(CsvImporter.Input.of(DIR.resolve("members.csv")),
                CsvImporter.Input.of(DIR.resolve("treaties.csv"))), null, null);
    }

    @Test
    void loadsTheFixtureAndReportsBadRowsWithTheirNumbers() throws Exception {
        CsvImportReport r = importFixture();
        assertThat(r.files()).extracting(CsvImportReport.FileReport::part).containsExactly("treaties", "members");
        var treaties = r.files().get(0);
        assertThat(treaties.rows()).isEqualTo(6);
        assertThat(treaties.loaded()).isEqualTo(4);
        assertThat(treaties.errors()).extracting(CsvImportReport.RowError::row).containsExactly(5, 6);
        assertThat(treaties.errors().get(0).reason()).contains("bad date").contains("0014-022005");
        assertThat(treaties.errors().get(1).reason()).contains("missing id");
        assertThat(treaties.batches()).isEqualTo(2); // batchSize 2 in the mapping

        var members = r.files().get(1);
        assertThat(members.rows()).isEqualTo(11);
        assertThat(members.loaded()).isEqualTo(8);
        assertThat(members.errors()).extracting(CsvImportReport.RowError::row, e -> e.reason().split(" ")[0])
                .containsExactly(tuple(8, "code"), tuple(9, "treaty"), tuple(10, "bad"));
        assertThat(members.errors().get(0).reason()).contains("'XXZZ'").contains("code table 'iso'");
        assertThat(members.errors().get(1).reason()).isEqualTo("treaty 'T9' has no row in 'treaties'");

        assertThat(t.count("MATCH (a:Agreement) RETURN count(a)")).isEqualTo(4);
        assertThat(t.count("MATCH (s:State) RETURN count(s)")).isEqualTo(4);
        assertThat(t.count("MATCH (o:Organization {id: 'org:eu', name: 'European Union'}) RETURN count(o)")).isEqualTo(1);
        assertThat(t.count("MATCH ()-[r:PARTY_TO]->() RETURN count(r)")).isEqualTo(9);
        // every relationship has evidence citing dataset, file and row
        assertThat(t.count("MATCH ()-[r:PARTY_TO]->() WHERE size(r.evidence) = 0 RETURN count(r)")).isZero();
        assertThat(t.count("MATCH (:Document {id: 'doc:data:fixture/members.csv'})-[:HAS_EVIDENCE]->(e:Evidence) "
                + "WHERE e.dataset = 'fixture' AND e.file = 'members.csv' AND e.row >= 2 RETURN count(e)")).isEqualTo(8);
        var ev = t.db().read("MATCH (:State {id: 'state:TJK'})-[r:PARTY_TO]->(:Agreement {id: 'agreement:T1'}) "
                + "MATCH (e:Evidence {id: r.evidence[0]}) RETURN e.quote AS q, e.row AS row", Map.of(), res -> res.single());
        assertThat(ev.get("q").asString()).isEqualTo("TJK is party to Treaty of Friendship, Tajikistan–Iran");
        assertThat(ev.get("row").asInt()).isEqualTo(2);
        // parties per agreement
        List<String> parties = t.db().read("MATCH (a:Agreement) RETURN a.id AS id, a.parties AS n ORDER BY id", Map.of(),
                res -> res.list(x -> x.get("id").asString() + "=" + x.get("n").asInt()));
        assertThat(parties)
                .containsExactly("agreement:T1=2", "agreement:T2=4", "agreement:T3=2", "agreement:T6=1");
    }

    @Test
    void messyDatesBecomeDateBoundsAndValidity() throws Exception {
        importFixture();
        var t1 = t.db().read("MATCH (a:Agreement {id: 'agreement:T1'}) RETURN a", Map.of(), r -> r.single().get("a").asNode());
        assertThat(t1.get("date").asString()).isEqualTo("2025-01-16");
        assertThat(t1.get("validFrom").asLocalDate()).hasToString("2025-03-01");
        assertThat(t1.get("validTo").isNull()).isTrue(); // 9999-12-31: open-ended
        assertThat(t1.get("inForce").asString()).isEqualTo("2025-03");
        assertThat(t1.get("topics").asList()).containsExactly("trade", "energy");
        var t2 = t.db().read("MATCH (a:Agreement {id: 'agreement:T2'}) RETURN a", Map.of(), r -> r.single().get("a").asNode());
        assertThat(t2.get("date").asString()).isEqualTo("1948");
        assertThat(t2.get("dateFrom").asLocalDate()).hasToString("1948-01-01");
        assertThat(t2.get("dateTo").asLocalDate()).hasToString("1948-12-31");
        assertThat(t2.get("validFrom").asLocalDate()).hasToString("1950-05-01");
        var t3 = t.db().read("MATCH (a:Agreement {id: 'agreement:T3'}) RETURN a", Map.of(), r -> r.single().get("a").asNode());
        assertThat(t3.get("dateUncertain").asBoolean()).isTrue();
        assertThat(t3.get("validTo").asLocalDate()).hasToString("2010-12-31");
        var rel = t.db().read("MATCH (:State {id: 'state:IRN'})-[r:PARTY_TO]->(:Agreement {id: 'agreement:T2'}) RETURN r",
                Map.of(), r -> r.single().get("r").asRelationship());
        assertThat(rel.get("validFrom").asLocalDate()).hasToString("1950-06-01");
        assertThat(rel.get("signed").asString()).isEqualTo("1948");
        assertThat(rel.get("title").asString()).isEqualTo("Big Convention");
    }

    @Test
    void reimportChangesNothingAndAChangedFileReplacesItsFacts() throws Exception {
        importFixture();
        long[] before = t.counts();
        CsvImportReport again = importFixture();
        assertThat(t.counts()).containsExactly(before);
        assertThat(again.nodesCreated()).isZero();
        assertThat(again.relationshipsCreated()).isZero();
        assertThat(again.files()).extracting(CsvImportReport.FileReport::status).containsOnly("unchanged");

        // a corrected members file without TJK's row for T6: its edge and evidence go, the rest stays
        Path dir = Files.createTempDirectory("csv");
        String members = Files.readString(DIR.resolve("members.csv")).replace("TJK,T6,1920,1921,1939\n", "");
        Files.writeString(dir.resolve("members.csv"), members);
        Files.copy(DIR.resolve("treaties.csv"), dir.resolve("treaties.csv"));
        MappingSpec spec = MappingSpec.parse(Files.readString(DIR.resolve("mapping.yaml")));
        CsvImportReport changed = t.app.csvImporter().importFiles(spec, List.of(CsvImporter.Input.of(dir.resolve("treaties.csv")),
                CsvImporter.Input.of(dir.resolve("members.csv"))), null, null);
        assertThat(changed.files().get(1).status()).isEqualTo("updated");
        assertThat(t.count("MATCH ()-[r:PARTY_TO]->(:Agreement {id: 'agreement:T6'}) RETURN count(r)")).isZero();
        assertThat(t.count("MATCH ()-[r:PARTY_TO]->() RETURN count(r)")).isEqualTo(8);
        assertThat(t.count("MATCH (:Document {id: 'doc:data:fixture/members.csv'})-[:HAS_EVIDENCE]->(e) RETURN count(e)")).isEqualTo(7);
        assertThat(t.count("MATCH (a:Agreement {id: 'agreement:T6'}) RETURN a.parties")).isZero();
    }

    @Test
    void postImportTakesCsvAndMappingAsMultipart() throws Exception {
        var res = t.send(multipart(Files.readString(DIR.resolve("mapping.yaml")),
                Map.of("treaties.csv", Files.readAllBytes(DIR.resolve("treaties.csv")),
                        "members.csv", Files.readAllBytes(DIR.resolve("members.csv")))));
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body().get("rowsLoaded").asInt()).isEqualTo(12);
        assertThat(res.body().get("rowsFailed").asInt()).isEqualTo(5);
        assertThat(res.body().at("/files/1/errors/0/row").asInt()).isEqualTo(8);
        assertThat(t.count("MATCH ()-[r:PARTY_TO]->() RETURN count(r)")).isEqualTo(9);
    }

    @Test
    void aBadMappingIs400OrLists422ProblemsAndWritesNothing() throws Exception {
        long[] before = t.counts();
        byte[] csv = Files.readAllBytes(DIR.resolve("treaties.csv"));
        var syntax = t.send(multipart("dataset: x\nfiles: [", Map.of("treaties.csv", csv)));
        assertThat(syntax.status()).isEqualTo(400);
        assertThat(syntax.body().get("detail").asText()).contains("not valid YAML or JSON");

        var label = t.send(multipart(Files.readString(DIR.resolve("mapping.yaml")).replace("label: Agreement", "label: Treaty"),
                Map.of("treaties.csv", csv)));
        assertThat(label.status()).isEqualTo(422);
        assertThat(label.body().get("problems").get(0).asText()).contains("files[treaties].nodes[0].label: 'Treaty' is not a label");

        var column = t.send(multipart(Files.readString(DIR.resolve("mapping.yaml")).replace("name: title", "name: Title"),
                Map.of("treaties.csv", csv)));
        assertThat(column.status()).isEqualTo(422);
        assertThat(column.body().get("detail").asText()).contains("unknown column 'Title'").contains("code, title, signed");

        var unmatched = t.send(multipart(Files.readString(DIR.resolve("mapping.yaml")), Map.of("other.csv", csv)));
        assertThat(unmatched.status()).isEqualTo(422);
        assertThat(unmatched.body().get("detail").asText()).contains("'other.csv' matches no file part");

        var joinMissing = t.send(multipart(Files.readString(DIR.resolve("mapping.yaml")),
                Map.of("members.csv", Files.readAllBytes(DIR.resolve("members.csv")))));
        assertThat(joinMissing.status()).isEqualTo(422);
        assertThat(joinMissing.body().get("detail").asText()).contains("joins 'treaties': give its file too");
        assertThat(t.counts()).containsExactly(before);
    }

    static HttpRequest.Builder multipart(String mapping, Map<String, byte[]> files) {
        String boundary = "----diplograph" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.util.function.Consumer<String> w = s -> out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        w.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"; filename=\"mapping.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n" + mapping + "\r\n");
        files.forEach((name, bytes) -> {
            w.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n");
            out.writeBytes(bytes);
            w.accept("\r\n");
        });
        w.accept("--" + boundary + "--\r\n");
        return HttpRequest.newBuilder(URI.create(TestApp.get().baseUrl() + "/api/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
    }

    /** Issue 13 items 4-5: a formatted date is read strictly (the row fails, naming the format) and may name a month. */
    @Test
    void formattedDatesAreStrictAndMayNameAMonth() throws Exception {
        String mapping = """
                dataset: formatted-dates
                files:
                  - name: leaders
                    match: "leaders*.csv"
                    nodes:
                      - {label: State, id: "state:{iso}"}
                      - {label: Person, id: "person:{id}", name: name}
                    relationships:
                      - type: HOLDS_OFFICE
                        from: "person:{id}"
                        to: "state:{iso}"
                        interval: {from: {column: start, format: "M/yyyy"}, to: {column: end, format: "dd/MM/yyyy"}}
                    quote: "{name} leads {iso} {start}..{end}"
                """;
        String csv = "iso,id,name,start,end\n"
                + "KAZ,test-leader-a,Leader A,4/1945,30/06/1992\n"
                + "UZB,test-leader-b,Leader B,5/1950,31/06/1992\n";
        CsvImportReport r = t.app.csvImporter().importFiles(MappingSpec.parse(mapping),
                List.of(CsvImporter.Input.of("leaders.csv", csv.getBytes(StandardCharsets.UTF_8))), null, null);
        var f = r.files().get(0);
        assertThat(f.loaded()).isEqualTo(1);
        assertThat(f.errors()).extracting(CsvImportReport.RowError::row).containsExactly(3);
        assertThat(f.errors().get(0).reason()).contains("31/06/1992").contains("format 'dd/MM/yyyy'");
        var rel = t.db().read("MATCH (:Person {id: 'person:test-leader-a'})-[r:HOLDS_OFFICE]->(:State {id: 'state:KAZ'}) "
                + "RETURN r", Map.of(), x -> x.single().get("r").asRelationship());
        assertThat(rel.get("validFrom").asLocalDate()).hasToString("1945-04-01");
        assertThat(rel.get("validTo").asLocalDate()).hasToString("1992-06-30");
        long written = t.db().read("MATCH (p:Person {id: 'person:test-leader-b'}) RETURN count(p) AS n", Map.of(),
                x -> x.single().get("n").asLong());
        assertThat(written).as("nothing of the failed row is written").isZero();
    }
}

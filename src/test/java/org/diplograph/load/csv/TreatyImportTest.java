package org.diplograph.load.csv;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real treaty data (../shared/data/treaties, CC BY 4.0; never copied into the project) through POST /api/import with
 * the shipped mapping, then the TJK -> RUS path via agreements as of 2010. Skips only when the data folder is absent.
 */
@ExtendWith(DiplographExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TreatyImportTest {
    static final Path DATA = Path.of("..", "shared", "data", "treaties");
    static final Path AGREEMENTS = DATA.resolve("manytreaties_GGO_agreements.csv");
    static final Path PARTIES = DATA.resolve("manytreaties_GGO_parties.csv");

    private final TestApp t;
    private JsonNode report;
    private long importMillis;

    TreatyImportTest(TestApp t) {
        this.t = t;
    }

    @BeforeAll
    void importTheTreaties() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(AGREEMENTS) && Files.isRegularFile(PARTIES),
                "the treaty data is not at " + DATA.toAbsolutePath().normalize());
        t.db().autoCommit("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS", Map.of());
        t.clean();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(PARTIES.getFileName().toString(), Files.readAllBytes(PARTIES));
        files.put(AGREEMENTS.getFileName().toString(), Files.readAllBytes(AGREEMENTS));
        long t0 = System.nanoTime();
        var res = t.http.send(CsvImportTest.multipart(Files.readString(Path.of("mappings/manytreaties.yaml")), files)
                .timeout(java.time.Duration.ofMinutes(5)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        importMillis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        report = t.json.readTree(res.body());
        System.out.println("treaty import over HTTP: " + importMillis + " ms; " + report.get("files"));
    }

    @org.junit.jupiter.api.AfterAll
    void leaveTheSharedAppSmall() {
        // relationships first, in small transactions: deleting a hub with its thousands of edges at once can exceed
        // the transaction memory pool
        t.db().autoCommit("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS", Map.of());
        t.clean();
    }

    @Test
    void importsTheAgreementsAndTheirPartiesWithEvidence() {
        // about 40 s on a quiet 2-core machine; the bound leaves room for a shared one
        assertThat(importMillis).as("treaty import over HTTP").isLessThan(240_000);
        JsonNode agreements = report.at("/files/0"), parties = report.at("/files/1");
        assertThat(agreements.get("part").asText()).isEqualTo("agreements");
        assertThat(agreements.get("rows").asInt()).isEqualTo(4532);
        assertThat(parties.get("rows").asInt()).isEqualTo(98320);
        // failures are the data's own: malformed dates (0014-022005, 1976-06-31) fail their rows
        assertThat(agreements.get("failed").asInt()).isBetween(1, 10);
        assertThat(parties.get("loaded").asInt()).isGreaterThan(98_000);
        for (JsonNode e : parties.get("errors")) {
            assertThat(e.get("row").asInt()).isBetween(2, 98321);
            assertThat(e.get("reason").asText()).matches("(bad date .*|code .*)");
        }
        assertThat(t.count("MATCH (a:Agreement) RETURN count(a)")).isBetween(4500L, 4700L); // 339 known only from the parties file
        assertThat(t.count("MATCH (s:State) RETURN count(s)")).isGreaterThan(190);
        assertThat(t.count("MATCH ()-[r:PARTY_TO]->() RETURN count(r)")).isGreaterThan(80_000);
        assertThat(t.count("MATCH ()-[r:PARTY_TO]->() WHERE size(r.evidence) = 0 RETURN count(r)")).isZero();
        assertThat(t.count("MATCH (a:Agreement {id: 'agreement:RUS-TJK_1992O'}) RETURN a.parties")).isEqualTo(2);
        assertThat(t.count("MATCH (a:Agreement {id: 'agreement:UNCLOS_1982A'}) RETURN a.parties")).isGreaterThan(150);
        var ev = t.db().read("MATCH (:State {id: 'state:TJK'})-[r:PARTY_TO]->(:Agreement {id: 'agreement:RUS-TJK_1992O'}) "
                + "MATCH (e:Evidence {id: r.evidence[0]}) RETURN e", Map.of(), r -> r.single().get("e").asNode());
        assertThat(ev.get("dataset").asString()).isEqualTo("manytreaties-ggo");
        assertThat(ev.get("file").asString()).isEqualTo("manytreaties_GGO_parties.csv");
        assertThat(ev.get("row").asInt()).isGreaterThan(1);
        assertThat(ev.get("quote").asString()).startsWith("TJK party to RUS-TJK_1992O");
    }

    @Test
    void tajikistanToRussiaViaAgreementsAsOf2010RanksSpecificAgreementsFirst() {
        t.get("/api/paths?from=state:TJK&to=state:RUS&via=agreements&asOf=2010-01-01&mode=shortest&k=5"); // warm-up
        List<Long> millis = new ArrayList<>();
        JsonNode body = null;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            var res = t.get("/api/paths?from=state:TJK&to=state:RUS&via=agreements&asOf=2010-01-01&mode=shortest&k=5");
            millis.add((System.nanoTime() - t0) / 1_000_000);
            assertThat(res.status()).as(res.raw()).isEqualTo(200);
            body = res.body();
        }
        assertThat(millis.stream().sorted().toList().get(2)).as("median latency, ms").isLessThan(2000);
        JsonNode paths = body.get("paths");
        assertThat(paths.size()).isEqualTo(5);
        assertThat(paths.get(0).get("nodes").get(1).asText()).isEqualTo("agreement:RUS-TJK_1992O"); // the bilateral treaty
        assertThat(paths.get(0).get("specificity").asLong()).isEqualTo(2);
        for (int i = 1; i < paths.size(); i++) {
            assertThat(paths.get(i).get("specificity").asLong()).isGreaterThanOrEqualTo(paths.get(i - 1).get("specificity").asLong());
        }
        assertThat(paths.get(4).get("specificity").asLong()).isLessThan(20); // near-universal conventions come last
        // in force on 2010-01-01 only: nothing signed later
        for (JsonNode p : paths) {
            String agreement = p.get("nodes").get(1).asText();
            assertThat(t.count("MATCH (:State {id: 'state:TJK'})-[r:PARTY_TO]->(:Agreement {id: '" + agreement + "'}) "
                    + "RETURN CASE WHEN coalesce(r.validFrom, r.dateFrom) <= date('2010-01-01') "
                    + "AND coalesce(r.validTo, date('9999-12-31')) >= date('2010-01-01') THEN 1 ELSE 0 END")).as(agreement).isEqualTo(1);
        }
        assertThat(paths.get(0).get("explanation").get(0).asText()).contains("Tajikistan").contains("Russia");

        // the same pair before the bilateral treaty existed: it is not offered
        var before = t.get("/api/paths?from=state:TJK&to=state:RUS&via=agreements&asOf=1992-01-01&mode=shortest&k=5");
        assertThat(before.status()).isEqualTo(200);
        for (JsonNode p : before.body().get("paths")) {
            assertThat(p.get("nodes").get(1).asText()).isNotEqualTo("agreement:RUS-TJK_1992O");
        }
    }

    @Test
    void kBestAndAllPathsStayBoundedOnAGraphWithHubs() {
        // near-universal conventions (close to 200 parties) make the number of paths up to 6 hops explode: mode=k and
        // mode=all must still answer (SHORTEST k, not every path), within the query timeout and well under it
        for (String mode : List.of("k&k=5", "all")) {
            String url = "/api/paths?from=state:TJK&to=state:RUS&via=agreements&asOf=2010-01-01&mode=" + mode;
            t.get(url); // warm-up
            long t0 = System.nanoTime();
            var res = t.get(url);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(res.status()).as(mode + ": " + res.raw()).isEqualTo(200);
            assertThat(ms).as(mode + " latency, ms").isLessThan(8000);
            JsonNode paths = res.body().get("paths");
            assertThat(paths.size()).as(mode).isEqualTo(mode.startsWith("k") ? 5 : 50);
            assertThat(res.body().get("truncated").asBoolean()).as(mode).isEqualTo(mode.equals("all"));
            assertThat(paths.get(0).get("nodes").get(1).asText()).as(mode).isEqualTo("agreement:RUS-TJK_1992O");
            for (int i = 1; i < paths.size(); i++) {
                assertThat(paths.get(i).get("hops").asInt()).isGreaterThanOrEqualTo(paths.get(i - 1).get("hops").asInt());
            }
        }
        // fewer shortest paths than k: the longer ones come from SHORTEST k over every length up to maxHops
        var few = t.get("/api/paths?from=state:TJK&to=state:RUS&via=agreements&asOf=1993-01-01&mode=k&k=20");
        assertThat(few.status()).as(few.raw()).isEqualTo(200);
        assertThat(few.body().get("paths").size()).isGreaterThan(0);
    }
}

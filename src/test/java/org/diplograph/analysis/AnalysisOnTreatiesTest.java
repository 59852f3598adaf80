package org.diplograph.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.diplograph.load.csv.CsvImporter;
import org.diplograph.load.csv.MappingSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysis on the real treaty data (../shared/data/treaties, imported with mappings/manytreaties.yaml; skipped when
 * absent): the states with the most bilateral treaties in force with Tajikistan in 2000 and in 2020, from
 * {@code maxParties=2&around=state:TJK}, checked against a plain Cypher count written here; the diff between the two
 * years against the same plain reading.
 */
@ExtendWith(DiplographExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisOnTreatiesTest {
    static final Path DATA = Path.of("..", "shared", "data", "treaties");
    /**
     * Tajikistan's bilateral partners at $t, in plain Cypher: agreements with exactly two state parties whose PARTY_TO
     * holds that day (in force by its interval; without one, signed by then and the agreement not ended).
     */
    static final String PARTNERS = """
            MATCH (s:State)-[r:PARTY_TO]->(a:Agreement)
            WHERE (r.validFrom IS NULL OR r.validFrom <= $t) AND (r.validTo IS NULL OR r.validTo >= $t)
              AND (r.validFrom IS NOT NULL OR coalesce(r.dateFrom, a.dateFrom) IS NULL OR coalesce(r.dateFrom, a.dateFrom) <= $t)
              AND (r.validTo IS NOT NULL OR a.validTo IS NULL OR a.validTo >= $t)
            WITH a, collect(DISTINCT s.id) AS parties
            WHERE size(parties) = 2 AND 'state:TJK' IN parties
            UNWIND parties AS p
            WITH p, a WHERE p <> 'state:TJK'
            RETURN p AS id, count(a) AS c ORDER BY c DESC, id
            """;
    private final TestApp t;

    AnalysisOnTreatiesTest(TestApp t) {
        this.t = t;
    }

    @BeforeAll
    void importTheTreaties() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DATA), "the treaty data is not at " + DATA.toAbsolutePath().normalize());
        t.db().autoCommit("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS", Map.of());
        t.clean();
        MappingSpec spec = MappingSpec.parse(Files.readString(Path.of("mappings", "manytreaties.yaml")));
        t.app.csvImporter().importFiles(spec, List.of(CsvImporter.Input.of(DATA.resolve("manytreaties_GGO_agreements.csv")),
                CsvImporter.Input.of(DATA.resolve("manytreaties_GGO_parties.csv"))), null, null);
    }

    @AfterAll
    void leaveTheSharedAppSmall() {
        t.db().autoCommit("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS", Map.of());
        t.clean();
    }

    private Map<String, Long> plain(String day) {
        Map<String, Long> out = new LinkedHashMap<>();
        t.db().read(PARTNERS, Map.of("t", LocalDate.parse(day)), r -> {
            r.forEachRemaining(x -> out.put(x.get("id").asString(), x.get("c").asLong()));
            return null;
        });
        return out;
    }

    @Test
    void tajikistansBilateralPartnersIn2000And2020AreThoseAPlainCountGives() {
        for (String day : List.of("2000-06-30", "2020-06-30")) {
            var res = t.get("/api/analysis/centrality?metric=degree&labels=State,Agreement&types=PARTY_TO&maxParties=2"
                    + "&around=state:TJK&limit=1000&asOf=" + day);
            assertThat(res.status()).as(res.raw()).isEqualTo(200);
            JsonNode slice = res.body().at("/slices/0");
            Map<String, Long> expected = plain(day);
            assertThat(expected).as("Tajikistan has bilateral treaties in force on " + day).isNotEmpty();
            Map<String, Long> got = new LinkedHashMap<>();
            long tjk = 0;
            for (JsonNode r : slice.get("ranked")) {
                if (r.get("id").asText().equals("state:TJK")) tjk = (long) r.get("value").asDouble();
                else got.put(r.get("id").asText(), (long) r.get("value").asDouble());
            }
            assertThat(got).as(day).isEqualTo(expected);
            assertThat(new ArrayList<>(got.keySet())).as("ranked as the plain count orders them").isEqualTo(new ArrayList<>(expected.keySet()));
            assertThat(tjk).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
            assertThat(slice.at("/ranked/0/id").asText()).isEqualTo("state:TJK");
            System.out.println("TJK bilateral partners " + day + ": " + new ArrayList<>(expected.entrySet()).subList(0, Math.min(5, expected.size())));
        }
    }

    @Test
    void theDiffBetween2000And2020CountsWhatThePlainReadingGives() {
        var res = t.get("/api/analysis/diff?from=2000-06-30&to=2020-06-30&labels=State,Agreement&types=PARTY_TO&limit=20");
        assertThat(res.status()).as(res.raw()).isEqualTo(200);
        JsonNode body = res.body();
        String valid = """
                MATCH (s:State)-[r:PARTY_TO]->(a:Agreement)
                WITH r, a, $t AS t
                WHERE (r.validFrom IS NULL OR r.validFrom <= t) AND (r.validTo IS NULL OR r.validTo >= t)
                  AND (r.validFrom IS NOT NULL OR coalesce(r.dateFrom, a.dateFrom) IS NULL OR coalesce(r.dateFrom, a.dateFrom) <= t)
                  AND (r.validTo IS NOT NULL OR a.validTo IS NULL OR a.validTo >= t)
                RETURN collect(elementId(r)) AS ids
                """;
        List<String> before = t.db().read(valid, Map.of("t", LocalDate.parse("2000-06-30")), r -> r.single().get("ids").asList(v -> v.asString()));
        List<String> after = t.db().read(valid, Map.of("t", LocalDate.parse("2020-06-30")), r -> r.single().get("ids").asList(v -> v.asString()));
        var b = new java.util.HashSet<>(before);
        var a = new java.util.HashSet<>(after);
        long added = after.stream().filter(x -> !b.contains(x)).count();
        long removed = before.stream().filter(x -> !a.contains(x)).count();
        assertThat(body.get("addedCount").asLong()).isEqualTo(added);
        assertThat(body.get("removedCount").asLong()).isEqualTo(removed);
        JsonNode first = body.at("/added/0");
        assertThat(first.get("type").asText()).isEqualTo("PARTY_TO");
        assertThat(first.at("/evidence/0/dataset").asText()).isEqualTo("manytreaties-ggo");
        assertThat(first.at("/evidence/0/row").asInt()).isGreaterThan(1);
        assertThat(first.at("/evidence/0/quote").asText()).contains(" party to ");
        assertThat(first.get("stage").asText()).isIn("signed", "ratified", "in-force");
        assertThat(body.get("rankChanges")).isNotEmpty();
        assertThat(body.at("/rankChanges/0/change").asInt()).isNotZero();
    }
}

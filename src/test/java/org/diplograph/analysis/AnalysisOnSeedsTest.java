package org.diplograph.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysis on the seed articles: the diff that holds the 2025 Iran–Russia treaty, degree against a plain count. */
@ExtendWith(DiplographExtension.class)
class AnalysisOnSeedsTest {
    private final TestApp t;

    AnalysisOnSeedsTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void seeds() {
        t.importSeeds();
    }

    @Test
    void theDiffBetween2023And2025HoldsTheIranRussiaTreatyWithItsQuote() throws Exception {
        var res = t.get("/api/analysis/diff?from=2023-01-01&to=2025-02-01&limit=1000");
        assertThat(res.status()).as(res.raw()).isEqualTo(200);
        JsonNode body = res.body();
        assertThat(body.get("addedCount").asInt()).isEqualTo(body.get("added").size());
        JsonNode treaty = null;
        for (JsonNode it : body.get("added")) {
            if (it.get("type").asText().equals("PARTY_TO") && it.get("source").asText().equals("state:RUS")
                    && it.get("targetName").asText().contains("Comprehensive Strategic Partnership")) treaty = it;
        }
        assertThat(treaty).as("Russia's PARTY_TO the 2025 treaty among the added").isNotNull();
        assertThat(treaty.get("date").asText()).startsWith("2025-01");
        assertThat(treaty.get("stage").asText()).isEqualTo("signed");
        String quote = treaty.at("/evidence/0/quote").asText();
        assertThat(quote).contains("Comprehensive Strategic Partnership");
        String article = Files.readString(Path.of("seeds/000_42c68344f93e6d60.txt"));
        boolean fromAnArticle = false;
        for (JsonNode e : treaty.get("evidence")) fromAnArticle |= article.contains(e.get("quote").asText());
        assertThat(fromAnArticle).as("the quote is a sentence of the seed article").isTrue();
        assertThat(treaty.at("/evidence/0/document").asText()).isNotEmpty();
        // nothing of 2025 was there in 2023, so nothing was removed
        assertThat(body.get("removedCount").asInt()).isZero();
        // the treaty's parties entered the graph, or were there already: every entered entity is absent in 2023
        for (JsonNode e : body.get("entered")) {
            assertThat(e.get("id").asText()).isNotEmpty();
        }
    }

    @Test
    void degreeOverAllTimeIsTheNumberOfRelationshipsAPlainCountGives() {
        var res = t.get("/api/analysis/centrality?metric=degree&limit=5");
        assertThat(res.status()).as(res.raw()).isEqualTo(200);
        JsonNode ranked = res.body().at("/slices/0/ranked");
        assertThat(ranked).hasSize(5);
        for (JsonNode r : ranked) {
            long plain = t.db().read("MATCH (n:Entity {id: $id})-[r]-(m:Entity) WHERE type(r) <> 'MENTIONS' AND m <> n "
                    + "RETURN count(r) AS c", Map.of("id", r.get("id").asText()), x -> x.single().get("c").asLong());
            assertThat(r.get("value").asDouble()).as(r.get("id").asText()).isEqualTo((double) plain);
        }
        long top = t.db().read("MATCH (n:Entity)-[r]-(m:Entity) WHERE type(r) <> 'MENTIONS' AND m <> n "
                + "WITH n, count(r) AS c RETURN max(c) AS c", Map.of(), x -> x.single().get("c").asLong());
        assertThat(ranked.get(0).get("value").asDouble()).isEqualTo((double) top);
    }
}

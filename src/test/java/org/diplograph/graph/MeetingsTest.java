package org.diplograph.graph;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DiplographExtension.class)
class MeetingsTest {
    private final TestApp t;

    MeetingsTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void fixture() {
        QueryFixture.ensure(t);
    }

    /** Edges by unordered pair "a|b" (a < b). */
    static Map<String, JsonNode> pairs(JsonNode body) {
        Map<String, JsonNode> m = new HashMap<>();
        body.get("edges").forEach(e -> {
            String s = e.at("/data/source").asText(), x = e.at("/data/target").asText();
            m.put(s.compareTo(x) < 0 ? s + "|" + x : x + "|" + s, e.get("data"));
        });
        return m;
    }

    @Test
    void theNetworkHoldsPezeshkianRahmonAndPezeshkianPutin() {
        var res = t.get("/api/meetings");
        assertThat(res.status()).as(res.raw()).isEqualTo(200);
        var pairs = pairs(res.body());
        JsonNode pr = pairs.get(QueryFixture.RAHMON + "|" + QueryFixture.PEZESHKIAN);
        assertThat(pr).isNotNull();
        assertThat(pr.get("meetings").asInt()).isEqualTo(1);
        assertThat(pr.get("dates").get(0).asText()).isEqualTo("2025-01-16");
        assertThat(pr.get("places").get(0).asText()).isEqualTo("Dushanbe");
        assertThat(pr.get("type").asText()).isEqualTo("MET");
        JsonNode pp = pairs.get(QueryFixture.PEZESHKIAN + "|" + QueryFixture.PUTIN);
        assertThat(pp).isNotNull();
        assertThat(pp.get("places").get(0).asText()).isEqualTo("Moscow");
        assertThat(pp.get("relationships")).hasSize(1);
        res.body().get("nodes").forEach(n -> assertThat(n.at("/data/label").asText()).isEqualTo("Person"));
    }

    @Test
    void filtersByPersonStateAndPeriod() {
        assertThat(pairs(t.get("/api/meetings?person=" + QueryFixture.PUTIN).body())).containsOnlyKeys(QueryFixture.PEZESHKIAN + "|" + QueryFixture.PUTIN);
        assertThat(pairs(t.get("/api/meetings?state=state:TJK").body())).containsOnlyKeys(QueryFixture.RAHMON + "|" + QueryFixture.PEZESHKIAN);
        assertThat(pairs(t.get("/api/meetings?from=2025-01-17&to=2025-12").body())).containsOnlyKeys(QueryFixture.PEZESHKIAN + "|" + QueryFixture.PUTIN);
        assertThat(pairs(t.get("/api/meetings?to=2024").body())).isEmpty();
        assertThat(t.get("/api/meetings?person=person:nobody").status()).isEqualTo(404);
        assertThat(t.get("/api/meetings?from=16/01/2025").status()).isEqualTo(400);
        assertThat(t.get("/api/meetings?from=2025-02&to=2025-01").status()).isEqualTo(400);
    }
}

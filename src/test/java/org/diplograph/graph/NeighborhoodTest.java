package org.diplograph.graph;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DiplographExtension.class)
class NeighborhoodTest {
    private final TestApp t;

    NeighborhoodTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void fixture() {
        QueryFixture.ensure(t);
    }

    static List<String> nodeIds(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("nodes").forEach(n -> ids.add(n.at("/data/id").asText()));
        return ids;
    }

    @Test
    void depthOneIsTheEgoNetworkAsCytoscapeElements() {
        var res = t.get("/api/entities/" + QueryFixture.PEZESHKIAN + "/neighborhood");
        assertThat(res.status()).as(res.raw()).isEqualTo(200);
        assertThat(nodeIds(res.body())).contains(QueryFixture.PEZESHKIAN, QueryFixture.RAHMON, QueryFixture.PUTIN, "state:IRN",
                QueryFixture.TREATY).doesNotContain("state:TJK", "state:RUS");
        assertThat(res.body().get("truncated").asBoolean()).isFalse();
        assertThat(res.body().get("elapsedMs").isNumber()).isTrue();
        JsonNode met = null;
        for (JsonNode e : res.body().get("edges")) if (e.at("/data/type").asText().equals("MET")) met = e.get("data");
        assertThat(met).isNotNull();
        assertThat(met.get("id").asText()).isNotBlank();
        assertThat(met.get("evidenceCount").asInt()).isEqualTo(1);
        assertThat(met.get("date").asText()).startsWith("2025-01-1");
        var node = res.body().get("nodes").get(0).get("data");
        assertThat(node.get("label").asText()).isNotBlank();
        assertThat(node.get("name").asText()).isNotBlank();
        // edges only between returned nodes
        List<String> ids = nodeIds(res.body());
        res.body().get("edges").forEach(e -> assertThat(ids).contains(e.at("/data/source").asText(), e.at("/data/target").asText()));
    }

    @Test
    void depthTwoReachesFurtherAndFiltersApply() {
        var two = t.get("/api/entities/" + QueryFixture.PEZESHKIAN + "/neighborhood?depth=2").body();
        assertThat(nodeIds(two)).contains("state:TJK", "state:RUS", "place:moscow");

        var onlyMet = t.get("/api/entities/" + QueryFixture.PEZESHKIAN + "/neighborhood?types=MET").body();
        assertThat(nodeIds(onlyMet)).containsExactlyInAnyOrder(QueryFixture.PEZESHKIAN, QueryFixture.RAHMON, QueryFixture.PUTIN);

        var persons = t.get("/api/entities/state:IRN/neighborhood?depth=2&labels=Person").body();
        assertThat(nodeIds(persons)).contains("state:IRN", QueryFixture.PEZESHKIAN, QueryFixture.RAHMON, QueryFixture.PUTIN)
                .allMatch(id -> id.equals("state:IRN") || id.startsWith("person:"));

        var after = t.get("/api/entities/" + QueryFixture.PEZESHKIAN + "/neighborhood?types=MET,HOLDS_OFFICE&from=2025-01-17").body();
        assertThat(nodeIds(after)).contains(QueryFixture.PUTIN, "state:IRN").doesNotContain(QueryFixture.RAHMON);
        var jan16 = t.get("/api/entities/" + QueryFixture.PEZESHKIAN + "/neighborhood?types=MET&from=2025-01&to=2025-01-16").body();
        assertThat(nodeIds(jan16)).contains(QueryFixture.RAHMON).doesNotContain(QueryFixture.PUTIN);
    }

    @Test
    void capsSayTruncated() {
        var cut = t.get("/api/entities/state:IRN/neighborhood?depth=3&limit=5").body();
        assertThat(cut.get("nodes")).hasSize(5);
        assertThat(cut.get("truncated").asBoolean()).isTrue();
        // per expanded node: a service with maxExpand 2
        var service = new NeighborhoodService(t.db(), 2);
        var out = service.neighborhood(new NeighborhoodService.Request(QueryFixture.CONVENTION, 1, null, null, null, null, 300));
        assertThat(out.nodes()).hasSize(3);
        assertThat(out.truncated()).isTrue();
    }

    @Test
    void badInputIsRefused() {
        String base = "/api/entities/state:IRN/neighborhood";
        assertThat(t.get(base + "?depth=0").status()).isEqualTo(400);
        assertThat(t.get(base + "?depth=4").status()).isEqualTo(400);
        assertThat(t.get(base + "?limit=100000").status()).isEqualTo(400);
        assertThat(t.get(base + "?types=KNOWS").status()).isEqualTo(400);
        assertThat(t.get(base + "?labels=Evidence").status()).isEqualTo(400);
        assertThat(t.get(base + "?from=2025-13-01").status()).isEqualTo(400);
        assertThat(t.get(base + "?from=2025-02&to=2025-01").status()).isEqualTo(400);
        assertThat(t.get("/api/entities/state:NOPE/neighborhood").status()).isEqualTo(404);
    }
}

package org.diplograph.graph;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DiplographExtension.class)
class PathAndEvidenceTest {
    private final TestApp t;

    PathAndEvidenceTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void fixture() {
        QueryFixture.ensure(t);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    @Test
    void tajikistanToRussiaViaAgreementsGoesThroughIranAndCitesThe2025Treaty() {
        var res = t.get("/api/paths?from=state:TJK&to=state:RUS&via=agreements");
        assertThat(res.status()).as(res.raw()).isEqualTo(200);
        JsonNode best = res.body().get("paths").get(0);
        assertThat(texts(best.get("nodes"))).containsExactly("state:TJK", QueryFixture.PACKAGE, "state:IRN", QueryFixture.TREATY, "state:RUS");
        assertThat(best.get("hops").asInt()).isEqualTo(4);
        List<String> explanation = texts(best.get("explanation"));
        assertThat(explanation).hasSize(2);
        assertThat(explanation.get(0)).startsWith("Tajikistan and Iran are parties to 23 cooperation documents, signed on 16 January 2025")
                .contains("Tehran Times").contains("The two presidents oversaw the signing of 23 cooperation documents");
        assertThat(explanation.get(1)).startsWith("Iran and Russia are parties to the Treaty on Comprehensive Strategic Partnership, signed on 17 January 2025")
                .contains(QueryFixture.TREATY_QUOTE).contains("Iran and Russia sign strategic partnership treaty");
        assertThat(best.get("corroboration").asInt()).as("two articles report the package, one the treaty").isEqualTo(3);
        // elements: the path's nodes and edges, drawable by Cytoscape
        assertThat(res.body().get("nodes")).hasSize(5);
        assertThat(res.body().get("edges")).hasSize(4);
        assertThat(best.at("/steps/1/citations/0/quote").asText()).isEqualTo(QueryFixture.TREATY_QUOTE);
    }

    @Test
    void rankingPrefersSpecificAgreementsOverNearUniversalOnes() {
        var k = t.get("/api/paths?from=state:TJK&to=state:RUS&via=agreements&mode=k&k=5").body();
        var paths = k.get("paths");
        assertThat(paths.size()).isGreaterThanOrEqualTo(2);
        assertThat(texts(paths.get(0).get("nodes"))).contains(QueryFixture.PACKAGE);
        assertThat(texts(paths.get(1).get("nodes"))).contains(QueryFixture.CONVENTION);
        assertThat(paths.get(0).get("specificity").asLong()).isLessThan(paths.get(1).get("specificity").asLong());
        assertThat(texts(paths.get(1).get("explanation")).get(0)).contains("(one of 20 parties)");

        var kgz = t.get("/api/paths?from=state:TJK&to=state:KGZ&via=agreements&mode=all").body();
        assertThat(texts(kgz.at("/paths/0/nodes"))).containsExactly("state:TJK", QueryFixture.BORDER, "state:KGZ");
        assertThat(texts(kgz.at("/paths/1/nodes"))).containsExactly("state:TJK", QueryFixture.CONVENTION, "state:KGZ");
        kgz.get("paths").forEach(p -> assertThat(p.get("hops").asInt()).isLessThanOrEqualTo(4));
    }

    @Test
    void asOfKeepsOnlyWhatHadHappened() {
        var before = t.get("/api/paths?from=state:TJK&to=state:RUS&via=agreements&asOf=2025-01-16").body();
        assertThat(before.get("paths")).isEmpty();
        var after = t.get("/api/paths?from=state:TJK&to=state:RUS&via=agreements&asOf=2025-01-17").body();
        assertThat(texts(after.at("/paths/0/nodes"))).contains(QueryFixture.TREATY);
        var border = t.get("/api/paths?from=state:TJK&to=state:KGZ&via=agreements&asOf=2025-02").body();
        assertThat(texts(border.at("/paths/0/nodes"))).doesNotContain(QueryFixture.BORDER);
    }

    @Test
    void otherViasExplainTheirSteps() {
        var meetings = t.get("/api/paths?from=state:TJK&to=state:RUS&via=meetings").body();
        List<String> ex = texts(meetings.at("/paths/0/explanation"));
        assertThat(ex).hasSize(4);
        assertThat(ex.get(0)).startsWith("Emomali Rahmon is President of Tajikistan");
        assertThat(ex.get(1)).startsWith("Emomali Rahmon met Masoud Pezeshkian on 16 January 2025");
        assertThat(ex.get(2)).startsWith("Masoud Pezeshkian met Vladimir Putin on 17 January 2025");

        var corridor = t.get("/api/paths?from=state:CHN&to=state:IRN&via=corridors").body();
        assertThat(texts(corridor.at("/paths/0/explanation")).get(0)).startsWith("Five Nations Railway Corridor connects China and Iran");

        var members = t.get("/api/paths?from=state:IRN&to=state:TJK&via=memberships&mode=all").body();
        assertThat(members.get("paths")).hasSize(2);

        var none = t.get("/api/paths?from=state:EGY&to=state:RUS&via=memberships").body();
        assertThat(none.get("paths")).isEmpty();
    }

    @Test
    void badPathInput() {
        assertThat(t.get("/api/paths?from=state:TJK").status()).isEqualTo(400);
        assertThat(t.get("/api/paths?from=state:TJK&to=state:TJK").status()).isEqualTo(400);
        assertThat(t.get("/api/paths?from=state:TJK&to=state:RUS&maxHops=7").status()).isEqualTo(400);
        assertThat(t.get("/api/paths?from=state:TJK&to=state:RUS&maxHops=0").status()).isEqualTo(400);
        assertThat(t.get("/api/paths?from=state:TJK&to=state:RUS&k=0&mode=k").status()).isEqualTo(400);
        assertThat(t.get("/api/paths?from=state:TJK&to=state:RUS&via=rumours").status()).isEqualTo(400);
        assertThat(t.get("/api/paths?from=state:TJK&to=state:RUS&mode=longest").status()).isEqualTo(400);
        assertThat(t.get("/api/paths?from=state:TJK&to=state:RUS&asOf=yesterday").status()).isEqualTo(400);
        assertThat(t.get("/api/paths?from=state:TJK&to=state:XXX").status()).isEqualTo(404);
    }

    @Test
    void evidenceOfAnEdgeGivesQuotesDocumentsOffsetsAndRule() {
        var path = t.get("/api/paths?from=state:TJK&to=state:RUS&via=agreements").body();
        String treatyEdge = null;
        for (JsonNode e : path.get("edges")) {
            if (e.at("/data/source").asText().equals("state:RUS")) treatyEdge = e.at("/data/id").asText();
        }
        assertThat(treatyEdge).contains(":");
        var ev = t.get("/api/relationships/" + URLEncoder.encode(treatyEdge, StandardCharsets.UTF_8) + "/evidence");
        assertThat(ev.status()).as(ev.raw()).isEqualTo(200);
        JsonNode first = ev.body().get("evidence").get(0);
        assertThat(first.get("quote").asText()).isEqualTo(QueryFixture.TREATY_QUOTE);
        assertThat(first.get("document").asText()).isEqualTo("doc:iran-russia-treaty");
        assertThat(first.get("title").asText()).isEqualTo("Iran and Russia sign strategic partnership treaty");
        assertThat(first.get("published").asText()).isEqualTo("2025-01-17");
        assertThat(first.get("end").asInt() - first.get("start").asInt()).isEqualTo(QueryFixture.TREATY_QUOTE.length());
        assertThat(first.get("rule").asText()).isEqualTo("fixture-party_to");
        assertThat(ev.body().at("/relationship/type").asText()).isEqualTo("PARTY_TO");

        String pkgEdge = null;
        for (JsonNode e : path.get("edges")) {
            if (e.at("/data/source").asText().equals("state:TJK")) pkgEdge = e.at("/data/id").asText();
        }
        var two = t.get("/api/relationships/" + URLEncoder.encode(pkgEdge, StandardCharsets.UTF_8) + "/evidence").body();
        assertThat(two.get("evidence")).hasSize(2);
        assertThat(two.get("documents").asInt()).isEqualTo(2);

        assertThat(t.get("/api/relationships/" + URLEncoder.encode("5:00000000-0000-0000-0000-000000000000:999999", StandardCharsets.UTF_8) + "/evidence").status()).isEqualTo(404);
        assertThat(t.get("/api/relationships/nonsense/evidence").status()).isEqualTo(404);
        assertThat(t.get("/api/relationships/" + URLEncoder.encode("1}) DETACH DELETE n //", StandardCharsets.UTF_8) + "/evidence").status()).isEqualTo(404);
    }
}

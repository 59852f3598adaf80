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

/** The Query API on the real seed graph (the five articles through the real extractor and loader). */
@ExtendWith(DiplographExtension.class)
class SeedQueriesTest {
    private final TestApp t;

    SeedQueriesTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void seeds() {
        t.importSeeds();
    }

    private String first(String q) {
        var res = t.get("/api/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body().get("results")).as("results for " + q).isNotEmpty();
        return res.body().at("/results/0/id").asText();
    }

    @Test
    void searchOnTheSeeds() {
        assertThat(first("pezesh")).isEqualTo("person:masoud-pezeshkian");
        assertThat(first("Tadjikistan")).isEqualTo("state:TJK");
        assertThat(first("Turkiye")).isEqualTo("state:TUR");
    }

    @Test
    void tajikistanToRussiaViaAgreementsGoesThroughIranAndCitesThe2025Treaty() {
        var res = t.get("/api/paths?from=state:TJK&to=state:RUS&via=agreements");
        assertThat(res.status()).as(res.raw()).isEqualTo(200);
        JsonNode best = res.body().at("/paths/0");
        List<String> nodes = new ArrayList<>();
        best.get("nodes").forEach(n -> nodes.add(n.asText()));
        assertThat(nodes).first().isEqualTo("state:TJK");
        assertThat(nodes).last().isEqualTo("state:RUS");
        assertThat(nodes).contains("state:IRN");
        String last = best.get("explanation").get(best.get("explanation").size() - 1).asText();
        assertThat(last).startsWith("Iran and Russia are parties to").containsIgnoringCase("Comprehensive Strategic Partnership")
                .contains("2025").contains("\u201c");
        System.out.println("Seed path TJK→RUS via agreements:\n  " + String.join("\n  ", best.get("explanation").findValuesAsText("x").isEmpty()
                ? toList(best.get("explanation")) : List.of()));
    }

    private static List<String> toList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    @Test
    void meetingsHoldPezeshkianRahmonAndPezeshkianPutin() {
        var res = t.get("/api/meetings?person=person:masoud-pezeshkian");
        assertThat(res.status()).isEqualTo(200);
        List<String> partners = new ArrayList<>();
        res.body().get("edges").forEach(e -> {
            String s = e.at("/data/source").asText(), x = e.at("/data/target").asText();
            partners.add(s.equals("person:masoud-pezeshkian") ? x : s);
        });
        assertThat(partners).contains("person:emomali-rahmon", "person:vladimir-putin");
    }

    @Test
    void neighbourhoodAndEvidenceOnTheSeeds() {
        var res = t.get("/api/entities/state:TJK/neighborhood?depth=2");
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body().get("nodes").size()).isGreaterThan(10);
        String edge = res.body().at("/edges/0/data/id").asText();
        var ev = t.get("/api/relationships/" + java.net.URLEncoder.encode(edge, java.nio.charset.StandardCharsets.UTF_8) + "/evidence");
        assertThat(ev.status()).isEqualTo(200);
        assertThat(ev.body().at("/evidence/0/quote").asText()).isNotBlank();
    }
}

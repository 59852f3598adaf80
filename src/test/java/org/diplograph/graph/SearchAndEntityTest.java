package org.diplograph.graph;

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
class SearchAndEntityTest {
    private final TestApp t;

    SearchAndEntityTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void fixture() {
        QueryFixture.ensure(t);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private List<String> ids(String q) {
        var res = t.get("/api/search?q=" + enc(q));
        assertThat(res.status()).as(res.raw()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        res.body().get("results").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    @Test
    void searchFindsPrefixesFuzzySpellingsAndAccentFreeForms() {
        assertThat(ids("pezesh")).first().isEqualTo(QueryFixture.PEZESHKIAN);
        assertThat(ids("Tadjikistan")).first().isEqualTo("state:TJK");
        assertThat(ids("Turkiye")).first().isEqualTo("state:TUR");
        assertThat(ids("Türkiye")).first().isEqualTo("state:TUR");
        assertThat(ids("turkey")).first().isEqualTo("state:TUR");
        assertThat(ids("Putin")).first().isEqualTo(QueryFixture.PUTIN);
        assertThat(ids("strategic partnership")).first().isEqualTo(QueryFixture.TREATY);
        assertThat(ids("Rahmon")).doesNotContain("state:IRN");
    }

    @Test
    void searchFiltersByTypeCapsAndSurvivesLuceneSyntax() {
        var res = t.get("/api/search?q=" + enc("Iran") + "&types=State&limit=3");
        assertThat(res.status()).isEqualTo(200);
        res.body().get("results").forEach(r -> assertThat(r.get("label").asText()).isEqualTo("State"));
        assertThat(res.body().get("results").size()).isBetween(1, 3);
        for (String hostile : List.of("*", "\"unbalanced", "a:b OR (", "~~~", "AND", "\\", "name:*) OR 1=1 //", "<script>")) {
            var r = t.get("/api/search?q=" + enc(hostile));
            assertThat(r.status()).as(hostile + " " + r.raw()).isEqualTo(200);
        }
        assertThat(t.get("/api/search?q=").status()).isEqualTo(400);
        assertThat(t.get("/api/search?q=x&limit=0").status()).isEqualTo(400);
        assertThat(t.get("/api/search?q=x&types=Document").status()).isEqualTo(400);
        assertThat(t.get("/api/search?q=x&types=State,Bogus").status()).isEqualTo(400);
    }

    @Test
    void entityDetailsListOfficesMembershipsAgreementsMeetingsCorridorsAndDocuments() {
        var iran = t.get("/api/entities/state:IRN");
        assertThat(iran.status()).as(iran.raw()).isEqualTo(200);
        var b = iran.body();
        assertThat(b.at("/entity/name").asText()).isEqualTo("Iran");
        assertThat(b.at("/entity/iso3").asText()).isEqualTo("IRN");
        assertThat(b.get("offices").findValuesAsText("id")).contains(QueryFixture.PEZESHKIAN);
        assertThat(b.get("memberships").findValuesAsText("id")).contains("org:eco", "org:sco");
        assertThat(b.get("agreements").findValuesAsText("id")).contains(QueryFixture.PACKAGE, QueryFixture.TREATY, QueryFixture.CONVENTION);
        assertThat(b.get("corridors").findValuesAsText("id")).contains(QueryFixture.CORRIDOR);
        assertThat(b.get("documents").findValuesAsText("id")).contains("doc:iran-tajikistan-2025", "doc:iran-russia-treaty");

        var pez = t.get("/api/entities/" + enc(QueryFixture.PEZESHKIAN)).body();
        assertThat(pez.get("offices").get(0).get("role").asText()).isEqualTo("President");
        assertThat(pez.get("meetings").findValuesAsText("id")).contains(QueryFixture.RAHMON, QueryFixture.PUTIN);
        assertThat(pez.get("agreements").findValuesAsText("id")).contains(QueryFixture.TREATY);

        var treaty = t.get("/api/entities/" + QueryFixture.TREATY).body();
        assertThat(treaty.get("agreements").findValuesAsText("id")).contains("state:IRN", "state:RUS");

        assertThat(t.get("/api/entities/state:NOPE").status()).isEqualTo(404);
        assertThat(t.get("/api/entities/" + enc("1}) DETACH DELETE n //")).status()).isEqualTo(404);
    }
}

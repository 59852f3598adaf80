package org.diplograph.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contradictions, the agreement stage and the analysis routes' errors over real HTTP, on a graph written in the test:
 * two articles that disagree on a signing (23 vs 22 documents, parties Iran and Tajikistan vs Iran, Tajikistan and
 * Russia, 16 vs 18 January for the meeting), a third that agrees with the first, and a treaty party with every stage date.
 */
@ExtendWith(DiplographExtension.class)
class ContradictionsStageAndErrorsTest {
    private final TestApp t;

    ContradictionsStageAndErrorsTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void twoArticlesThatDisagree() {
        Disagreeing.write(t);
    }

    private JsonNode ok(String url) {
        var res = t.get(url);
        assertThat(res.status()).as(url + " -> " + res.raw()).isEqualTo(200);
        return res.body();
    }

    private static JsonNode flag(JsonNode body, String subject, String fact) {
        for (JsonNode c : body.get("contradictions")) {
            if (c.get("subject").asText().equals(subject) && c.get("fact").asText().equals(fact)) return c;
        }
        return null;
    }

    private static List<String> values(JsonNode c) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : c.get("sides")) out.add(s.get("value").asText());
        return out;
    }

    @Test
    void sourcesThatDisagreeOnCountDateAndPartiesAreFlaggedWithTheEvidenceOfEachSide() {
        JsonNode body = ok("/api/analysis/contradictions?entity=state:IRN");
        JsonNode count = flag(body, "agreement:pkg", "count");
        assertThat(count).isNotNull();
        assertThat(values(count)).containsExactly("22", "23");
        assertThat(count.get("stored").asText()).isEqualTo("23");
        assertThat(count.at("/sides/1/documents").asInt()).as("doc:1 and doc:3 say 23").isEqualTo(2);
        assertThat(count.at("/sides/0/evidence/0/quote").asText()).contains("22 cooperation documents");
        assertThat(count.at("/sides/0/evidence/0/source").asText()).isEqualTo("Agency B");

        JsonNode parties = flag(body, "agreement:pkg", "parties");
        assertThat(parties).isNotNull();
        assertThat(values(parties)).containsExactly("state:IRN, state:TJK", "state:IRN, state:RUS, state:TJK", "state:TJK");
        assertThat(parties.at("/sides/1/evidence/0/document").asText()).isEqualTo("doc:2");

        JsonNode date = flag(body, "agreement:pkg", "date");
        assertThat(date).as("party dates 16 vs 18 January").isNotNull();
        assertThat(values(date)).containsExactly("2025-01-16", "2025-01-18");

        // the meeting: one Event, two MET relationships naming it with different dates
        JsonNode talks = ok("/api/analysis/contradictions?entity=event:talks");
        JsonNode meetingDate = flag(talks, "event:talks", "date");
        assertThat(meetingDate).isNotNull();
        assertThat(values(meetingDate)).containsExactly("2025-01-16", "2025-01-18");
        assertThat(meetingDate.at("/sides/1/evidence/0/quote").asText()).contains("January 18");

        // one source (a dataset row) disagrees with nobody
        assertThat(ok("/api/analysis/contradictions?entity=state:KAZ").get("contradictions")).isEmpty();
        assertThat(ok("/api/analysis/contradictions?entity=state:KAZ").get("checked").asInt()).isEqualTo(1);
    }

    @Test
    void theStageOfAnAgreementForAPartyFollowsTheDatesOnItsPartyTo() {
        String base = "/api/analysis/stage?party=state:KAZ&agreement=agreement:old&at=";
        assertThat(ok(base + "1990").at("/agreements/0/stage").asText()).isEqualTo("not-yet");
        assertThat(ok(base + "1995-03-01").at("/agreements/0/stage").asText()).isEqualTo("signed");
        assertThat(ok(base + "1996-06-01").at("/agreements/0/stage").asText()).as("ratified in 1996").isEqualTo("ratified");
        assertThat(ok(base + "2000").at("/agreements/0/stage").asText()).isEqualTo("in-force");
        assertThat(ok(base + "2010-06-30").at("/agreements/0/stage").asText()).as("2010-06 ends on its last day").isEqualTo("in-force");
        JsonNode ended = ok(base + "2010-07-01");
        assertThat(ended.at("/agreements/0/stage").asText()).isEqualTo("ended");
        assertThat(ended.at("/agreements/0/evidence/0/dataset").asText()).isEqualTo("treaties");
        assertThat(ended.at("/agreements/0/evidence/0/row").asInt()).isEqualTo(7);
        assertThat(ended.at("/counts/ended").asInt()).isEqualTo(1);
        // an article's PARTY_TO has only its date: signed from then on
        assertThat(ok("/api/analysis/stage?party=state:RUS&at=2025-01-17").at("/agreements/0/stage").asText()).isEqualTo("not-yet");
        assertThat(ok("/api/analysis/stage?party=state:RUS&at=2025-02").at("/agreements/0/stage").asText()).isEqualTo("signed");
    }

    @Test
    void badParametersAre400NamingThemUnknownEntities404AndTooManySlices413NamingTheCap() {
        for (String[] c : List.of(
                new String[]{"/api/analysis/centrality?metric=closeness", "metric"},
                new String[]{"/api/analysis/centrality?labels=Document", "labels"},
                new String[]{"/api/analysis/centrality?types=LIKES", "types"},
                new String[]{"/api/analysis/centrality?from=2020&to=2019", "from"},
                new String[]{"/api/analysis/centrality?asOf=yesterday", "asOf"},
                new String[]{"/api/analysis/centrality?slice=month&from=2020&to=2021", "slice"},
                new String[]{"/api/analysis/centrality?slice=year", "from and to"},
                new String[]{"/api/analysis/centrality?limit=0", "limit"},
                new String[]{"/api/analysis/communities?maxParties=1", "maxParties"},
                new String[]{"/api/analysis/diff?from=2023", "to"},
                new String[]{"/api/analysis/diff?from=2025&to=2023", "from must be before to"},
                new String[]{"/api/analysis/contradictions", "entity"},
                new String[]{"/api/analysis/stage?party=state:KAZ", "at"})) {
            var res = t.get(c[0]);
            assertThat(res.status()).as(c[0] + " -> " + res.raw()).isEqualTo(400);
            assertThat(res.body().get("title").asText()).isEqualTo("Bad request");
            assertThat(res.body().get("detail").asText()).as(c[0]).contains(c[1]);
        }
        for (String url : List.of("/api/analysis/contradictions?entity=state:XXX", "/api/analysis/centrality?around=state:XXX",
                "/api/analysis/stage?party=state:XXX&at=2020")) {
            var res = t.get(url);
            assertThat(res.status()).as(url).isEqualTo(404);
            assertThat(res.body().get("detail").asText()).contains("state:XXX");
        }
        var tooMany = t.get("/api/analysis/centrality?slice=year&from=1900&to=2025");
        assertThat(tooMany.status()).isEqualTo(413);
        assertThat(tooMany.body().get("detail").asText()).contains("126 slices").contains("cap is 60");
        assertThat(tooMany.body().get("cap").asText()).isEqualTo("maxSlices");
    }
}

package org.diplograph.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/paths} over real HTTP carries, on each step, a note per relationship: a PARTY_TO's stage at the path's
 * {@code asOf} (today without one) and the contradiction flags of the agreement or event it is about, the same flags
 * {@code /api/analysis/contradictions} gives. On {@link Disagreeing}'s graph plus a second treaty party (Uzbekistan)
 * that signed in 1995 and ratified in 1999 (the dated relationships get the {@code dateFrom} the loader would give).
 */
@ExtendWith(DiplographExtension.class)
class PathNotesTest {
    private final TestApp t;

    PathNotesTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void graph() {
        Disagreeing.write(t);
        t.db().autoCommit("""
                MATCH (old:Agreement {id: 'agreement:old'})
                CREATE (uzb:Entity:State {id: 'state:UZB', name: 'Uzbekistan'}),
                       (:Evidence {id: 'e5', dataset: 'treaties', file: 'parties.csv', row: 8, quote: 'UZB party to OLD: signed 1995-03-01'}),
                       (uzb)-[:PARTY_TO {key: 'u', signed: '1995-03-01', ratified: '1999', validFrom: date('1995-03-01'),
                                         evidence: ['e5']}]->(old)
                """, Map.of());
        // the bounds the loader derives from an article's date (the path filter reads them)
        t.db().autoCommit("MATCH ()-[r]->() WHERE r.date IS NOT NULL SET r.dateFrom = date(r.date), r.dateTo = date(r.date)", Map.of());
    }

    private JsonNode ok(String url) {
        var res = t.get(url);
        assertThat(res.status()).as(url + " -> " + res.raw()).isEqualTo(200);
        return res.body();
    }

    /** Every note of every step of the first path. */
    private static List<JsonNode> notes(JsonNode body) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode step : body.at("/paths/0/steps")) step.get("notes").forEach(out::add);
        return out;
    }

    private static List<String> facts(JsonNode note) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : note.get("contradictions")) out.add(c.get("subject").asText() + "/" + c.get("fact").asText());
        return out;
    }

    @Test
    void aPathThroughADisputedSigningCarriesItsFlagsAndEachPartysStageAtTheDay() {
        JsonNode body = ok("/api/paths?from=state:IRN&to=state:TJK&via=agreements&asOf=2025-02-01");
        assertThat(body.get("notesAt").asText()).isEqualTo("2025-02-01");
        List<JsonNode> notes = notes(body);
        List<String> rels = new ArrayList<>();
        body.at("/paths/0/relationships").forEach(r -> rels.add(r.asText()));
        assertThat(notes).as("one note per relationship of the path").hasSize(rels.size()).hasSize(2);
        assertThat(notes.stream().map(n -> n.get("relationship").asText()).toList()).containsExactlyElementsOf(rels);
        // the flags on the path are those the contradictions API gives for the package, side for side
        JsonNode api = ok("/api/analysis/contradictions?entity=agreement:pkg").get("contradictions");
        for (JsonNode n : notes) {
            assertThat(n.get("type").asText()).isEqualTo("PARTY_TO");
            assertThat(n.get("stage").asText()).as("dated 2025-01-16: signed by February").isEqualTo("signed");
            assertThat(facts(n)).containsExactlyInAnyOrder("agreement:pkg/count", "agreement:pkg/date", "agreement:pkg/parties");
            assertThat(n.get("contradictions")).isEqualTo(api);
        }
        // before the signing no path is valid; without asOf the stage is judged today
        JsonNode today = ok("/api/paths?from=state:IRN&to=state:TJK&via=agreements");
        assertThat(today.get("notesAt").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(notes(today).get(0).get("stage").asText()).isEqualTo("signed");
    }

    @Test
    void eachPartyToHasItsOwnStageAndAMeetingStepCarriesTheFlagsOfItsEvent() {
        JsonNode in1997 = ok("/api/paths?from=state:KAZ&to=state:UZB&via=agreements&asOf=1997-06-01");
        Map<String, String> stageBySource = new java.util.HashMap<>();
        for (JsonNode n : notes(in1997)) {
            String source = null;
            for (JsonNode e : in1997.get("edges")) if (e.at("/data/id").asText().equals(n.get("relationship").asText())) source = e.at("/data/source").asText();
            stageBySource.put(source, n.get("stage").asText());
            assertThat(n.get("contradictions")).as("one dataset, no disagreement").isEmpty();
        }
        assertThat(stageBySource).containsExactlyInAnyOrderEntriesOf(Map.of("state:KAZ", "in-force", "state:UZB", "signed"));
        JsonNode in2011 = ok("/api/paths?from=state:KAZ&to=state:UZB&via=any&asOf=2011-01-01");
        assertThat(in2011.get("paths")).as("Kazakhstan's PARTY_TO ended in 2010: no valid path").isEmpty();

        JsonNode met = ok("/api/paths?from=person:pez&to=person:rah&via=meetings&asOf=2025-02-01");
        List<JsonNode> notes = notes(met);
        assertThat(notes).isNotEmpty();
        JsonNode talks = ok("/api/analysis/contradictions?entity=event:talks").get("contradictions");
        for (JsonNode n : notes) {
            assertThat(n.get("type").asText()).isEqualTo("MET");
            assertThat(n.get("stage").isNull()).as("a stage is for PARTY_TO only").isTrue();
            assertThat(facts(n)).as("the MET names event:talks, dated 16 and 18 January").contains("event:talks/date");
            assertThat(n.get("contradictions")).isEqualTo(talks);
        }
    }
}

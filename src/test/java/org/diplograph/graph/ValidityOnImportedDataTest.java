package org.diplograph.graph;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.diplograph.load.csv.CsvImportReport;
import org.diplograph.load.csv.CsvImporter;
import org.diplograph.load.csv.MappingSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 3: one validity rule for paths ({@code asOf}), neighbourhood filters and the timeline ({@code from},
 * {@code to}) on data imported from CSV with intervals: a relationship is valid at T when (validFrom is null or
 * validFrom <= T) and (validTo is null or validTo >= T), with partial dates stored as the widest dates they cover (a year
 * row is valid from 1 January to 31 December, {@code 2012-11} ends on 30 November). The fixture
 * ({@code src/test/resources/csv/validity/}) is synthetic, in the shape of COW memberships (one row per state, IGO and
 * year), the REIGN leader list (year-month dates) and treaty parties with in-force intervals.
 */
@ExtendWith(DiplographExtension.class)
class ValidityOnImportedDataTest {
    static final Path DIR = Path.of("src/test/resources/csv/validity");
    private final TestApp t;

    ValidityOnImportedDataTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void importFixture() throws Exception {
        t.clean();
        MappingSpec spec = MappingSpec.parse(Files.readString(DIR.resolve("mapping.yaml")));
        CsvImportReport r = t.app.csvImporter().importFiles(spec, List.of(CsvImporter.Input.of(DIR.resolve("cow-members.csv")),
                CsvImporter.Input.of(DIR.resolve("reign-leaders.csv")), CsvImporter.Input.of(DIR.resolve("parties.csv"))), null, null);
        r.files().forEach(f -> assertThat(f.errors()).as(f.part()).isEmpty());
        assertThat(t.count("MATCH ()-[r:MEMBER_OF]->() RETURN count(r)")).as("one relationship per state, IGO and year").isEqualTo(30);
    }

    @Test
    void pathsAsOfUseOnlyRelationshipsValidThatDay() {
        for (String mode : List.of("all", "shortest", "k")) {
            JsonNode in1995 = paths("state:TKM", "state:CHN", "memberships", "1995-06-01", mode);
            assertThat(in1995.get("paths")).as(mode).isNotEmpty();
            assertAllValid(in1995.get("edges"), LocalDate.parse("1995-06-01"));
            assertThat(texts(in1995.at("/paths/0/nodes"))).as(mode)
                    .containsExactly("state:TKM", "org:eco", "state:IRN", "org:g77", "state:CHN");
            assertThat(ids(in1995.get("nodes"))).as(mode + ": CICA has members only from 1999").doesNotContain("org:cica");
        }
        JsonNode in2000 = paths("state:TKM", "state:CHN", "memberships", "2000-06-01", "all");
        assertThat(texts(in2000.at("/paths/0/nodes"))).containsExactly("state:TKM", "org:cica", "state:CHN");
        assertThat(ids(in2000.get("nodes"))).as("no ECO or G77 rows after 1996").doesNotContain("org:eco", "org:g77");
        assertAllValid(in2000.get("edges"), LocalDate.parse("2000-06-01"));

        assertThat(paths("state:TKM", "state:CHN", "memberships", "1990-06-01", "all").get("paths")).as("nobody yet").isEmpty();
        assertThat(paths("state:TKM", "state:CHN", "memberships", "1997-06-01", "all").get("paths")).as("gap 1997-1998").isEmpty();
        // a year given as asOf means its last day: the 1996 rows are valid on 1996-12-31
        assertThat(paths("state:TKM", "state:CHN", "memberships", "1996", "all").get("paths")).isNotEmpty();
        // without asOf every year's relationship may be walked
        assertThat(ids(paths("state:TKM", "state:CHN", "memberships", null, "all").get("nodes"))).contains("org:cica", "org:eco");
    }

    @Test
    void leadersFromYearMonthIntervalsAreLeadersOnlyWithinThem() {
        assertThat(paths("person:xi-jinping", "state:CHN", "meetings", "1950-01-01", "shortest").get("paths"))
                .as("Xi Jinping did not lead China in 1950").isEmpty();
        JsonNode xi = paths("person:xi-jinping", "state:CHN", "meetings", "2012-11-01", "shortest");
        assertThat(texts(xi.at("/paths/0/explanation")).get(0)).startsWith("Xi Jinping is Leader (REIGN) of China");
        assertThat(paths("person:xi-jinping", "state:CHN", "meetings", "2012-10-31", "shortest").get("paths")).isEmpty();
        assertThat(paths("person:xi-jinping", "state:CHN", "meetings", "2030", "shortest").get("paths")).as("open end").isNotEmpty();
        assertThat(paths("person:hu-jintao", "state:CHN", "meetings", "2012-11-30", "shortest").get("paths"))
                .as("an end month runs to its last day").isNotEmpty();
        assertThat(paths("person:hu-jintao", "state:CHN", "meetings", "2012-12-01", "shortest").get("paths")).isEmpty();
    }

    @Test
    void neighbourhoodDateFiltersUseTheSameRule() {
        JsonNode in1995 = get("/api/entities/state:TKM/neighborhood?from=1995-06-01&to=1995-06-01");
        assertThat(ids(in1995.get("nodes"))).contains("org:eco", "person:saparmurat-niyazov", "agreement:caspian-fisheries")
                .doesNotContain("org:cica", "agreement:late-accord");
        assertAllValid(in1995.get("edges"), LocalDate.parse("1995-06-01"));
        assertThat(count(in1995.get("edges"), "MEMBER_OF")).as("of TKM's four ECO years only 1995").isEqualTo(1);

        JsonNode in2000 = get("/api/entities/state:TKM/neighborhood?from=2000&to=2000");
        assertThat(ids(in2000.get("nodes"))).contains("org:cica").doesNotContain("org:eco", "agreement:late-accord");
        assertThat(count(in2000.get("edges"), "MEMBER_OF")).isEqualTo(1);

        JsonNode span = get("/api/entities/state:TKM/neighborhood?from=1995&to=2000");
        assertThat(ids(span.get("nodes"))).contains("org:cica", "org:eco");
        assertThat(count(span.get("edges"), "MEMBER_OF")).as("ECO 1995, 1996 and CICA 1999, 2000").isEqualTo(4);

        JsonNode deeper = get("/api/entities/state:TKM/neighborhood?depth=2&from=1995-06-01&to=1995-06-01");
        assertThat(ids(deeper.get("nodes"))).contains("org:eco", "state:IRN", "state:TJK").doesNotContain("org:cica", "org:sco");
        assertAllValid(deeper.get("edges"), LocalDate.parse("1995-06-01"));

        assertThat(ids(get("/api/entities/state:TKM/neighborhood").get("nodes"))).as("no filter").contains("org:cica", "org:eco");
    }

    @Test
    void timelineKeepsWhatTheEntityWasPartOfInTheWindow() {
        JsonNode in1995 = get("/api/timeline?entity=state:TKM&from=1995&to=1995");
        assertThat(itemIds(in1995)).as("TKM became a party to the later accord only in 2005")
                .containsExactly("agreement:caspian-fisheries");
        assertThat(relatedIds(in1995.at("/items/0"))).as("China joined in 2001").contains("state:TKM", "state:IRN")
                .doesNotContain("state:CHN");

        assertThat(itemIds(get("/api/timeline?entity=state:TKM&from=1995&to=2010")))
                .containsExactly("agreement:caspian-fisheries", "agreement:late-accord");
        assertThat(relatedIds(get("/api/timeline?entity=state:TKM").at("/items/0"))).as("no window: every party")
                .contains("state:TKM", "state:IRN", "state:CHN");
    }

    private JsonNode paths(String from, String to, String via, String asOf, String mode) {
        return get("/api/paths?from=" + from + "&to=" + to + "&via=" + via + "&mode=" + mode + (asOf == null ? "" : "&asOf=" + asOf));
    }

    private JsonNode get(String url) {
        TestApp.Response res = t.get(url);
        assertThat(res.status()).as(url + " " + res.raw()).isEqualTo(200);
        return res.body();
    }

    /** Every edge that has a validity interval is valid on the day. */
    private static void assertAllValid(JsonNode edges, LocalDate day) {
        assertThat(edges).isNotEmpty();
        for (JsonNode e : edges) {
            JsonNode d = e.get("data");
            if (d.hasNonNull("validFrom")) assertThat(LocalDate.parse(d.get("validFrom").asText())).as(d.toString()).isBeforeOrEqualTo(day);
            if (d.hasNonNull("validTo")) assertThat(LocalDate.parse(d.get("validTo").asText())).as(d.toString()).isAfterOrEqualTo(day);
        }
    }

    private static long count(JsonNode edges, String type) {
        long n = 0;
        for (JsonNode e : edges) if (e.at("/data/type").asText().equals(type)) n++;
        return n;
    }

    private static List<String> ids(JsonNode nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.at("/data/id").asText()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static List<String> itemIds(JsonNode timeline) {
        List<String> out = new ArrayList<>();
        timeline.get("items").forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    private static List<String> relatedIds(JsonNode item) {
        List<String> out = new ArrayList<>();
        item.get("related").forEach(r -> out.add(r.get("id").asText()));
        return out;
    }
}

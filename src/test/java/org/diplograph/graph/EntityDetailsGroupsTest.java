package org.diplograph.graph;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 11: {@code GET /api/entities/{id}} groups an entity's relationships by type, direction and other end,
 * with the number of relationships, their date span and {@code truncated} when a cap cut a list. The data are
 * per-year memberships ({@code src/test/resources/csv/yearly/}) imported through {@code POST /api/import}.
 */
@ExtendWith(DiplographExtension.class)
public class EntityDetailsGroupsTest {
    static final Path DIR = Path.of("src/test/resources/csv/yearly");
    private final TestApp t;

    EntityDetailsGroupsTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void importYearlyMemberships() throws Exception {
        t.clean();
        importOverHttp(t);
        assertThat(t.count("MATCH ()-[r:MEMBER_OF]->() RETURN count(r)")).isEqualTo(240 + 5 + 205);
    }

    /** Imports the yearly fixture through the running app's {@code POST /api/import}. */
    public static void importOverHttp(TestApp t) throws Exception {
        String boundary = "----diplograph" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.util.function.Consumer<String> w = s -> out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        w.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"; filename=\"mapping.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n" + Files.readString(DIR.resolve("mapping.yaml")) + "\r\n");
        w.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"memberships.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n");
        out.writeBytes(Files.readAllBytes(DIR.resolve("memberships.csv")));
        w.accept("\r\n--" + boundary + "--\r\n");
        var res = t.send(HttpRequest.newBuilder(URI.create(t.baseUrl() + "/api/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
        assertThat(res.status()).as(res.raw()).isEqualTo(200);
    }

    private JsonNode details(String id) {
        var res = t.get("/api/entities/" + id);
        assertThat(res.status()).as(res.raw()).isEqualTo(200);
        return res.body();
    }

    @Test
    void perYearMembershipsAreOneEntryPerOrganizationWithCountAndSpan() {
        JsonNode iran = details("state:IRN");
        JsonNode ms = iran.get("memberships");
        assertThat(ms.size()).as("12 IGOs, not 200 of 240 yearly rows").isEqualTo(12);
        assertThat(ids(ms)).doesNotHaveDuplicates().contains("org:eco", "org:sco", "org:acd");
        for (JsonNode m : ms) {
            assertThat(m.get("type").asText()).isEqualTo("MEMBER_OF");
            assertThat(m.get("direction").asText()).isEqualTo("out");
            assertThat(m.get("count").asInt()).as(m.toString()).isEqualTo(20);
            assertThat(m.get("from").asText()).isEqualTo("1990-01-01");
            assertThat(m.get("to").asText()).isEqualTo("2009-12-31");
            assertThat(m.get("relationships").size()).isBetween(1, 20);
            assertThat(m.get("evidenceCount").asInt()).isEqualTo(20);
        }
        assertThat(iran.get("truncated").asBoolean()).isFalse();
        assertThat(iran.at("/summary/memberships/groups").asInt()).isEqualTo(12);
        assertThat(iran.at("/summary/memberships/relationships").asInt()).isEqualTo(240);
        assertThat(iran.at("/summary/memberships/truncated").asBoolean()).isFalse();

        JsonNode eco = details("org:eco").get("memberships");
        JsonNode tkm = find(eco, "state:TKM");
        assertThat(tkm.get("direction").asText()).isEqualTo("in");
        assertThat(tkm.get("count").asInt()).isEqualTo(5);
        assertThat(tkm.get("from").asText()).isEqualTo("1993-01-01");
        assertThat(tkm.get("to").asText()).as("the span covers the 1997-1998 gap").isEqualTo("1999-12-31");
        assertThat(tkm.get("keys").toString()).contains("1993", "1999");
    }

    @Test
    void moreGroupsThanTheCapAreCutAndSaySo() {
        JsonNode uzb = details("state:UZB");
        assertThat(uzb.get("memberships").size()).isEqualTo(200);
        assertThat(uzb.get("truncated").asBoolean()).isTrue();
        assertThat(uzb.at("/summary/memberships/truncated").asBoolean()).isTrue();
        assertThat(uzb.at("/summary/memberships/groups").asInt()).isEqualTo(205);
        assertThat(uzb.at("/summary/memberships/relationships").asInt()).isEqualTo(205);
        assertThat(uzb.at("/summary/offices/truncated").asBoolean()).isFalse();
        for (JsonNode m : uzb.get("memberships")) {
            assertThat(m.get("count").asInt()).isEqualTo(1);
            assertThat(m.get("from").asText()).isEqualTo("2000-01-01");
            assertThat(m.get("to").asText()).isEqualTo("2000-12-31");
        }
    }

    static JsonNode find(JsonNode list, String id) {
        for (JsonNode x : list) if (x.get("id").asText().equals(id)) return x;
        throw new AssertionError(id + " not in " + list);
    }

    static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(x -> out.add(x.get("id").asText()));
        return out;
    }
}

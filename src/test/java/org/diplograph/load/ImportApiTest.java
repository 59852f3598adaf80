package org.diplograph.load;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DiplographExtension.class)
class ImportApiTest {
    static final String ARTICLE = """
            title: Pezeshkian in Dushanbe
            source: Test Wire
            published: 2025-01-17

            Iranian President Masoud Pezeshkian met Tajik President Emomali Rahmon in Dushanbe on January 16, 2025. \
            The two presidents signed 23 cooperation documents. Both countries are members of the Shanghai Cooperation Organisation (SCO).
            """;

    private final TestApp t;

    ImportApiTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void clean() {
        t.clean();
    }

    @Test
    void importsATextBodyAndServesItsDocumentWithEvidenceSpans() {
        var res = t.post("/api/import?name=pezeshkian.txt", "text/plain", ARTICLE);
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body().get("created").asInt()).isEqualTo(1);
        assertThat(res.body().at("/documents/0/relationsCreated").asInt()).isPositive();
        String docId = res.body().at("/documents/0/document").asText();

        var list = t.get("/api/documents");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).hasSize(1);
        assertThat(list.body().get(0).get("evidence").asInt()).isPositive();

        var doc = t.get("/api/documents/" + docId);
        assertThat(doc.status()).isEqualTo(200);
        String text = doc.body().get("text").asText();
        assertThat(text).isEqualTo(ARTICLE);
        assertThat(doc.body().get("spans")).isNotEmpty();
        doc.body().get("spans").forEach(span ->
                assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo(span.get("quote").asText()));

        // the same article again changes nothing
        long[] before = t.counts();
        var again = t.post("/api/import?name=pezeshkian.txt", "text/plain", ARTICLE);
        assertThat(again.body().get("unchanged").asInt()).isEqualTo(1);
        assertThat(t.counts()).containsExactly(before);
    }

    @Test
    void aBadFileFailsAloneInABatch() {
        String boundary = "----diplograph";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"good.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + ARTICLE + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"empty.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n\r\n"
                + "--" + boundary + "--\r\n";
        var res = t.send(HttpRequest.newBuilder(URI.create(t.baseUrl() + "/api/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body().get("created").asInt()).isEqualTo(1);
        assertThat(res.body().get("failed").asInt()).isEqualTo(1);
        assertThat(res.body().toString()).contains("empty.txt");
        assertThat(t.count("MATCH (d:Document) RETURN count(d)")).isEqualTo(1L);
    }

    @Test
    void binaryEmptyAndOversizedBodiesAreRefusedAndWriteNothing() {
        var binary = t.send(HttpRequest.newBuilder(URI.create(t.baseUrl() + "/api/import?name=x.txt"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[]{0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1})));
        assertThat(binary.status()).isEqualTo(422);
        assertThat(binary.body().get("detail").asText()).contains("x.txt");
        var empty = t.post("/api/import", "text/plain", "");
        assertThat(empty.status()).isEqualTo(400);
        var huge = t.post("/api/import", "text/plain", "a".repeat(3 * 1024 * 1024));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.body().get("status").asInt()).isEqualTo(413);
        var badName = t.post("/api/import?name=../../etc/passwd", "text/plain", ARTICLE);
        assertThat(badName.status()).isEqualTo(400);
        assertThat(t.counts()).containsExactly(0L, 0L);
    }

    @Test
    void aFactsFileIsImportedAsIs() throws Exception {
        var facts = new org.diplograph.facts.Facts("1", java.util.List.of(LoaderTest.article(LoaderTest.TEXT, java.util.List.of())));
        var res = t.post("/api/import", "application/json", t.json.writeValueAsString(facts));
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body().get("created").asInt()).isEqualTo(1);
        var bad = t.post("/api/import", "application/json", "{\"documents\": [");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body().get("detail").asText()).contains("not a valid facts file");
    }

    @Test
    void unknownDocumentIs404() {
        var res = t.get("/api/documents/doc:nope");
        assertThat(res.status()).isEqualTo(404);
        assertThat(res.body().get("detail").asText()).contains("doc:nope");
    }
}

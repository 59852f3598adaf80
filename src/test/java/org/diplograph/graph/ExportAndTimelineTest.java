package org.diplograph.graph;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DiplographExtension.class)
class ExportAndTimelineTest {
    private final TestApp t;

    ExportAndTimelineTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void fixture() {
        QueryFixture.ensure(t);
    }

    static Document xml(String s) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void graphmlAndGexfParseAndKeepEvidence() throws Exception {
        var res = t.get("/api/export?format=graphml&kind=neighborhood&id=state:IRN&depth=1");
        assertThat(res.status()).as(res.raw()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;").contains(".graphml");
        Document g = xml(res.raw());
        assertThat(g.getDocumentElement().getLocalName()).isEqualTo("graphml");
        assertThat(g.getElementsByTagNameNS("*", "node").getLength()).isGreaterThan(5);
        assertThat(g.getElementsByTagNameNS("*", "edge").getLength()).isGreaterThan(5);
        assertThat(res.raw()).contains("evidenceQuotes").contains("The two presidents oversaw the signing");

        var gexf = t.get("/api/export?format=gexf&kind=path&from=state:TJK&to=state:RUS&via=agreements");
        assertThat(gexf.status()).isEqualTo(200);
        Document x = xml(gexf.raw());
        assertThat(x.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        NodeList nodes = x.getElementsByTagNameNS("*", "node");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) labels.add(((Element) nodes.item(i)).getAttribute("label"));
        assertThat(labels).contains("Tajikistan", "Iran", "Russia");
        assertThat(gexf.raw()).contains(QueryFixture.TREATY_QUOTE.substring(0, 40));
    }

    @Test
    void cyjsAndCsvOpenAndCsvIsSafeFromFormulas() throws Exception {
        var cy = t.get("/api/export?format=cyjs&kind=neighborhood&id=" + QueryFixture.PEZESHKIAN);
        JsonNode doc = t.json.readTree(cy.raw());
        assertThat(doc.at("/elements/nodes").size()).isGreaterThan(2);
        assertThat(doc.at("/elements/edges/0/data/source").asText()).isNotBlank();

        var csv = t.get("/api/export?format=csv&kind=path&from=state:TJK&to=state:RUS&via=agreements");
        assertThat(csv.status()).isEqualTo(200);
        String[] lines = csv.raw().split("\r\n");
        assertThat(lines[0]).startsWith("\"Source\",\"Target\",\"Type\",\"Id\",\"Label\"");
        assertThat(lines).hasSize(5);
        var nodesCsv = t.get("/api/export?format=csv&table=nodes&kind=neighborhood&id=state:RUS");
        assertThat(nodesCsv.raw().split("\r\n")[0]).startsWith("\"Id\",\"Label\",\"Type\"");

        // hostile names: formula prefixes, XML specials and control characters
        List<Map<String, Object>> nodes = List.of(
                Map.of("id", "x:1", "name", "=HYPERLINK(\"http://evil\")", "label", "Person"),
                Map.of("id", "x:2", "name", "<script>alert('x')</script> & \"q\" \u0001", "label", "Person"));
        List<Map<String, Object>> edges = List.of(Map.of("id", "e1", "source", "x:1", "target", "x:2", "type", "MET", "note", "@SUM(A1)"));
        String c = ExportService.csvNodes(nodes);
        assertThat(c).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").doesNotContain(",\"=");
        assertThat(ExportService.csvEdges(edges)).contains("\"'@SUM(A1)\"");
        assertThat(ExportService.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(ExportService.cell("+1")).isEqualTo("\"'+1\"");
        Document g = xml(ExportService.graphml(nodes, edges));
        assertThat(g.getElementsByTagNameNS("*", "data").item(0).getTextContent()).isIn("=HYPERLINK(\"http://evil\")", "Person");
        String gexf = ExportService.gexf(nodes, edges);
        Document x = xml(gexf);
        assertThat(((Element) x.getElementsByTagNameNS("*", "node").item(1)).getAttribute("label"))
                .isEqualTo("<script>alert('x')</script> & \"q\" ");
    }

    @Test
    void consoleResultsExportWithPost() throws Exception {
        var res = t.post("/api/cypher/export?format=graphml", "application/json",
                "{\"query\": \"MATCH (p:Person)-[m:MET]-(q) RETURN p, m, q\"}");
        assertThat(res.status()).as(res.raw()).isEqualTo(200);
        Document g = xml(res.raw());
        assertThat(g.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(2);
    }

    @Test
    void timelineListsDatedEventsAndAgreementsInOrderWithEvidence() {
        var res = t.get("/api/timeline?entity=state:IRN");
        assertThat(res.status()).as(res.raw()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        res.body().get("items").forEach(i -> ids.add(i.get("id").asText()));
        assertThat(ids).containsSubsequence(QueryFixture.CONVENTION, QueryFixture.PACKAGE, QueryFixture.TREATY);
        JsonNode treaty = null;
        for (JsonNode i : res.body().get("items")) if (i.get("id").asText().equals(QueryFixture.TREATY)) treaty = i;
        assertThat(treaty.get("date").asText()).isEqualTo("2025-01-17");
        assertThat(treaty.get("evidence").findValuesAsText("quote")).contains(QueryFixture.TREATY_QUOTE);

        var pez = t.get("/api/timeline?entity=" + QueryFixture.PEZESHKIAN + "&from=2025-01-17").body();
        List<String> p = new ArrayList<>();
        pez.get("items").forEach(i -> p.add(i.get("id").asText()));
        assertThat(p).contains("event:2025-01-17-moscow-signing", QueryFixture.TREATY).doesNotContain("event:2025-01-16-dushanbe-talks");

        var tjk = t.get("/api/timeline?entity=state:TJK").body();
        assertThat(tjk.get("items").findValuesAsText("id")).contains("event:2025-01-16-dushanbe-talks");

        var all = t.get("/api/timeline?from=2025&to=2025").body();
        assertThat(all.get("items").findValuesAsText("id")).doesNotContain(QueryFixture.CONVENTION).contains(QueryFixture.BORDER);
    }
}

package org.diplograph.graph;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.diplograph.api.ApiProblem;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Graph answers (Cytoscape elements) as files that Gephi, yEd and Cytoscape desktop open: GraphML, GEXF 1.3,
 * Cytoscape JSON (.cyjs) and CSV (nodes or edges table, Gephi's column names). Each edge keeps its evidence as
 * attributes (quotes and document titles). Text is XML-escaped (and characters XML cannot hold are dropped); CSV cells
 * that a spreadsheet would read as a formula ({@code = + - @}, tab, CR) are prefixed with {@code '}.
 */
public final class ExportService {
    public static final List<String> FORMATS = List.of("graphml", "gexf", "cyjs", "csv");
    private final EvidenceService evidence;
    private final ObjectMapper json;

    public ExportService(EvidenceService evidence, ObjectMapper json) {
        this.evidence = evidence;
        this.json = json;
    }

    /** A file: its bytes, content type and file name. */
    public record File(byte[] bytes, String contentType, String fileName) {}

    /** Exports the elements of an answer (a neighbourhood, paths); {@code table} picks the CSV table (nodes|edges). */
    public File export(Elements.Graph elements, String format, String name, String table) {
        return export(data(elements.nodes()), data(elements.edges()), format, name, table);
    }

    private File export(List<Map<String, Object>> nodes, List<Map<String, Object>> edgeData, String format, String name,
                        String table) {
        List<Map<String, Object>> edges = withEvidence(edgeData);
        String base = "diplograph-" + name;
        return switch (format) {
            case "graphml" -> new File(utf8(graphml(nodes, edges)), "application/graphml+xml", base + ".graphml");
            case "gexf" -> new File(utf8(gexf(nodes, edges)), "application/gexf+xml", base + ".gexf");
            case "cyjs" -> new File(utf8(cyjs(nodes, edges, base)), "application/json", base + ".cyjs");
            case "csv" -> "nodes".equals(table)
                    ? new File(utf8(csvNodes(nodes)), "text/csv; charset=utf-8", base + "-nodes.csv")
                    : new File(utf8(csvEdges(edges)), "text/csv; charset=utf-8", base + "-edges.csv");
            default -> throw ApiProblem.badRequest("format must be one of " + FORMATS);
        };
    }

    /** The elements' data, copied (the evidence columns are added to them). */
    private static List<Map<String, Object>> data(List<Elements.Element> elements) {
        List<Map<String, Object>> out = new ArrayList<>(elements.size());
        for (Elements.Element e : elements) out.add(new LinkedHashMap<>(e.data()));
        return out;
    }

    /** Adds {@code evidenceQuotes} and {@code evidenceDocuments} to each edge that cites evidence ids. */
    private List<Map<String, Object>> withEvidence(List<Map<String, Object>> edges) {
        Set<String> ids = new LinkedHashSet<>();
        for (Map<String, Object> e : edges) if (e.get("evidence") instanceof List<?> l) l.forEach(x -> ids.add(String.valueOf(x)));
        if (ids.isEmpty()) return edges;
        Map<String, EvidenceService.Evidence> ev = evidence.byIds(ids);
        for (Map<String, Object> e : edges) {
            if (!(e.get("evidence") instanceof List<?> l)) continue;
            List<String> quotes = new ArrayList<>(), docs = new ArrayList<>();
            for (Object id : l) {
                EvidenceService.Evidence x = ev.get(String.valueOf(id));
                if (x == null) continue;
                quotes.add(String.valueOf(x.quote()));
                String doc = x.title() != null ? x.title() : String.valueOf(x.document());
                if (!docs.contains(doc)) docs.add(doc);
            }
            e.put("evidenceQuotes", String.join(" | ", quotes));
            e.put("evidenceDocuments", String.join(" | ", docs));
        }
        return edges;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A value as one attribute string: lists joined with "; ", maps as key=value. */
    static String text(Object v) {
        if (v == null) return "";
        if (v instanceof Collection<?> c) return c.stream().map(ExportService::text).collect(Collectors.joining("; "));
        if (v instanceof Map<?, ?> m) return m.entrySet().stream().map(e -> e.getKey() + "=" + text(e.getValue()))
                .collect(Collectors.joining("; "));
        return String.valueOf(v);
    }

    /** Drops characters XML 1.0 cannot hold. */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF)) b.appendCodePoint(cp);
        });
        return b.toString();
    }

    private static List<String> keys(List<Map<String, Object>> items, Set<String> skip) {
        Set<String> keys = new LinkedHashSet<>();
        for (Map<String, Object> m : items) for (String k : m.keySet()) if (!skip.contains(k)) keys.add(k);
        return new ArrayList<>(keys);
    }

    private static String type(List<Map<String, Object>> items, String key) {
        boolean any = false;
        for (Map<String, Object> m : items) {
            Object v = m.get(key);
            if (v == null) continue;
            if (!(v instanceof Integer || v instanceof Long)) return "string";
            any = true;
        }
        return any ? "long" : "string";
    }

    static String graphml(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {
        List<String> nk = keys(nodes, Set.of("id")), ek = keys(edges, Set.of("id", "source", "target"));
        return xmlDocument(w -> {
            w.writeStartElement("graphml");
            w.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            for (int i = 0; i < nk.size(); i++) key(w, "n" + i, "node", nk.get(i), type(nodes, nk.get(i)));
            for (int i = 0; i < ek.size(); i++) key(w, "e" + i, "edge", ek.get(i), type(edges, ek.get(i)));
            w.writeStartElement("graph");
            w.writeAttribute("id", "diplograph");
            w.writeAttribute("edgedefault", "directed");
            for (Map<String, Object> n : nodes) {
                w.writeStartElement("node");
                w.writeAttribute("id", xml(text(n.get("id"))));
                dataValues(w, n, nk, "n");
                w.writeEndElement();
            }
            for (Map<String, Object> e : edges) {
                w.writeStartElement("edge");
                w.writeAttribute("id", xml(text(e.get("id"))));
                w.writeAttribute("source", xml(text(e.get("source"))));
                w.writeAttribute("target", xml(text(e.get("target"))));
                dataValues(w, e, ek, "e");
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private static void key(XMLStreamWriter w, String id, String kind, String name, String type) throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", kind);
        w.writeAttribute("attr.name", xml(name));
        w.writeAttribute("attr.type", type);
    }

    private static void dataValues(XMLStreamWriter w, Map<String, Object> m, List<String> keys, String prefix) throws XMLStreamException {
        for (int i = 0; i < keys.size(); i++) {
            Object v = m.get(keys.get(i));
            if (v == null) continue;
            w.writeStartElement("data");
            w.writeAttribute("key", prefix + i);
            w.writeCharacters(xml(text(v)));
            w.writeEndElement();
        }
    }

    static String gexf(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {
        List<String> nk = keys(nodes, Set.of("id", "name")), ek = keys(edges, Set.of("id", "source", "target"));
        return xmlDocument(w -> {
            w.writeStartElement("gexf");
            w.writeDefaultNamespace("http://gexf.net/1.3");
            w.writeAttribute("version", "1.3");
            w.writeStartElement("meta");
            w.writeStartElement("creator");
            w.writeCharacters("Diplograph");
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("graph");
            w.writeAttribute("defaultedgetype", "directed");
            w.writeAttribute("mode", "static");
            attributes(w, "node", nk, nodes);
            attributes(w, "edge", ek, edges);
            w.writeStartElement("nodes");
            for (Map<String, Object> n : nodes) {
                w.writeStartElement("node");
                w.writeAttribute("id", xml(text(n.get("id"))));
                w.writeAttribute("label", xml(text(n.getOrDefault("name", n.get("id")))));
                attvalues(w, n, nk);
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement("edges");
            for (Map<String, Object> e : edges) {
                w.writeStartElement("edge");
                w.writeAttribute("id", xml(text(e.get("id"))));
                w.writeAttribute("source", xml(text(e.get("source"))));
                w.writeAttribute("target", xml(text(e.get("target"))));
                w.writeAttribute("label", xml(text(e.get("type"))));
                attvalues(w, e, ek);
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private static void attributes(XMLStreamWriter w, String cls, List<String> keys, List<Map<String, Object>> items) throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", cls);
        for (int i = 0; i < keys.size(); i++) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", String.valueOf(i));
            w.writeAttribute("title", xml(keys.get(i)));
            w.writeAttribute("type", type(items, keys.get(i)));
        }
        w.writeEndElement();
    }

    private static void attvalues(XMLStreamWriter w, Map<String, Object> m, List<String> keys) throws XMLStreamException {
        w.writeStartElement("attvalues");
        for (int i = 0; i < keys.size(); i++) {
            Object v = m.get(keys.get(i));
            if (v == null) continue;
            w.writeEmptyElement("attvalue");
            w.writeAttribute("for", String.valueOf(i));
            w.writeAttribute("value", xml(text(v)));
        }
        w.writeEndElement();
    }

    private interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String xmlDocument(XmlBody body) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Cytoscape JSON (.cyjs) file: its header, the network's name and the elements. */
    record Cyjs(@JsonProperty("format_version") String formatVersion, @JsonProperty("generated_by") String generatedBy,
                        @JsonProperty("target_cytoscapejs_version") String targetVersion, Network data,
                        Elements.Plain elements) {}

    /** The network's own data in a .cyjs file. */
    record Network(String name) {}

    private String cyjs(List<Map<String, Object>> nodes, List<Map<String, Object>> edges, String name) {
        Cyjs doc = new Cyjs("1.0", "Diplograph", "~2.1", new Network(name), new Elements.Plain(
                nodes.stream().map(Elements.Element::new).toList(), edges.stream().map(Elements.Element::new).toList()));
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String csvNodes(List<Map<String, Object>> nodes) {
        List<String> extra = keys(nodes, Set.of("id", "name", "label"));
        List<String> header = new ArrayList<>(List.of("Id", "Label", "Type"));
        header.addAll(extra);
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (Map<String, Object> n : nodes) {
            List<String> cells = new ArrayList<>(List.of(text(n.get("id")), text(n.get("name")), text(n.get("label"))));
            for (String k : extra) cells.add(text(n.get(k)));
            rows.add(cells);
        }
        return csv(rows);
    }

    static String csvEdges(List<Map<String, Object>> edges) {
        List<String> extra = keys(edges, Set.of("id", "source", "target", "type"));
        List<String> header = new ArrayList<>(List.of("Source", "Target", "Type", "Id", "Label"));
        header.addAll(extra);
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (Map<String, Object> e : edges) {
            List<String> cells = new ArrayList<>(List.of(text(e.get("source")), text(e.get("target")), "Directed",
                    text(e.get("id")), text(e.get("type"))));
            for (String k : extra) cells.add(text(e.get(k)));
            rows.add(cells);
        }
        return csv(rows);
    }

    /** Every cell quoted (RFC 4180), CRLF line ends. */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).setRecordSeparator("\r\n").get();

    /** The rows as CSV (Apache Commons CSV), every cell safe from formula injection. */
    static String csv(List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(b, CSV)) {
            for (List<String> r : rows) p.printRecord(r.stream().map(ExportService::safe).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return b.toString();
    }

    /** One cell as written: quoted, and safe from formula injection. */
    static String cell(String s) {
        return CSV.format(safe(s));
    }

    /** A value a spreadsheet would read as a formula ({@code = + - @}, tab, CR) gets a leading {@code '}. */
    static String safe(String s) {
        String v = s == null ? "" : s;
        return !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }
}

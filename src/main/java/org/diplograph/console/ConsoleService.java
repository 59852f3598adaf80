package org.diplograph.console;

import org.diplograph.api.ApiProblem;
import org.diplograph.db.Database;
import org.diplograph.db.DatabaseUnavailableException;
import org.diplograph.db.TransactionMemoryLimit;
import org.diplograph.graph.Elements;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import java.time.Duration;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read-only Cypher console. Every safeguard holds together: the {@link CypherGuard} text checks; the
 * {@link CostGuard} on expressions Neo4j cannot stop at the timeout; a session in READ access mode; ONE explicit
 * transaction with the configured timeout (never a retried {@code executeRead}, so a memory error fails once), run on the
 * console's own threads with a deadline ({@link ConsoleRunner}); a pre-flight {@code EXPLAIN} in that transaction whose
 * query type must be READ_ONLY; results streamed and cut at the row cap. Errors become {@link ApiProblem}s: write 403, refused clause or syntax
 * error 400 (with line/column/offset), refused cost 400, timeout 408, console full 429, over the memory limit of one transaction 422 (no Retry-After: the
 * same query fails the same way), overloaded or absent database 503.
 */
public final class ConsoleService implements AutoCloseable {
    private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: (\\d+)\\)\\)");
    /** The pre-flight prefix: Neo4j's positions and quoted query in its errors count it, the user never typed it. */
    static final String EXPLAIN = "EXPLAIN ";
    static final int MAX_LIST = 10_000;
    static final int MAX_STRING = 100_000;

    private final Database db;
    private final Duration timeout;
    private final int maxRows;
    private final ConsoleRunner runner;

    public ConsoleService(Database db, Duration timeout, int maxRows) {
        this.db = db;
        this.timeout = timeout;
        this.maxRows = maxRows;
        this.runner = new ConsoleRunner(db, timeout);
    }

    /**
     * A console answer: the columns, the rows (cut at the row cap; each cell a plain value, a list, a map, or a
     * {@link NodeCell}, {@link RelationshipCell} or {@link PathCell}), the graph elements the rows hold (for drawing and
     * export), whether the rows were cut, and the time.
     */
    public record Answer(List<String> columns, List<List<Object>> rows, Elements.Plain graph, boolean truncated,
                         long elapsedMs) {}

    /** A node in a console cell: its model id, element id, labels and properties (an open bag). */
    public record NodeCell(String id, String elementId, List<String> labels, Map<String, Object> properties) {}

    /** A relationship in a console cell: element id, type, the element ids of its ends, and its properties. */
    public record RelationshipCell(String id, String type, String startNode, String endNode, Map<String, Object> properties) {}

    /** A path in a console cell: its length, the model ids of its nodes and the element ids of its relationships. */
    public record PathCell(int length, List<String> nodes, List<String> relationships) {}

    /**
     * Runs a console query. The guards first ({@link CypherGuard}: clauses,
     * {@link CostGuard}: expressions the timeout cannot stop), then the query on a console thread ({@link ConsoleRunner}).
     */
    public Answer run(String query, Map<String, Object> params) {
        long t0 = System.nanoTime();
        String cypher = CypherGuard.check(query);
        Map<String, Object> p = params == null ? Map.of() : params;
        CostGuard.check(cypher, p);
        return runner.run(metadata -> execute(cypher, p, metadata, t0));
    }

    /** The live schema (labels, relationship types, property keys) and the allowed procedures, for completion. */
    public ConsoleSchema.Schema schema() {
        return ConsoleSchema.read(db);
    }

    /** Stops the console: its running queries are terminated and answered 503, new ones refused (the app is stopping). */
    @Override
    public void close() {
        runner.close();
    }

    private Answer execute(String cypher, Map<String, Object> p, Map<String, Object> metadata, long t0) {
        try (Session session = db.driver().session(db.sessionConfig(AccessMode.READ));
             Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(timeout)
                     .withMetadata(metadata).build())) {
            QueryType type;
            try {
                type = tx.run(EXPLAIN + cypher, p).consume().queryType();
            } catch (ClientException e) {
                throw translate(e, EXPLAIN.length()); // positions and quoted text as the user typed them
            }
            if (type != QueryType.READ_ONLY) {
                throw new ApiProblem(403, "Write refused", "The console is read-only; this query is " + type
                        + " (only READ_ONLY queries run)");
            }
            Result result = tx.run(cypher, p);
            List<String> columns = result.keys();
            List<List<Object>> rows = new ArrayList<>();
            Elements graph = new Elements();
            boolean truncated = false;
            while (result.hasNext()) {
                if (rows.size() >= maxRows) {
                    truncated = true;
                    break;
                }
                Record rec = result.next();
                List<Object> row = new ArrayList<>(columns.size());
                for (Value v : rec.values()) {
                    graph.addValue(v);
                    row.add(cell(v.asObject(), 0));
                }
                rows.add(row);
            }
            tx.rollback(); // read-only anyway; ends the query early when the rows were cut
            return new Answer(columns, rows, graph.graph(), truncated, (System.nanoTime() - t0) / 1_000_000);
        } catch (ApiProblem e) {
            throw e;
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new DatabaseUnavailableException("Neo4j is not reachable", e);
        } catch (ClientException e) {
            throw translate(e);
        } catch (TransientException e) {
            if (TransactionMemoryLimit.exceeded(e)) throw memoryLimit(e);
            throw new ApiProblem(503, "Database busy", "Neo4j could not run the query now: " + clean(e.getMessage()),
                    Map.of("retryAfter", 5));
        } catch (Neo4jException e) {
            throw new ApiProblem(400, "Query failed", clean(e.getMessage()));
        }
    }

    /** 422 naming the limit: the query is too big for one transaction, running it again fails the same way. */
    static ApiProblem memoryLimit(TransientException e) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("limit", TransactionMemoryLimit.SETTING);
        TransactionMemoryLimit.limit(e).ifPresent(v -> extra.put("value", v));
        return new ApiProblem(422, "Query exceeds the transaction memory limit", TransactionMemoryLimit.detail(e), extra);
    }

    static ApiProblem translate(ClientException e) {
        return translate(e, 0);
    }

    /** As {@link #translate(ClientException)} for a query run behind a prefix of {@code shift} characters on its line 1. */
    static ApiProblem translate(ClientException e, int shift) {
        String code = e.code() == null ? "" : e.code();
        String msg = Unprefix.message(clean(e.getMessage()), shift);
        if (code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated") && msg.toLowerCase().contains("timeout")
                || (msg.contains("terminated") && msg.toLowerCase().contains("timeout"))) {
            return new ApiProblem(408, "Query timed out", "The query took longer than the console's timeout (DIPLOGRAPH_QUERY_TIMEOUT) and was stopped",
                java.util.Map.of("cap", "DIPLOGRAPH_QUERY_TIMEOUT"));
        }
        if (code.endsWith("AccessMode") || code.contains("Security.Forbidden")) {
            return new ApiProblem(403, "Write refused", "The console is read-only: " + msg);
        }
        if (code.endsWith("SyntaxError") || code.endsWith("ArgumentError") && msg.contains("line")) {
            Map<String, Object> pos = new LinkedHashMap<>();
            position(e, pos);
            Unprefix.position(pos, shift);
            return new ApiProblem(400, "Syntax error", msg, pos);
        }
        if (code.contains("ParameterMissing")) return new ApiProblem(400, "Missing parameter", msg);
        return new ApiProblem(400, "Query failed", msg);
    }

    /** Line, column and offset of a syntax error: from the GQL diagnostic record, else from the message. */
    private static void position(Neo4jException e, Map<String, Object> out) {
        for (Neo4jException x = e; x != null; x = x.gqlCause().orElse(null)) {
            Value pos = x.diagnosticRecord() == null ? null : x.diagnosticRecord().get("_position");
            if (pos != null && !pos.isNull()) {
                out.put("line", pos.get("line").asInt());
                out.put("column", pos.get("column").asInt());
                out.put("offset", pos.get("offset").asInt());
                return;
            }
        }
        Matcher m = POSITION.matcher(e.getMessage() == null ? "" : e.getMessage());
        if (m.find()) {
            out.put("line", Integer.parseInt(m.group(1)));
            out.put("column", Integer.parseInt(m.group(2)));
            out.put("offset", Integer.parseInt(m.group(3)));
        }
    }

    /** A message without file paths (never show where the server keeps things). */
    static String clean(String msg) {
        if (msg == null) return "";
        return msg.replaceAll("(?<![\\w:/])(/[\\w.@+-]+){2,}/?", "<path>").replaceAll("[A-Za-z]:\\\\[\\w\\\\. -]+", "<path>");
    }

    /** A console cell: nodes, relationships and paths as small maps, dates as ISO strings, big values cut. */
    static Object cell(Object o, int depth) {
        if (o == null) return null;
        if (depth > 20) return "…";
        if (o instanceof Node n) {
            List<String> labels = new ArrayList<>();
            n.labels().forEach(labels::add);
            return new NodeCell(Elements.modelId(n), n.elementId(), labels, properties(n.asMap(v -> v.asObject()), depth));
        }
        if (o instanceof Relationship r) {
            return new RelationshipCell(r.elementId(), r.type(), r.startNodeElementId(), r.endNodeElementId(),
                    properties(r.asMap(v -> v.asObject()), depth));
        }
        if (o instanceof Path p) {
            List<String> nodes = new ArrayList<>();
            p.nodes().forEach(n -> nodes.add(Elements.modelId(n)));
            List<String> rels = new ArrayList<>();
            p.relationships().forEach(r -> rels.add(r.elementId()));
            return new PathCell(p.length(), nodes, rels);
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>(Math.min(l.size(), MAX_LIST + 1));
            for (Object x : l) {
                if (out.size() >= MAX_LIST) {
                    out.add("… (" + (l.size() - MAX_LIST) + " more)");
                    break;
                }
                out.add(cell(x, depth + 1));
            }
            return out;
        }
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), cell(v, depth + 1)));
            return out;
        }
        if (o instanceof String s && s.length() > MAX_STRING) return s.substring(0, MAX_STRING) + "… (cut)";
        if (o instanceof TemporalAccessor || o instanceof org.neo4j.driver.types.IsoDuration
                || o instanceof org.neo4j.driver.types.Point) return o.toString();
        if (o instanceof byte[] bytes) return "<" + bytes.length + " bytes>";
        return o;
    }

    private static Map<String, Object> properties(Map<String, Object> props, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        props.forEach((k, v) -> out.put(k, cell(v, depth + 1)));
        return out;
    }
}

package org.diplograph.load;

import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The loader's writer for dataset files (the structured CSV import of {@code load.csv}): every write of a dataset goes
 * through here, with the shared {@link GraphWrites} row shapes and the Cypher of {@code cypher/queries/}. One call is
 * one transaction with the configured timeout; a batch of rows lands whole or not at all.
 */
public final class DatasetWriter {
    private final Database db;
    private final Duration timeout;

    public DatasetWriter(Database db, Duration timeout) {
        this.db = db;
        this.timeout = timeout;
    }

    /** The rows of one batch, in {@link GraphWrites}' shapes. */
    public record Batch(List<Map<String, Object>> entities, List<Map<String, Object>> evidence,
                        List<Map<String, Object>> relations, List<Map<String, Object>> mentions) {}

    /** What a batch wrote, and the nanoseconds spent on entities, evidence, relationships and mentions. */
    public record Written(long nodesCreated, long relationshipsCreated, long entityNanos, long evidenceNanos,
                          long relationNanos, long mentionNanos) {}

    /** MERGEs the file's Document with its properties. */
    public void document(String docId, Map<String, Object> props) {
        write(tx -> GraphWrites.document(tx, docId, props));
    }

    /**
     * Removes a dataset file's evidence and strips it from relationships (dropping those left with none), then its
     * mentions, {@code batchSize} at a time; returns the PARTY_TO targets it touched (their party counts change).
     */
    public Set<String> unload(String docId, int batchSize) {
        Set<String> targets = new LinkedHashSet<>();
        int n;
        do {
            var rec = db.inSession(AccessMode.WRITE, s -> s.executeWrite(tx -> tx.run(CypherFiles.query("unload-dataset-evidence"),
                    Map.of("doc", docId, "limit", batchSize)).single(), config()));
            n = rec.get("n").asInt();
            targets.addAll(rec.get("targets").asList(v -> v.asString()));
        } while (n > 0);
        do {
            n = db.inSession(AccessMode.WRITE, s -> s.executeWrite(tx -> tx.run(CypherFiles.query("unload-dataset-mentions"),
                    Map.of("doc", docId, "limit", batchSize)).single().get("n").asInt(), config()));
        } while (n > 0);
        return targets;
    }

    /** Writes one batch in one transaction: entities, evidence, relationships, mentions. */
    public Written batch(String docId, Batch b) {
        return db.inSession(AccessMode.WRITE, s -> s.executeWrite(tx -> {
            long a = System.nanoTime();
            long nc = GraphWrites.entities(tx, b.entities());
            long e = System.nanoTime();
            GraphWrites.evidence(tx, docId, b.evidence());
            long r = System.nanoTime();
            long rc = GraphWrites.relations(tx, b.relations());
            long m = System.nanoTime();
            GraphWrites.mentions(tx, docId, b.mentions());
            long end = System.nanoTime();
            return new Written(nc, rc, e - a, r - e, m - r, end - m);
        }, config()));
    }

    /** Sets {@code parties} on the given PARTY_TO targets, {@code batchSize} per transaction. */
    public void partyCounts(Collection<String> targets, int batchSize) {
        List<String> all = new ArrayList<>(targets);
        for (int i = 0; i < all.size(); i += batchSize) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + batchSize));
            write(tx -> GraphWrites.partyCounts(tx, chunk));
        }
    }

    /** Marks the file's import finished with its counts (same bytes and mapping are {@code unchanged} next time). */
    public void fileDone(String docId, long rows, long loaded, long failed, long waiting) {
        write(tx -> tx.run(CypherFiles.query("csv-file-done"), Map.of("id", docId, "rows", rows, "loaded", loaded,
                "failed", failed, "waiting", waiting)).consume());
    }

    private void write(Consumer<TransactionContext> work) {
        db.inSession(AccessMode.WRITE, s -> s.executeWrite(tx -> {
            work.accept(tx);
            return null;
        }, config()));
    }

    private TransactionConfig config() {
        return TransactionConfig.builder().withTimeout(timeout).build();
    }
}

package org.diplograph.load.csv;

import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.diplograph.load.DatasetWriter;
import org.diplograph.load.GraphWrites;
import org.diplograph.load.csv.RecordFacts.Fact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The batch step: the records queued since the last batch are checked (a relationship end that exists nowhere leaves
 * that relationship out; a record left with none of its relationships fails whole), then handed to the load package's
 * {@link DatasetWriter} as one transaction. Keeps the ids known to exist across the files of one import.
 */
final class BatchWriter {
    private final Database db;
    private final DatasetWriter writer;
    private final String dataset;
    private final Set<String> knownIds = new HashSet<>();   // nodes written in this run, or found in the graph
    /** Nanoseconds of the current file: endpoint checks, entities, evidence, relationships, mentions. */
    final long[] stepNanos = new long[5];

    BatchWriter(Database db, DatasetWriter writer, String dataset) {
        this.db = db;
        this.writer = writer;
        this.dataset = dataset;
    }

    /** Writes the pending records in one transaction and clears them. */
    void flush(String docId, String fileName, List<RecordFacts> pending, FileCounts n) {
        long c0 = System.nanoTime();
        Set<String> unknown = unknownEnds(pending);
        stepNanos[0] += System.nanoTime() - c0;
        List<Map<String, Object>> rels = new ArrayList<>(), ev = new ArrayList<>(), mentions = new ArrayList<>();
        Map<String, Map<String, Object>> nodeById = new LinkedHashMap<>();
        for (RecordFacts r : pending) {
            List<String> problems = new ArrayList<>(r.problems());
            List<Fact> kept = new ArrayList<>();
            boolean waits = false;
            for (Fact fact : r.rels()) {
                String missing = unknown.contains(fact.source()) ? fact.source() : unknown.contains(fact.target()) ? fact.target() : null;
                if (missing == null) {
                    kept.add(fact);
                    continue;
                }
                waits = true;
                String reason = "no node with id '" + missing + "' (make it with a nodes: entry, or import the file that has it first)";
                if (!problems.contains(reason)) problems.add(reason);
            }
            if (waits) n.waiting++;
            if (r.hasRelSpecs() && kept.isEmpty() && !problems.isEmpty()) {
                n.fail(r.rec().row(), r.rec().label() + String.join("; ", problems));
                continue;
            }
            if (!problems.isEmpty()) {
                n.partial++;
                n.error(r.rec().row(), r.rec().label() + String.join("; ", problems) + "; the row's other facts were loaded");
            }
            n.loaded++;
            for (Map<String, Object> node : r.nodes()) {
                String id = (String) node.get("id");
                if (knownIds.contains(id) && !nodeById.containsKey(id)) continue; // written by an earlier batch: the first row wins
                if (nodeById.putIfAbsent(id, node) == null) {
                    mentions.add(GraphWrites.relationRow("MENTIONS", docId, id, "", Map.of(), List.of(r.evId())));
                }
            }
            Set<String> supported = new LinkedHashSet<>();
            for (Map<String, Object> node : r.nodes()) supported.add((String) node.get("id"));
            List<String> factKeys = new ArrayList<>();
            for (Fact fact : kept) {
                rels.add(fact.row());
                supported.add(fact.source());
                supported.add(fact.target());
                factKeys.add(fact.key());
                if ("PARTY_TO".equals(fact.row().get("type"))) n.partyTargets.add(fact.target());
            }
            ev.add(evidence(r, fileName, List.copyOf(supported), factKeys));
        }
        var written = writer.batch(docId, new DatasetWriter.Batch(new ArrayList<>(nodeById.values()), ev, rels, mentions));
        stepNanos[1] += written.entityNanos();
        stepNanos[2] += written.evidenceNanos();
        stepNanos[3] += written.relationNanos();
        stepNanos[4] += written.mentionNanos();
        knownIds.addAll(nodeById.keySet());
        n.nodesCreated += written.nodesCreated();
        n.relsCreated += written.relationshipsCreated();
        n.relsWritten += rels.size();
        n.evidence += ev.size();
        n.batches++;
        pending.clear();
    }

    /** The relationship ends of the pending records that neither they, an earlier batch nor the graph have. */
    private Set<String> unknownEnds(List<RecordFacts> pending) {
        Set<String> unknown = new LinkedHashSet<>();
        for (RecordFacts r : pending) for (Fact fact : r.rels()) {
            for (String end : List.of(fact.source(), fact.target())) if (!knownIds.contains(end)) unknown.add(end);
        }
        for (RecordFacts r : pending) for (Map<String, Object> node : r.nodes()) unknown.remove((String) node.get("id"));
        if (!unknown.isEmpty()) {
            List<String> found = db.read(CypherFiles.query("csv-known-ids"), Map.of("ids", List.copyOf(unknown)),
                    res -> res.list(x -> x.get("id").asString()));
            knownIds.addAll(found);
            found.forEach(unknown::remove);
        }
        return unknown;
    }

    private Map<String, Object> evidence(RecordFacts r, String fileName, List<String> supported, List<String> factKeys) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("dataset", dataset);
        extra.put("file", fileName);
        extra.put("row", r.rec().row());
        if (r.rec().rows() != null) extra.put("rows", r.rec().rows());
        if (!r.rec().ref().isEmpty()) extra.put("column", r.rec().ref().substring(1));
        extra.put("facts", factKeys);
        return GraphWrites.evidenceRow(r.evId(), r.quote(), null, null, r.rule(), r.version(), supported, extra);
    }

    /** The time-in-steps note of a file, and a fresh start for the next. */
    String stepsNote() {
        String s = String.format("time in steps (ms): endpoint checks %d, entities %d, evidence %d, relationships %d, mentions %d",
                stepNanos[0] / 1_000_000, stepNanos[1] / 1_000_000, stepNanos[2] / 1_000_000, stepNanos[3] / 1_000_000,
                stepNanos[4] / 1_000_000);
        java.util.Arrays.fill(stepNanos, 0);
        return s;
    }
}

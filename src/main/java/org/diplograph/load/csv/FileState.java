package org.diplograph.load.csv;

import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;

import java.util.Map;

/**
 * What the last import of a dataset file left on its Document, and the status of importing it again:
 * {@code created} (never imported), {@code updated} (other bytes or another mapping: the old facts go first),
 * {@code reloaded} (same bytes and mapping, but the last import did not finish or had rows waiting for an endpoint
 * that did not exist yet), {@code unchanged} (same bytes and mapping, finished: nothing is written).
 */
final class FileState {
    private FileState() {}

    /** The Document's state, or null when there is none. */
    record Previous(String sha, String version, boolean complete, long waiting, long rows, long loaded, long failed) {
        String summary() {
            return String.format("%,d rows, %,d loaded, %,d failed", rows, loaded, failed);
        }
    }

    static Previous previous(Database db, String docId) {
        return db.read(CypherFiles.query("csv-file-state"), Map.of("id", docId), r -> {
            if (!r.hasNext()) return null;
            var x = r.next();
            return new Previous(x.get("sha").asString(null), x.get("version").asString(null), x.get("complete").asBoolean(),
                    x.get("waiting").asLong(), x.get("rows").asLong(0), x.get("loaded").asLong(0), x.get("failed").asLong(0));
        });
    }

    static String status(Previous p, String sha, String version) {
        if (p == null) return "created";
        if (!sha.equals(p.sha()) || !version.equals(p.version())) return "updated";
        return p.complete() && p.waiting() == 0 ? "unchanged" : "reloaded";
    }
}

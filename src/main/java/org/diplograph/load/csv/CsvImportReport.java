package org.diplograph.load.csv;

import java.util.List;

/**
 * What a structured import did, file by file.
 *
 * @param dataset               the mapping's dataset name
 * @param files                 one report per file
 * @param rows                  data rows read
 * @param rowsLoaded            rows whose facts were written
 * @param rowsFailed            rows skipped with an error (see each file's {@code errors})
 * @param nodesCreated          entity nodes created
 * @param relationshipsCreated  relationships created
 * @param relationshipsWritten  relationships created or merged into
 * @param millis                wall time
 * @param relationshipsPerSecond throughput
 */
public record CsvImportReport(String dataset, List<FileReport> files, long rows, long rowsLoaded, long rowsFailed,
                              long nodesCreated, long relationshipsCreated, long relationshipsWritten, long millis,
                              double relationshipsPerSecond) {

    /** A row that was not loaded: its spreadsheet row number (header = 1) and why. */
    public record RowError(int row, String reason) {}

    /**
     * @param part                 the mapping's file part
     * @param file                 the file name
     * @param document             the Document node id of this file (its evidence hangs off it)
     * @param status               created, updated (the file changed since the last import), reloaded (same file again)
     * @param rows                 data rows read
     * @param loaded               rows written
     * @param failed               rows not written, each in {@code errors} (up to 1,000 listed)
     * @param skippedRows          rows left out by {@code skipIf}
     * @param skippedFacts         facts left out by a code table (a code mapped to nothing)
     * @param nodesCreated         entity nodes created
     * @param relationshipsCreated relationships created
     * @param relationshipsWritten relationships created or merged into
     * @param evidence             evidence nodes written (one per loaded row)
     * @param batches              write transactions
     * @param millis               time taken
     * @param errors               failed rows (the first 1,000)
     * @param notes                other remarks (duplicate ids, skipped codes)
     */
    public record FileReport(String part, String file, String document, String status, long rows, long loaded, long failed,
                             long skippedRows, long skippedFacts, long nodesCreated, long relationshipsCreated,
                             long relationshipsWritten, long evidence, int batches, long millis, List<RowError> errors,
                             List<String> notes) {}

    public static CsvImportReport of(String dataset, List<FileReport> files, long millis) {
        long rows = 0, loaded = 0, failed = 0, nc = 0, rc = 0, rw = 0;
        for (FileReport f : files) {
            rows += f.rows();
            loaded += f.loaded();
            failed += f.failed();
            nc += f.nodesCreated();
            rc += f.relationshipsCreated();
            rw += f.relationshipsWritten();
        }
        double rps = Math.round(rw / (Math.max(millis, 1) / 1000.0) * 10) / 10.0;
        return new CsvImportReport(dataset, List.copyOf(files), rows, loaded, failed, nc, rc, rw, millis, rps);
    }

    /** One line for the command line. */
    public String summary() {
        return String.format("%s: %d rows in %d ms: %d loaded, %d failed; %d nodes and %d relationships created, "
                        + "%d relationships written (%.0f relationships/s)", dataset, rows, millis, rowsLoaded, rowsFailed,
                nodesCreated, relationshipsCreated, relationshipsWritten, relationshipsPerSecond);
    }
}

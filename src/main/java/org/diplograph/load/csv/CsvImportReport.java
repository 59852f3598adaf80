package org.diplograph.load.csv;

import java.util.List;

/**
 * What a structured import did, file by file.
 *
 * @param dataset               the mapping's dataset name
 * @param files                 one report per file
 * @param rows                  data rows read
 * @param rowsLoaded            rows whose facts were written
 * @param rowsFailed            rows (records) skipped with an error (see each file's {@code errors})
 * @param nodesCreated          entity nodes created
 * @param relationshipsCreated  relationships created
 * @param relationshipsWritten  relationships created or merged into
 * @param millis                wall time
 * @param relationshipsPerSecond throughput
 * @param rowsPartial           rows (records) loaded with some of their facts left out (see each file's {@code errors})
 * @param warnings              warnings of every file (see each file's {@code warnings})
 */
public record CsvImportReport(String dataset, List<FileReport> files, long rows, long rowsLoaded, long rowsFailed,
                              long nodesCreated, long relationshipsCreated, long relationshipsWritten, long millis,
                              double relationshipsPerSecond, long rowsPartial, long warnings) {

    /** A row that was not loaded: its spreadsheet row number (header = 1) and why. */
    public record RowError(int row, String reason) {}

    /**
     * @param part                 the mapping's file part
     * @param file                 the file name
     * @param document             the Document node id of this file (its evidence hangs off it)
     * @param status               created (first import), updated (other bytes or mapping: the old facts were removed
     *                             first), reloaded (same bytes and mapping, the last import unfinished or with rows waiting
     *                             for an endpoint), unchanged (same bytes and mapping: nothing written)
     * @param rows                 data rows read
     * @param loaded               records written whole or in part (a record is a row; with unpivot one kept cell; with
     *                             spells one spell)
     * @param failed               records not written at all, each in {@code errors} (up to 1,000 listed)
     * @param skippedRows          rows left out by {@code skipIf}
     * @param skippedFacts         facts left out by a code table (a code mapped to nothing)
     * @param nodesCreated         entity nodes created
     * @param relationshipsCreated relationships created
     * @param relationshipsWritten relationships created or merged into
     * @param evidence             evidence nodes written (one per loaded row)
     * @param batches              write transactions
     * @param millis               time taken
     * @param errors               failed records and the facts left out of partly loaded ones (the first 1,000), every
     *                             reason of a record in one entry
     * @param notes                other remarks (duplicate ids, skipped codes, what unpivot and spells made)
     * @param records              records made (rows; with unpivot the kept cells; with spells the spells)
     * @param partial              records loaded with some of their facts left out (each in {@code errors})
     * @param warnings             possible mistakes that fail nothing, with their rows (a code read as another state
     *                             than its row names)
     */
    public record FileReport(String part, String file, String document, String status, long rows, long loaded, long failed,
                             long skippedRows, long skippedFacts, long nodesCreated, long relationshipsCreated,
                             long relationshipsWritten, long evidence, int batches, long millis, List<RowError> errors,
                             List<String> notes, long records, long partial, List<String> warnings) {}

    public static CsvImportReport of(String dataset, List<FileReport> files, long millis) {
        long rows = 0, loaded = 0, failed = 0, nc = 0, rc = 0, rw = 0, partial = 0, warnings = 0;
        for (FileReport f : files) {
            rows += f.rows();
            loaded += f.loaded();
            failed += f.failed();
            nc += f.nodesCreated();
            rc += f.relationshipsCreated();
            rw += f.relationshipsWritten();
            partial += f.partial();
            warnings += f.warnings().size();
        }
        double rps = Math.round(rw / (Math.max(millis, 1) / 1000.0) * 10) / 10.0;
        return new CsvImportReport(dataset, List.copyOf(files), rows, loaded, failed, nc, rc, rw, millis, rps, partial, warnings);
    }

    /** One line for the command line. */
    public String summary() {
        return String.format("%s: %d rows in %d ms: %d loaded (%d in part), %d failed; %d nodes and %d relationships created, "
                        + "%d relationships written (%.0f relationships/s)%s", dataset, rows, millis, rowsLoaded, rowsPartial, rowsFailed,
                nodesCreated, relationshipsCreated, relationshipsWritten, relationshipsPerSecond,
                warnings == 0 ? "" : "; " + warnings + (warnings == 1 ? " warning" : " warnings"));
    }
}

package org.diplograph.load.csv;

import org.diplograph.load.csv.CsvImportReport.RowError;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The counts of one file, updated as its records are judged and written; the first {@value #MAX_ERRORS} row errors. */
final class FileCounts {
    static final int MAX_ERRORS = 1000;
    final List<RowError> errors = new ArrayList<>();
    final Set<String> partyTargets = new LinkedHashSet<>();
    long records, loaded, partial, failed, waiting, nodesCreated, relsCreated, relsWritten, evidence;
    int batches;

    /** Reports a row (kept while fewer than {@value #MAX_ERRORS} are). */
    void error(int row, String reason) {
        if (errors.size() < MAX_ERRORS) errors.add(new RowError(row, reason));
    }

    /** A row that fails whole. */
    void fail(int row, String reason) {
        failed++;
        error(row, reason);
    }
}

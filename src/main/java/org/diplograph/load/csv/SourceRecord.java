package org.diplograph.load.csv;

import java.util.List;

/**
 * What the facts of a file are made from: a row, a cell an unpivot turned into a record ({@code ref} "/column"), or a
 * spell of yearly records ({@code rows}: the rows it was made from). {@code label} prefixes its error reasons.
 */
record SourceRecord(int row, String ref, String label, CsvRow cells, List<Integer> rows) {}

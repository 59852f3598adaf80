/**
 * Structured import, CSV plus a mapping ({@code MappingSpec}, read by {@code MappingParser}), one class per step from
 * {@code CsvReader} to {@code BatchWriter}, run per file by {@code ImportRun}; writes only through {@code load}'s
 * {@code DatasetWriter}. May import {@code load}, {@code db}, {@code facts} and {@code common}; no Javalin, no inline Cypher.
 */
package org.diplograph.load.csv;

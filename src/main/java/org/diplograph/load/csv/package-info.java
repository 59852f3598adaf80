/**
 * Structured import: CSV files plus a mapping spec ({@code MappingSpec}, read by {@code MappingParser}) in, facts out,
 * one class per step: {@code CsvReader} streams records, {@code RowInterpreter} joins, unpivots and collapses spells,
 * {@code FactMaker} resolves codes and types, {@code BatchWriter} checks endpoints and hands batches to the load
 * package's {@code DatasetWriter}, the only writer; {@code ImportRun} runs the steps of a file. May import
 * {@code load}, {@code db}, {@code facts} and {@code common}; no Javalin, no inline Cypher.
 */
package org.diplograph.load.csv;

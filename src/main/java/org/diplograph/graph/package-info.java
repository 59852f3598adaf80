/**
 * Graph query services, one per feature, reading with {@code cypher/queries/}; each answers records nested in it (maps
 * only for open property bags), with {@code Elements} for Cytoscape elements. May import {@code api}, {@code db},
 * {@code facts} and {@code common}; never Javalin, never {@code load} (they do not write).
 */
package org.diplograph.graph;

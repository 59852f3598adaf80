/**
 * Graph query services, one per feature (overview, search, entity, neighbourhood, paths, meetings, timeline, evidence,
 * export), reading with Cypher from {@code cypher/queries/}. May import {@code api}, {@code db} and {@code facts}; never
 * Javalin, never {@code load} (they do not write).
 */
package org.diplograph.graph;

/**
 * Graph query services, one per feature (overview, search, entity, neighbourhood, paths, meetings, timeline, evidence,
 * export), reading with Cypher from {@code cypher/queries/}. May import {@code api}, {@code db} and {@code facts}; never
 * Javalin, never {@code load} (they do not write). Each service answers records nested in it (next to its
 * {@code Request}), which Jackson writes as the API's JSON; maps remain only for open property bags.
 */
package org.diplograph.graph;

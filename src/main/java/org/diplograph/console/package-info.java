/**
 * The read-only Cypher console: {@code ConsoleService} (answers records), the guards ({@code CypherGuard} on clauses,
 * {@code CostGuard} on expressions with {@code ListSizes} for the sizes) and {@code ConsoleRunner}, which bounds time
 * and concurrency. May import {@code api}, {@code db}, {@code graph} and {@code common}; never Javalin.
 */
package org.diplograph.console;

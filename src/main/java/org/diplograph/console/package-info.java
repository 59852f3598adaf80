/**
 * The read-only Cypher console: the guards ({@code CypherGuard}, {@code CostGuard}) and the runner that bounds time and
 * concurrency. May import {@code api}, {@code db}, {@code graph} and {@code common}; never Javalin.
 */
package org.diplograph.console;

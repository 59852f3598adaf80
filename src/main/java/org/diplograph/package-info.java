/**
 * The top: {@code Cli} (the jar's main class, picocli) and its commands ({@code serve}, {@code import}, {@code extract},
 * {@code backup}, {@code restore}), and {@code App}, which wires config, Neo4j, services and routes. It may import every
 * package; no package imports it.
 */
package org.diplograph;

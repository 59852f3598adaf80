/**
 * The one way into Neo4j: embedded Neo4j (hardened), the driver and its query helper {@code Database}, the one write
 * retry policy {@code WriteRetry}, the schema and the Cypher file loader {@code CypherFiles}. Imports no project package.
 */
package org.diplograph.db;

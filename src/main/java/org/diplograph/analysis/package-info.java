/**
 * Analysis (issue 16): centrality (degree, betweenness, PageRank), blocs (communities with stable ids across yearly
 * slices), the diff between two dates, contradictions between sources and the stage of an agreement for a party at a
 * date. A Cypher file ({@code cypher/queries/analysis-*.cypher}) projects a subgraph with the one validity rule
 * ({@code graph.Validity}); JGraphT computes on it in the app, so it runs the same on embedded and external Neo4j.
 * May import {@code api}, {@code db}, {@code facts}, {@code graph} (the validity rule, dates) and JGraphT; never
 * Javalin, never {@code load} (it does not write). Answers are records nested in the services.
 */
package org.diplograph.analysis;

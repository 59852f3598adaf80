// The relationships among `nodes` that pass the type and date filters (dates as in neighborhood-one.cypher), at most $cap (shared by neighborhood-edges and
// neighborhood-one, in place of __EDGES__). No hub's relationships are walked. A node's outgoing relationships are
// walked when it has at most $dense of them per chosen node, else a node's incoming ones under the same bound (kept
// when their start is a node of the first kind); between two nodes above the bound (hubs), the pair is checked with
// Expand(Into) only when some type leaves the one and enters the other (__OUT_TYPES__ / __IN_TYPES__ list the types of
// the allow-list with a non-zero degree, read from the counts a dense node keeps), within a budget of reads ($budget);
// pairsCut tells that some hub pairs were left unchecked.
CALL (nodes) {
  UNWIND nodes AS a
  WITH a, COUNT { (a)-->() } AS out, COUNT { (a)<--() } AS in, $dense * size(nodes) AS walk
  WITH collect({n: a, out: out, in: in, walk: walk,
                outs: CASE WHEN out > walk THEN [t IN [__OUT_TYPES__] WHERE t IS NOT NULL] END,
                ins: CASE WHEN in > walk THEN [t IN [__IN_TYPES__] WHERE t IS NOT NULL] END}) AS info
  // hub pairs with a type in common, cheapest first (Expand(Into) reads the smaller side); kept while the reads they
  // may cost stay within $budget (the k-th cheapest is kept when k times its cost fits), the others are reported as cut
  WITH info, [x IN info WHERE x.out > x.walk] AS hubsOut, [y IN info WHERE y.in > y.walk] AS hubsIn
  CALL (hubsOut, hubsIn) {
    UNWIND hubsOut AS x
    UNWIND hubsIn AS y
    WITH x, y WHERE any(t IN x.outs WHERE t IN y.ins)
    WITH x.n AS a, y.n AS b, CASE WHEN x.out < y.in THEN x.out ELSE y.in END AS cost
    ORDER BY cost
    WITH collect({a: a, b: b, cost: cost}) AS sorted
    RETURN [i IN range(0, size(sorted) - 1) WHERE (i + 1) * sorted[i].cost <= $budget | sorted[i]] AS kept, size(sorted) AS pairs
  }
  WITH info, kept, size(kept) < pairs AS pairsCut
  CALL (info, kept) {
    CALL (info, kept) {
        UNWIND info AS x
        WITH x, info WHERE x.out <= x.walk
        WITH x.n AS a, [y IN info | y.n] AS chosen
        MATCH (a)-[r]->(b) WHERE b IN chosen
        RETURN r
      UNION ALL
        UNWIND info AS x
        WITH x, info WHERE x.in <= x.walk
        WITH x.n AS b, [y IN info WHERE y.out > y.walk | y.n] AS hubs
        MATCH (a)-[r]->(b) WHERE a IN hubs
        RETURN r
      UNION ALL
        UNWIND kept AS pair
        WITH pair.a AS a, pair.b AS b
        MATCH (a)-[r]->(b)
        RETURN r
    }
    WITH r, startNode(r) AS s, endNode(r) AS e
    WHERE $types IS NULL OR type(r) IN $types
    WITH r,
         coalesce(r.dateFrom, CASE WHEN e:Agreement OR e:Event THEN e.dateFrom WHEN s:Agreement OR s:Event THEN s.dateFrom END) AS df,
         coalesce(r.dateTo, r.dateFrom, CASE WHEN e:Agreement OR e:Event THEN coalesce(e.dateTo, e.dateFrom)
                                             WHEN s:Agreement OR s:Event THEN coalesce(s.dateTo, s.dateFrom) END) AS dt
    WHERE __VALID__
      AND (r.validFrom IS NOT NULL OR df IS NULL OR df <= $windowTo)
      AND (r.validFrom IS NOT NULL OR r.validTo IS NOT NULL OR df IS NULL OR dt >= $windowFrom)
    RETURN collect(r)[..$cap] AS rels
  }
  RETURN rels, pairsCut
}

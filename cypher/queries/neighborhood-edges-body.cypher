// The relationships among `nodes` that pass the type and date filters, at most $cap (shared by neighborhood-edges and
// neighborhood-one, in place of __EDGES__). No hub's relationships are walked. A node's outgoing relationships are
// walked when it has at most $dense of them per chosen node, else a node's incoming ones under the same bound (kept
// when their start is a node of the first kind); between two nodes above the bound (hubs), the pair is checked with
// Expand(Into) only when some type leaves the one and enters the other: __OUT_TYPES__ / __IN_TYPES__ list the types of
// the allow-list with a non-zero degree (read from the counts a dense node keeps, so never walked).
CALL (nodes) {
  UNWIND nodes AS a
  WITH a, COUNT { (a)-->() } AS out, COUNT { (a)<--() } AS in, $dense * size(nodes) AS walk
  WITH collect({n: a, out: out, in: in, walk: walk,
                outs: CASE WHEN out > walk THEN [t IN [__OUT_TYPES__] WHERE t IS NOT NULL] END,
                ins: CASE WHEN in > walk THEN [t IN [__IN_TYPES__] WHERE t IS NOT NULL] END}) AS info
  UNWIND info AS x
  CALL (x, info) {
      WITH x, info WHERE x.out <= x.walk
      WITH x.n AS a, [y IN info | y.n] AS chosen
      MATCH (a)-[r]->(b) WHERE b IN chosen
      RETURN r
    UNION ALL
      WITH x, info WHERE x.in <= x.walk
      WITH x.n AS b, [y IN info WHERE y.out > y.walk | y.n] AS hubs
      MATCH (a)-[r]->(b) WHERE a IN hubs
      RETURN r
    UNION ALL
      WITH x, info WHERE x.out > x.walk
      UNWIND info AS y
      WITH x, y WHERE y.in > y.walk AND any(t IN x.outs WHERE t IN y.ins)
      WITH x.n AS a, y.n AS b
      MATCH (a)-[r]->(b)
      RETURN r
  }
  WITH r, startNode(r) AS s, endNode(r) AS e
  WHERE $types IS NULL OR type(r) IN $types
  WITH r,
       coalesce(r.dateFrom, CASE WHEN e:Agreement OR e:Event THEN e.dateFrom WHEN s:Agreement OR s:Event THEN s.dateFrom END) AS df,
       coalesce(r.dateTo, r.dateFrom, CASE WHEN e:Agreement OR e:Event THEN coalesce(e.dateTo, e.dateFrom)
                                           WHEN s:Agreement OR s:Event THEN coalesce(s.dateTo, s.dateFrom) END) AS dt
  WHERE df IS NULL OR (($from IS NULL OR dt >= $from) AND ($to IS NULL OR df <= $to))
  RETURN collect(r)[..$cap] AS rels
}

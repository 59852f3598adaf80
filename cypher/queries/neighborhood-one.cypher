// Depth 1 in one query: the entity, at most $keep neighbours through relationships that pass the filters, whether
// there were more ($keep + 1 are looked for), and the relationships among them all. Dates: a relationship must be
// valid in [$windowFrom, $windowTo] by the one validity rule (__VALID__, valid-in-window.cypher: its validFrom/validTo
// interval); without a validFrom its date span starts at its own dateFrom, else that of the Agreement or Event at its
// other end, and without any interval it ends at its dateTo (else that start); undated ones are kept.
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE m <> n
    AND ($types IS NULL OR type(r) IN $types)
    AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
  WITH r, m,
       coalesce(r.dateFrom, CASE WHEN m:Agreement OR m:Event THEN m.dateFrom END) AS df,
       coalesce(r.dateTo, r.dateFrom, CASE WHEN m:Agreement OR m:Event THEN coalesce(m.dateTo, m.dateFrom) END) AS dt
  WHERE __VALID__
    AND (r.validFrom IS NOT NULL OR df IS NULL OR df <= $windowTo)
    AND (r.validFrom IS NOT NULL OR r.validTo IS NOT NULL OR df IS NULL OR dt >= $windowFrom)
  WITH DISTINCT m
  LIMIT $keep + 1
  RETURN collect(m) AS found
}
WITH [n] + found[..$keep] AS nodes, size(found) > $keep AS cut
__EDGES__
RETURN nodes, rels, cut, pairsCut

// Depth 1 in one query: the entity, at most $keep neighbours through relationships that pass the filters (a
// relationship's date is its own dateFrom/dateTo, else that of the Agreement or Event at its other end; undated ones
// are kept), whether there were more ($keep + 1 are looked for), and the relationships among them all.
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE m <> n
    AND ($types IS NULL OR type(r) IN $types)
    AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
  WITH r, m,
       coalesce(r.dateFrom, CASE WHEN m:Agreement OR m:Event THEN m.dateFrom END) AS df,
       coalesce(r.dateTo, r.dateFrom, CASE WHEN m:Agreement OR m:Event THEN coalesce(m.dateTo, m.dateFrom) END) AS dt
  WHERE df IS NULL OR (($from IS NULL OR dt >= $from) AND ($to IS NULL OR df <= $to))
  WITH DISTINCT m
  LIMIT $keep + 1
  RETURN collect(m) AS found
}
WITH [n] + found[..$keep] AS nodes, size(found) > $keep AS cut
__EDGES__
RETURN nodes, rels, cut, pairsCut

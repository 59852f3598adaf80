// New neighbours of each frontier entity, at most $perNode each (the caller asks one more to tell when it cut).
// Dates as in neighborhood-one.cypher: the one validity rule (__VALID__) on the relationship's validFrom/validTo, and
// without an interval its own dateFrom/dateTo, else that of the Agreement or Event at its other end; undated ones are kept.
UNWIND $frontier AS fid
MATCH (n:Entity {id: fid})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE NOT m.id IN $seen
    AND ($types IS NULL OR type(r) IN $types)
    AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
  WITH r, m,
       coalesce(r.dateFrom, CASE WHEN m:Agreement OR m:Event THEN m.dateFrom END) AS df,
       coalesce(r.dateTo, r.dateFrom, CASE WHEN m:Agreement OR m:Event THEN coalesce(m.dateTo, m.dateFrom) END) AS dt
  WHERE __VALID__
    AND (r.validFrom IS NOT NULL OR df IS NULL OR df <= $windowTo)
    AND (r.validFrom IS NOT NULL OR r.validTo IS NOT NULL OR df IS NULL OR dt >= $windowFrom)
  WITH DISTINCT m
  LIMIT $perNode
  RETURN collect(m.id) AS ids
}
RETURN fid, ids

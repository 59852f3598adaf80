// The chosen entities and the relationships among them that pass the type and date filters (capped by $cap).
MATCH (a:Entity) WHERE a.id IN $ids
OPTIONAL CALL (a) {
  MATCH (a)-[r]->(b:Entity)
  WHERE b.id IN $ids AND ($types IS NULL OR type(r) IN $types)
  WITH r, b,
       coalesce(r.dateFrom, CASE WHEN b:Agreement OR b:Event THEN b.dateFrom WHEN a:Agreement OR a:Event THEN a.dateFrom END) AS df,
       coalesce(r.dateTo, r.dateFrom, CASE WHEN b:Agreement OR b:Event THEN coalesce(b.dateTo, b.dateFrom)
                                           WHEN a:Agreement OR a:Event THEN coalesce(a.dateTo, a.dateFrom) END) AS dt
  WHERE df IS NULL OR (($from IS NULL OR dt >= $from) AND ($to IS NULL OR df <= $to))
  RETURN collect(r)[..$cap] AS rels
}
RETURN a, rels

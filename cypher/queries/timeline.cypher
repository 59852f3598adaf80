// Dated Events and Agreements in order: those of one entity (itself, one hop away, or held in a place inside it),
// or all when $entity is null; each with the relationships around it and their evidence ids. An item's date must meet
// [$from, $to]; the relationship that links the entity to it, and those listed around it, must be valid in the same
// window by the one validity rule (__VALID__, valid-in-window.cypher; $windowFrom/$windowTo are $from/$to).
CALL {
  MATCH (i:Entity) WHERE $entity IS NULL AND (i:Event OR i:Agreement) AND i.dateFrom IS NOT NULL
  RETURN i
  UNION
  MATCH (x:Entity {id: $entity})
  MATCH (x)-[r]-(i:Entity) WHERE (i:Event OR i:Agreement) AND i.dateFrom IS NOT NULL AND __VALID__
  RETURN i
  UNION
  MATCH (i:Entity {id: $entity}) WHERE (i:Event OR i:Agreement) AND i.dateFrom IS NOT NULL
  RETURN i
  UNION
  MATCH (x:Entity {id: $entity})<-[:LOCATED_IN]-(:Place)<-[:HELD_IN]-(i:Event) WHERE i.dateFrom IS NOT NULL
  RETURN i
}
WITH i
WHERE ($from IS NULL OR coalesce(i.dateTo, i.dateFrom) >= $from) AND ($to IS NULL OR i.dateFrom <= $to)
WITH i ORDER BY i.dateFrom, i.id LIMIT $limit
RETURN i,
  COLLECT { MATCH (i)-[r]-(y:Entity) WHERE __VALID__ RETURN {type: type(r), relationship: elementId(r), id: y.id, name: y.name,
      label: [l IN labels(y) WHERE l <> 'Entity'][0], role: r.role, evidence: coalesce(r.evidence, [])} AS x
      ORDER BY x.type, x.name LIMIT 50 } AS related

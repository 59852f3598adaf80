// The facts an entity's contradictions are looked for in: the entity itself when it is an Agreement or an Event, and
// the Agreements and Events one hop away (at most $cap), each with its stored count and date and the element ids of the
// relationships around it that say something about it (at most $rels): those an article wrote (no validity interval)
// and every PARTY_TO (its parties), plus the MET relationships that name it as their event.
MATCH (x:Entity {id: $entity})
CALL (x) {
  MATCH (i:Entity) WHERE i = x AND (i:Agreement OR i:Event)
  RETURN i
  UNION
  MATCH (x)--(i:Entity) WHERE i:Agreement OR i:Event
  RETURN i
}
WITH DISTINCT i ORDER BY i.id LIMIT $cap
RETURN i.id AS id, coalesce(i.title, i.name) AS name, [l IN labels(i) WHERE l <> 'Entity'][0] AS label,
       i.count AS count, i.date AS date,
       COLLECT { MATCH (i)-[r]-(:Entity) WHERE r.validFrom IS NULL OR type(r) = 'PARTY_TO' RETURN elementId(r) AS r LIMIT $rels }
       + COLLECT { MATCH ()-[m:MET {event: i.id}]->() RETURN elementId(m) AS r LIMIT $rels } AS rels

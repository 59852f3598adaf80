// The agreements and events an entity's contradictions are looked for in: the entity itself when it is an Agreement or
// an Event, and the Agreements and Events one hop away (at most $cap), in id order.
MATCH (x:Entity {id: $entity})
CALL (x) {
  MATCH (i:Entity) WHERE i = x AND (i:Agreement OR i:Event)
  RETURN i
  UNION
  MATCH (x)--(i:Entity) WHERE i:Agreement OR i:Event
  RETURN i
}
WITH DISTINCT i ORDER BY i.id LIMIT $cap
RETURN i.id AS id

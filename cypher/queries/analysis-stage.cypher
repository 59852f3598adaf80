// The PARTY_TO relationships of one party ($party), or only the one to $agreement, in agreement id order (at most $cap).
MATCH (p:Entity {id: $party})-[r:PARTY_TO]->(a:Entity)
WHERE $agreement IS NULL OR a.id = $agreement
RETURN elementId(r) AS rel
ORDER BY a.id
LIMIT $cap

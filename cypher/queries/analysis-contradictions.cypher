// The facts contradictions are looked for in, for the Agreements and Events with these ids ($ids, in that order; other
// ids give no row): each with its stored count and date and the element ids of the relationships around it that say
// something about it (at most $rels): those an article wrote (no validity interval) and every PARTY_TO (its parties),
// plus the MET relationships that name it as their event.
UNWIND $ids AS sid
MATCH (i:Entity {id: sid}) WHERE i:Agreement OR i:Event
RETURN i.id AS id, coalesce(i.title, i.name) AS name, [l IN labels(i) WHERE l <> 'Entity'][0] AS label,
       i.count AS count, i.date AS date,
       COLLECT { MATCH (i)-[r]-(:Entity) WHERE r.validFrom IS NULL OR type(r) = 'PARTY_TO' RETURN elementId(r) AS r LIMIT $rels }
       + COLLECT { MATCH ()-[m:MET {event: i.id}]->() RETURN elementId(m) AS r LIMIT $rels } AS rels

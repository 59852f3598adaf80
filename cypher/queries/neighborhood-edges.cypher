// The chosen entities ($ids) and the relationships among them that pass the type and date filters (at most $cap).
UNWIND $ids AS id
MATCH (a:Entity {id: id})
WITH collect(a) AS nodes
__EDGES__
RETURN nodes, rels, pairsCut

// All shortest paths between two entities over the allowed types (__TYPES__ and __MAXHOPS__ come from the
// via allow-list and a validated integer 1..6). With $asOf: dated kinds of relationship (PARTY_TO, SIGNED, MET,
// VISITED) must be dated on/before it (an undated PARTY_TO/SIGNED takes its Agreement's date), and nothing whose
// dateEnd (on the relationship or its Agreement) is before it; undated structural relationships are kept.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:__TYPES__*1..__MAXHOPS__]-(b))
WHERE all(r IN relationships(p) WHERE $asOf IS NULL OR (
        (NOT type(r) IN $datedTypes
         OR coalesce(r.dateFrom, CASE WHEN endNode(r):Agreement THEN endNode(r).dateFrom END) <= $asOf)
        AND NOT coalesce(toString(r.dateEnd), CASE WHEN endNode(r):Agreement THEN toString(endNode(r).dateEnd) END, '9999')
            < toString($asOf)))
RETURN p
LIMIT $cap

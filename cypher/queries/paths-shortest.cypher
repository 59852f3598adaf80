// All shortest paths between two entities over the allowed types (__TYPES__ and __MAXHOPS__ come from the
// via allow-list and a validated integer 1..6). With $asOf: dated kinds of relationship (PARTY_TO, SIGNED, MET,
// VISITED) must be dated on/before it (an undated PARTY_TO/SIGNED takes its Agreement's date), and nothing whose
// dateEnd (on the relationship or its Agreement) is before it; undated structural relationships are kept.
// In force on $asOf: a validity interval (validFrom/validTo, from structured data: entry into force .. end) wins over
// the date of signature; a party that withdrew (validTo before $asOf) no longer links.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:__TYPES__*1..__MAXHOPS__]-(b))
WHERE all(r IN relationships(p) WHERE $asOf IS NULL OR (
        (NOT type(r) IN $datedTypes
         OR coalesce(r.validFrom, r.dateFrom,
                     CASE WHEN endNode(r):Agreement THEN coalesce(endNode(r).validFrom, endNode(r).dateFrom) END) <= $asOf)
        AND NOT coalesce(toString(r.validTo), toString(r.dateEnd),
                         CASE WHEN endNode(r):Agreement THEN coalesce(toString(endNode(r).validTo), toString(endNode(r).dateEnd)) END,
                         '9999') < toString($asOf)))
RETURN p
LIMIT $cap

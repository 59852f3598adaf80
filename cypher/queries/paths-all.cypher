// Every simple path (no node twice) between two entities up to __MAXHOPS__ relationships over the allowed types,
// shortest first, capped by $cap. The $asOf filter is the one of paths-shortest.cypher.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = (a)-[:__TYPES__*1..__MAXHOPS__]-(b)
WHERE all(r IN relationships(p) WHERE $asOf IS NULL OR (
        (NOT type(r) IN $datedTypes
         OR coalesce(r.validFrom, r.dateFrom,
                     CASE WHEN endNode(r):Agreement THEN coalesce(endNode(r).validFrom, endNode(r).dateFrom) END) <= $asOf)
        AND NOT coalesce(toString(r.validTo), toString(r.dateEnd),
                         CASE WHEN endNode(r):Agreement THEN coalesce(toString(endNode(r).validTo), toString(endNode(r).dateEnd)) END,
                         '9999') < toString($asOf)))
  AND all(i IN range(0, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
RETURN p
ORDER BY length(p)
LIMIT $cap

// The $cap shortest simple paths (no node twice) between two entities, up to __MAXHOPS__ relationships over the
// allowed types (__TYPES__ and __MAXHOPS__ come from the via allow-list and a validated integer 1..6; __K__ is the
// number of candidates, an integer of PathService: 5.26 takes no parameter after SHORTEST), shortest first.
// Bounded: SHORTEST k stops after k paths instead of enumerating every path up to the hop limit (which runs into the
// query timeout on graphs with hubs); the $asOf filter is checked on each relationship during the search (inside the
// quantified path pattern), with the same meaning as in paths-shortest.cypher.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST __K__ (a)(()-[r:__TYPES__]-()
      WHERE __VALID__
        AND (r.validFrom IS NOT NULL OR $asOf IS NULL OR NOT type(r) IN $datedTypes
             OR coalesce(r.dateFrom, CASE WHEN endNode(r):Agreement THEN coalesce(endNode(r).validFrom, endNode(r).dateFrom) END) <= $asOf)
        AND (r.validTo IS NOT NULL OR $asOf IS NULL OR NOT endNode(r):Agreement
             OR endNode(r).validTo IS NULL OR endNode(r).validTo >= $asOf)){1,__MAXHOPS__}(b)
WHERE all(i IN range(0, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
RETURN p
ORDER BY length(p)
LIMIT $cap

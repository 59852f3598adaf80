// All shortest paths between two entities over the allowed types (__TYPES__ and __MAXHOPS__ come from the
// via allow-list and a validated integer 1..6). With $asOf ($windowFrom = $windowTo = $asOf), every relationship must be
// valid that day by the one validity rule (__VALID__, valid-in-window.cypher: its validFrom/validTo interval, from
// structured data, contains the day; any type). Without a validFrom, dated kinds of relationship (PARTY_TO, SIGNED,
// MET, VISITED) must have happened by then (dated on/before it; an undated PARTY_TO/SIGNED takes its Agreement's date);
// without a validTo, one into an Agreement must not outlive the Agreement's own validTo; undated structural
// relationships (an article's MEMBER_OF, HOLDS_OFFICE ...) are kept.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:__TYPES__*1..__MAXHOPS__]-(b))
WHERE all(r IN relationships(p) WHERE __VALID__
        AND (r.validFrom IS NOT NULL OR $asOf IS NULL OR NOT type(r) IN $datedTypes
             OR coalesce(r.dateFrom, CASE WHEN endNode(r):Agreement THEN coalesce(endNode(r).validFrom, endNode(r).dateFrom) END) <= $asOf)
        AND (r.validTo IS NOT NULL OR $asOf IS NULL OR NOT endNode(r):Agreement
             OR endNode(r).validTo IS NULL OR endNode(r).validTo >= $asOf))
RETURN p
LIMIT $cap

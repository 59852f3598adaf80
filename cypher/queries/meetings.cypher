// MET relationships (stored once per pair and event) with the event's places, filtered by person, state
// (a person holding office in it) and date range (undated meetings are left out when a range is given).
MATCH (p:Person)-[m:MET]->(q:Person)
WHERE ($person IS NULL OR p.id = $person OR q.id = $person)
  AND ($state IS NULL OR EXISTS { (p)-[:HOLDS_OFFICE]->(:Entity {id: $state}) }
                      OR EXISTS { (q)-[:HOLDS_OFFICE]->(:Entity {id: $state}) })
  AND ($from IS NULL OR coalesce(m.dateTo, m.dateFrom) >= $from)
  AND ($to IS NULL OR m.dateFrom <= $to)
WITH p, q, m LIMIT $cap
OPTIONAL MATCH (e:Event {id: m.event})
RETURN p, q, m, e.id AS event, e.name AS eventName,
       COLLECT { MATCH (e)-[:HELD_IN]->(pl:Entity) RETURN pl.name } AS places

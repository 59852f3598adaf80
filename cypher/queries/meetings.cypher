// Who met whom. A meeting is a MET relationship (stored once per pair and event); two persons who ATTENDED the same
// Event, or SIGNED the same Agreement on the same date, met too, unless a MET already records that occasion.
// Filters: a person, a state (a person holding office in it), a date range (undated meetings are left out then).
CALL {
  MATCH (p:Person)-[m:MET]->(q:Person)
  RETURN p, q, [m] AS rels, m.date AS date, m.dateFrom AS df, coalesce(m.dateTo, m.dateFrom) AS dt, m.event AS eventId,
         null AS occasion, 'met' AS how
  UNION
  MATCH (p:Person)-[a1:ATTENDED]->(e:Event)<-[a2:ATTENDED]-(q:Person)
  WHERE p.id < q.id AND NOT EXISTS { MATCH (p)-[m:MET]-(q) WHERE m.event = e.id }
  RETURN p, q, [a1, a2] AS rels, e.date AS date, e.dateFrom AS df, coalesce(e.dateTo, e.dateFrom) AS dt, e.id AS eventId,
         null AS occasion, 'attended' AS how
  UNION
  MATCH (p:Person)-[s1:SIGNED]->(a:Agreement)<-[s2:SIGNED]-(q:Person)
  WHERE p.id < q.id AND coalesce(s1.date, a.date, '') = coalesce(s2.date, a.date, '')
    AND NOT EXISTS { MATCH (p)-[m:MET]-(q) WHERE m.date = coalesce(s1.date, a.date) }
  RETURN p, q, [s1, s2] AS rels, coalesce(s1.date, a.date) AS date, coalesce(s1.dateFrom, a.dateFrom) AS df,
         coalesce(s1.dateTo, a.dateTo, s1.dateFrom, a.dateFrom) AS dt, null AS eventId,
         'signing of ' + coalesce(a.title, a.name) AS occasion, 'signed' AS how
}
WITH p, q, rels, date, df, dt, eventId, occasion, how
WHERE ($person IS NULL OR p.id = $person OR q.id = $person)
  AND ($state IS NULL OR EXISTS { (p)-[:HOLDS_OFFICE]->(:Entity {id: $state}) }
                      OR EXISTS { (q)-[:HOLDS_OFFICE]->(:Entity {id: $state}) })
  AND ($from IS NULL OR dt >= $from)
  AND ($to IS NULL OR df <= $to)
WITH p, q, rels, date, eventId, occasion, how LIMIT $cap
OPTIONAL MATCH (e:Event {id: eventId})
RETURN p, q, rels, date, how, e.id AS event, coalesce(e.name, occasion) AS eventName,
       COLLECT { MATCH (e)-[:HELD_IN]->(pl:Entity) RETURN pl.name } AS places

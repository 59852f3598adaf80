// Who met whom. A meeting is a MET relationship (stored once per pair and event), or two persons who ATTENDED the
// same Event when no MET records that occasion. A signing is not a meeting of its own: a MET or an attended Event of
// kind 'signing' counts only when the pair has no other meeting on that date (undated ones: no other undated one), so
// talks and the signing that closed them are one meeting, and co-signing an agreement dated later counts for nothing.
// Filters: a person, a state (a person holding office in it), a date range (undated meetings are left out then).
CALL {
  MATCH (p:Person)-[m:MET]->(q:Person)
  OPTIONAL MATCH (ev:Event {id: m.event})
  RETURN p, q, [m] AS rels, m.date AS date, m.dateFrom AS df, coalesce(m.dateTo, m.dateFrom) AS dt, m.event AS eventId,
         'met' AS how, coalesce(ev.kind, '') = 'signing' AS signing
  UNION
  MATCH (p:Person)-[a1:ATTENDED]->(e:Event)<-[a2:ATTENDED]-(q:Person)
  WHERE p.id < q.id AND NOT EXISTS { MATCH (p)-[m:MET]-(q) WHERE m.event = e.id }
  RETURN p, q, [a1, a2] AS rels, e.date AS date, e.dateFrom AS df, coalesce(e.dateTo, e.dateFrom) AS dt, e.id AS eventId,
         'attended' AS how, coalesce(e.kind, '') = 'signing' AS signing
}
WITH p, q, rels, date, df, dt, eventId, how, signing
WHERE ($person IS NULL OR p.id = $person OR q.id = $person)
  AND ($state IS NULL OR EXISTS { (p)-[:HOLDS_OFFICE]->(:Entity {id: $state}) }
                      OR EXISTS { (q)-[:HOLDS_OFFICE]->(:Entity {id: $state}) })
  AND ($from IS NULL OR dt >= $from)
  AND ($to IS NULL OR df <= $to)
WITH CASE WHEN p.id < q.id THEN p ELSE q END AS a, CASE WHEN p.id < q.id THEN q ELSE p END AS b,
     {rels: rels, date: date, eventId: eventId, how: how, signing: signing} AS m
WITH a, b, collect(m) AS ms
UNWIND ms AS m
WITH a, b, m, ms
WHERE NOT m.signing OR NONE(o IN ms WHERE NOT o.signing AND coalesce(o.date, '') = coalesce(m.date, ''))
WITH a AS p, b AS q, m.rels AS rels, m.date AS date, m.eventId AS eventId, m.how AS how LIMIT $cap
OPTIONAL MATCH (e:Event {id: eventId})
RETURN p, q, rels, date, how, e.id AS event, e.name AS eventName,
       COLLECT { MATCH (e)-[:HELD_IN]->(pl:Entity) RETURN pl.name } AS places

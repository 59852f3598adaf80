// Dated events, oldest first, with who attended and where
MATCH (e:Event) WHERE e.dateFrom IS NOT NULL
OPTIONAL MATCH (p:Person)-[:ATTENDED]->(e)
OPTIONAL MATCH (e)-[:HELD_IN]->(place)
RETURN e.dateFrom AS day, e.date AS date, e.name AS event, collect(DISTINCT p.name) AS attendees, collect(DISTINCT place.name) AS places
ORDER BY day

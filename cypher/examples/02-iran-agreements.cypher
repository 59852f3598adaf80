// Iran's agreements and the other parties
MATCH (:State {id: 'state:IRN'})-[r:PARTY_TO]->(a:Agreement)
OPTIONAL MATCH (a)<-[:PARTY_TO]-(other)
WHERE other.id <> 'state:IRN'
RETURN a.name AS agreement, coalesce(r.date, a.date) AS date, collect(other.name) AS otherParties
ORDER BY date DESC

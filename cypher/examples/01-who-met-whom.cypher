// Who met whom (with the date and the sentence that says so)
MATCH (p:Person)-[m:MET]-(q:Person)
WHERE p.id < q.id
RETURN p, m, q, m.date AS date
ORDER BY date DESC
LIMIT 100

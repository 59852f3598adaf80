// Who met whom (persons and their meetings)
MATCH (p:Person)-[m:MET]-(q:Person)
RETURN p, m, q
LIMIT 200

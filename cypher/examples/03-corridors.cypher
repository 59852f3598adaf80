// Corridors and the states they connect, in order
MATCH (c:Corridor)-[r:CONNECTS]->(x)
WITH c, r, x ORDER BY c.name, r.order
RETURN c.name AS corridor, c.kind AS kind, collect(x.name) AS connects

// The best-connected entities first, capped by $limit.
MATCH (n:Entity)
RETURN n, COUNT { (n)--(:Entity) } AS degree
ORDER BY degree DESC, n.id
LIMIT $limit

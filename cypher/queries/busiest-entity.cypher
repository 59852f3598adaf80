// The most connected of (up to) 1,000 entities: the neighbourhood queries are warmed on it after start-up.
MATCH (n:Entity)
WITH n LIMIT 1000
RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC
LIMIT 1

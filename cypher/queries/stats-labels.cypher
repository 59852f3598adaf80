// Node count per label (Entity is a marker label carried by every entity, skipped).
CALL db.labels() YIELD label
WHERE label <> 'Entity'
CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS count }
RETURN label, count

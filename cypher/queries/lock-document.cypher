// MERGE and write-lock an article's document first: a concurrent import of the same article waits here, then reads the
// committed facts hash (so exactly one import reports it created and the other unchanged).
MERGE (d:Document {id: $id})
  ON CREATE SET d._new = true
SET d._lock = true
WITH d, coalesce(d._new, false) AS isNew, d.factsHash AS h
REMOVE d._new, d._lock
RETURN h, isNew

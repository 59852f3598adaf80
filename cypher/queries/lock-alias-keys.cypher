// Locks alias keys (given in sorted order) until commit: MERGE-ing a placeholder on the unique entity id takes the
// constraint's key lock; the placeholder is deleted at once, so nothing remains.
UNWIND $keys AS k
MERGE (l:Entity {id: k})
WITH l WHERE l.name IS NULL
DELETE l

// After unload-dataset-evidence: a batch of the file's MENTIONS is deleted, and entities left with no relationship.
// Run until it returns 0.
MATCH (d:Document {id: $doc})-[m:MENTIONS]->(n)
WITH m, n LIMIT $limit
DELETE m
WITH collect(n) AS ns, count(*) AS total
CALL (ns) {
  UNWIND ns AS n
  WITH n WHERE NOT (n)--()
  DELETE n
}
RETURN total AS n

// The number of distinct parties of each agreement (any PARTY_TO target), for path ranking by specificity.
UNWIND $ids AS id
MATCH (a:Entity {id: id})
CALL (a) {
  MATCH (p)-[:PARTY_TO]->(a)
  RETURN count(DISTINCT p) AS n
}
SET a.parties = n

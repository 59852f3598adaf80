// Before a changed dataset file is loaded again: a batch of its old evidence (one per row) is stripped from the
// relationships it supported (e.facts: "TYPE<tab>source<tab>target<tab>key"), relationships left with none are dropped,
// and the evidence is deleted. Returns how many were removed (run until 0) and the PARTY_TO targets touched.
MATCH (d:Document {id: $doc})-[:HAS_EVIDENCE]->(e:Evidence)
WITH e LIMIT $limit
CALL (e) {
  UNWIND coalesce(e.facts, []) AS f
  WITH e, split(f, '\t') AS p
  MATCH (a:Entity {id: p[1]})-[r:$(p[0]) {key: p[3]}]->(b:Entity {id: p[2]})
  WHERE e.id IN r.evidence
  SET r.evidence = [x IN r.evidence WHERE x <> e.id]
  WITH r WHERE size(r.evidence) = 0
  DELETE r
}
WITH e, [f IN coalesce(e.facts, []) WHERE f STARTS WITH 'PARTY_TO' + '\t' | split(f, '\t')[2]] AS targets
DETACH DELETE e
WITH count(*) AS n, collect(targets) AS ts
RETURN n, reduce(acc = [], t IN ts | acc + [x IN t WHERE NOT x IN acc]) AS targets

// Before a changed version of an article is loaded: strip its evidence from every relationship it supported,
// drop relationships left with none, delete its evidence and mentions, and entities left with no relationship.
MATCH (d:Document {id: $doc})
OPTIONAL MATCH (d)-[:HAS_EVIDENCE]->(e:Evidence)
WITH d, collect(e) AS evs
WITH d, evs, [e IN evs | e.id] AS ids,
     reduce(acc = [], e IN evs | acc + [n IN coalesce(e.nodes, []) WHERE NOT n IN acc]) AS nodeIds
CALL (ids, nodeIds) {
  UNWIND nodeIds AS nid
  MATCH (n:Entity {id: nid})-[r]-()
  WHERE any(x IN coalesce(r.evidence, []) WHERE x IN ids)
  WITH DISTINCT r, ids
  SET r.evidence = [x IN r.evidence WHERE NOT x IN ids]
  WITH r WHERE size(r.evidence) = 0
  DELETE r
}
CALL (d) { MATCH (d)-[m:MENTIONS]->() DELETE m }
CALL (evs) { UNWIND evs AS e DETACH DELETE e }
CALL (nodeIds) {
  UNWIND nodeIds AS nid
  MATCH (n:Entity {id: nid})
  WHERE NOT (n)--()
  DELETE n
}

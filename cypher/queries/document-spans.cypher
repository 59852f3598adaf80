// The evidence spans of one document, each with the relations it supports.
MATCH (:Document {id: $id})-[:HAS_EVIDENCE]->(e:Evidence)
CALL (e) {
  UNWIND coalesce(e.nodes, []) AS nid
  MATCH (a:Entity {id: nid})-[r]->(b)
  WHERE e.id IN coalesce(r.evidence, [])
  RETURN collect(DISTINCT {id: elementId(r), type: type(r), source: a.id, sourceName: a.name,
                           target: b.id, targetName: b.name}) AS relations
}
RETURN e.id AS id, e.start AS start, e.end AS end, e.quote AS quote, e.rule AS rule, relations
ORDER BY e.start, e.end

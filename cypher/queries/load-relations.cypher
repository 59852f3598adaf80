// Relationships of every type in one batch (row.type is checked against the allow-list before it gets here);
// evidence ids accumulate across articles.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r += row.props,
    r.evidence = reduce(acc = coalesce(r.evidence, []), e IN row.evidence | CASE WHEN e IN acc THEN acc ELSE acc + e END)

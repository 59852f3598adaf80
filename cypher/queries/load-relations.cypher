// Relationships of one type in one batch: GraphWrites groups the rows by type and puts the type (checked against the
// allow-list in facts/Labels, never a value from the data) in place of __TYPE__, so the MERGE expands only that type's
// relationships of the (lower-degree) end instead of every relationship of it. Rows come sorted by start node.
// Evidence ids accumulate across articles; properties are merged in (a later row's value wins).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:__TYPE__ {key: row.key}]->(b)
ON CREATE SET r.evidence = row.evidence
ON MATCH SET r.evidence = reduce(acc = coalesce(r.evidence, []), e IN row.evidence | CASE WHEN e IN acc THEN acc ELSE acc + e END)
SET r += row.props

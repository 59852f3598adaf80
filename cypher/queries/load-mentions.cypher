// The document's MENTIONS of each entity, with a count.
MATCH (d:Document {id: $doc})
UNWIND $rows AS row
MATCH (b:Entity {id: row.target})
MERGE (d)-[r:MENTIONS]->(b)
SET r += row.props, r.evidence = row.evidence

// Evidence spans of one document.
MATCH (d:Document {id: $doc})
UNWIND $rows AS row
MERGE (e:Evidence {id: row.id})
SET e.document = $doc, e.quote = row.quote, e.start = row.start, e.end = row.end, e.rule = row.rule,
    e.extractorVersion = row.extractorVersion, e.nodes = row.nodes
MERGE (d)-[:HAS_EVIDENCE]->(e)

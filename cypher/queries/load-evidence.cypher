// Evidence of one document: sentences of an article (start/end offsets) or rows of a dataset (row.extra: dataset, file, row).
MATCH (d:Document {id: $doc})
UNWIND $rows AS row
MERGE (e:Evidence {id: row.id})
SET e.document = $doc, e.quote = row.quote, e.start = row.start, e.end = row.end, e.rule = row.rule,
    e.extractorVersion = row.extractorVersion, e.nodes = row.nodes
SET e += coalesce(row.extra, {})
MERGE (d)-[:HAS_EVIDENCE]->(e)

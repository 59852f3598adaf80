// Relationships by element id ($ids) with their ends (id, name, model label), dates, the PARTY_TO stage dates and their evidence: each evidence
// id with its quote, and its document (article) or dataset row (dataset, file, row).
UNWIND $ids AS id
MATCH (a)-[r]->(b) WHERE elementId(r) = id
RETURN elementId(r) AS rel, type(r) AS type, a.id AS source, coalesce(a.name, a.title) AS sourceName,
       [l IN labels(a) WHERE l <> 'Entity'][0] AS sourceLabel, b.id AS target,
       coalesce(b.title, b.name) AS targetName, [l IN labels(b) WHERE l <> 'Entity'][0] AS targetLabel,
       r.date AS date, r.validFrom AS validFrom, r.validTo AS validTo, r.role AS role,
       r.signed AS signed, r.ratified AS ratified, r.inForce AS inForce, r.ended AS ended,
       b.validTo AS agreementValidTo,
       COLLECT { UNWIND coalesce(r.evidence, []) AS eid
                 MATCH (e:Evidence {id: eid})
                 OPTIONAL MATCH (d:Document {id: e.document})
                 RETURN {id: e.id, quote: e.quote, document: e.document, title: coalesce(d.title, d.name),
                         source: d.source, published: d.published, dataset: e.dataset, file: e.file, row: e.row} } AS evidence

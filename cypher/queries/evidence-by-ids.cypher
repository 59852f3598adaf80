// Evidence spans by id, with their document.
MATCH (e:Evidence) WHERE e.id IN $ids
OPTIONAL MATCH (d:Document {id: e.document})
RETURN e.id AS id, e.quote AS quote, e.start AS start, e.end AS end, e.rule AS rule,
       e.extractorVersion AS extractorVersion, e.document AS document,
       coalesce(d.title, d.name) AS title, d.source AS source, d.url AS url, d.published AS published

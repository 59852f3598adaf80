// Every document with its metadata and how much evidence it gave.
MATCH (d:Document)
RETURN d.id AS id, d.name AS name, d.title AS title, d.source AS source, d.url AS url, d.published AS published,
       d.file AS file, d.sha256 AS sha256, COUNT { (d)-[:HAS_EVIDENCE]->() } AS evidence,
       COUNT { (d)-[:MENTIONS]->() } AS entities
ORDER BY d.published DESC, d.id

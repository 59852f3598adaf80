// Documents and how many facts each one supports
MATCH (d:Document)
OPTIONAL MATCH (d)-[:HAS_EVIDENCE]->(e:Evidence)
RETURN d.title AS title, d.source AS source, d.published AS published, count(e) AS evidence
ORDER BY published DESC

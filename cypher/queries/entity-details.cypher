// An entity, its degree (relationships with other entities) and the documents that mention it (at most $cap + 1, so
// the caller can tell a cut list). Its relationships, grouped: entity-relationship-groups.cypher.
MATCH (n:Entity {id: $id})
RETURN n,
  COUNT { (n)--(:Entity) } AS degree,
  COLLECT { MATCH (d:Document)-[m:MENTIONS]->(n) RETURN {id: d.id, title: coalesce(d.title, d.name), source: d.source, url: d.url,
      published: d.published, count: m.count} AS x
      ORDER BY x.published DESC, x.id LIMIT $cap + 1 } AS documents,
  COUNT { (:Document)-[:MENTIONS]->(n) } AS documentTotal

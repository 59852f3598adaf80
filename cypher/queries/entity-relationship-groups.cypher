// An entity's relationships with other entities, one row per relationship type, direction and other end: how many,
// their date span (earliest start, latest end: validFrom/validTo, else the fact's dateFrom/dateTo, else for an
// agreement or an event its own date), whether one is open-ended, roles, keys, dates, and up to $idCap relationship ids.
// At most $readCap relationships of each type are read; `total` is the type's count, so total > read means cut.
MATCH (n:Entity {id: $id})
UNWIND $types AS t
WITH n, t, COUNT { (n)-[:$(t)]-() } AS total
CALL (n, t) {
  MATCH (n)-[r:$(t)]-(o:Entity)
  WITH n, r, o LIMIT $readCap
  WITH n, r, o, CASE WHEN t IN $nodeDated THEN o END AS dated
  WITH o, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
    count(r) AS count,
    min(coalesce(r.validFrom, r.dateFrom, dated.dateFrom)) AS from,
    max(coalesce(r.validTo, r.dateTo, dated.dateTo)) AS to,
    sum(CASE WHEN r.validFrom IS NOT NULL AND r.validTo IS NULL THEN 1 ELSE 0 END) AS openEnded,
    collect(DISTINCT r.role) AS roles,
    collect(DISTINCT coalesce(r.date, dated.date)) AS dates,
    collect(DISTINCT r.key) AS keys,
    collect(DISTINCT r.event) AS events,
    min(r.order) AS position,
    sum(size(coalesce(r.evidence, []))) AS evidenceCount,
    collect(elementId(r)) AS ids
  RETURN {id: o.id, name: o.name, label: [l IN labels(o) WHERE l <> 'Entity'][0], title: o.title, kind: o.kind,
      stage: o.stage, agreementCount: o.count, parties: CASE WHEN o:Agreement THEN COUNT { (o)<-[:PARTY_TO]-() } END,
      direction: direction, count: count, from: from, to: to, openEnded: openEnded > 0, roles: roles,
      dates: dates[..$idCap], keys: [k IN keys WHERE k <> ''][..$idCap], events: events[..$idCap], order: position,
      evidenceCount: evidenceCount, relationships: ids[..$idCap]} AS g
}
RETURN t AS type, total, collect(g) AS groups

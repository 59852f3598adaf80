// An entity with its offices, memberships, agreements, meetings, corridors, other relations and documents.
MATCH (n:Entity {id: $id})
RETURN n,
  COUNT { (n)--(:Entity) } AS degree,
  COLLECT { MATCH (n)-[r:HOLDS_OFFICE]-(o:Entity) RETURN {relationship: elementId(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
      id: o.id, name: o.name, label: [l IN labels(o) WHERE l <> 'Entity'][0], role: r.role, date: r.date, evidenceCount: size(coalesce(r.evidence, []))} AS x
      ORDER BY x.role, x.name LIMIT $cap } AS offices,
  COLLECT { MATCH (n)-[r:MEMBER_OF]-(o:Entity) RETURN {relationship: elementId(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
      id: o.id, name: o.name, label: [l IN labels(o) WHERE l <> 'Entity'][0], evidenceCount: size(coalesce(r.evidence, []))} AS x
      ORDER BY x.name LIMIT $cap } AS memberships,
  COLLECT { MATCH (n)-[r:PARTY_TO|SIGNED|CONCERNS]-(o:Entity) RETURN {relationship: elementId(r), type: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
      id: o.id, name: o.name, label: [l IN labels(o) WHERE l <> 'Entity'][0], title: o.title, kind: o.kind, count: o.count,
      date: coalesce(r.date, o.date), evidenceCount: size(coalesce(r.evidence, [])),
      parties: CASE WHEN o:Agreement THEN COUNT { (o)<-[:PARTY_TO]-() } END} AS x
      ORDER BY x.date DESC, x.name LIMIT $cap } AS agreements,
  COLLECT { MATCH (n)-[r:MET|ATTENDED]-(o:Entity) RETURN {relationship: elementId(r), type: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
      id: o.id, name: o.name, label: [l IN labels(o) WHERE l <> 'Entity'][0], date: coalesce(r.date, o.date), event: r.event,
      evidenceCount: size(coalesce(r.evidence, []))} AS x
      ORDER BY x.date DESC, x.name LIMIT $cap } AS meetings,
  COLLECT { MATCH (n)-[r:CONNECTS]-(o:Entity) RETURN {relationship: elementId(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
      id: o.id, name: o.name, label: [l IN labels(o) WHERE l <> 'Entity'][0], kind: o.kind, order: r.order, evidenceCount: size(coalesce(r.evidence, []))} AS x
      ORDER BY x.order, x.name LIMIT $cap } AS corridors,
  COLLECT { MATCH (n)-[r:VISITED|HELD_IN|LOCATED_IN]-(o:Entity) RETURN {relationship: elementId(r), type: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
      id: o.id, name: o.name, label: [l IN labels(o) WHERE l <> 'Entity'][0], date: r.date, evidenceCount: size(coalesce(r.evidence, []))} AS x
      ORDER BY x.date DESC, x.name LIMIT $cap } AS places,
  COLLECT { MATCH (d:Document)-[m:MENTIONS]->(n) RETURN {id: d.id, title: coalesce(d.title, d.name), source: d.source, url: d.url,
      published: d.published, count: m.count} AS x
      ORDER BY x.published DESC, x.id LIMIT $cap } AS documents

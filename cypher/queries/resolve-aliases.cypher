// Entities new by id that match an existing node of the same label by a (multi-word) alias key.
UNWIND $rows AS row
WITH row WHERE NOT EXISTS { MATCH (:Entity {id: row.id}) }
MATCH (n:$(row.label))
WHERE any(k IN row.keys WHERE k IN n.aliasKeys)
WITH row, n ORDER BY n.id
WITH row, collect(n.id)[0] AS existing
RETURN row.id AS id, existing

// Entities of every label in one batch (row.label is checked against the allow-list before it gets here).
// Names keep the first article's spelling unless curation renames; aliases accumulate across articles.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.name = row.name
SET n:$(row.label),
    n += row.props,
    n.name = CASE WHEN row.rename THEN row.name ELSE n.name END,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.aliasKeys = reduce(acc = coalesce(n.aliasKeys, []), a IN row.aliasKeys | CASE WHEN a IN acc THEN acc ELSE acc + a END)

// Entities of one label in one batch: GraphWrites groups the rows by label and puts the label (checked against the
// allow-list in facts/Labels, never a value from the data) in place of __LABEL__.
// Names keep the first article's spelling unless curation renames; aliases accumulate across articles.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.name = row.name, n.aliases = row.aliases, n.aliasKeys = row.aliasKeys
ON MATCH SET n.name = CASE WHEN row.rename THEN row.name ELSE n.name END,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.aliasKeys = reduce(acc = coalesce(n.aliasKeys, []), a IN row.aliasKeys | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n:__LABEL__, n += row.props

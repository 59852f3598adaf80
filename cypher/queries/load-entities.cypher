// Entities of one label (__LABEL__ is replaced from the allow-list). Names and aliases accumulate across articles.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:__LABEL__, n.name = row.name
SET n += row.props,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.aliasKeys = reduce(acc = coalesce(n.aliasKeys, []), a IN row.aliasKeys | CASE WHEN a IN acc THEN acc ELSE acc + a END)

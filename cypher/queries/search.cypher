// Full-text search over names and aliases ($lucene is built by SearchService from escaped, folded terms).
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $candidates}) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN node, score
ORDER BY score DESC, size(node.name), node.id
LIMIT $limit

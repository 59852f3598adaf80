// Full-text search over names and aliases (prefix and fuzzy)
CALL db.index.fulltext.queryNodes('entity_names', 'pezesh* OR tadjikistan~1') YIELD node, score
RETURN node.name AS name, labels(node) AS labels, score
LIMIT 10

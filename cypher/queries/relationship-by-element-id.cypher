// One relationship between entities by its element id (as given in edge data), with its ends.
MATCH (a)-[r]->(b)
WHERE elementId(r) = $id AND type(r) <> 'HAS_EVIDENCE'
RETURN a, r, b

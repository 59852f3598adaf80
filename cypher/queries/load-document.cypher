// One Document per article.
MERGE (d:Document {id: $id})
SET d += $props

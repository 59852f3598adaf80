// The live schema the console's editor completes from: every label, relationship type and property key.
CALL db.labels() YIELD label
WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType
WITH labels, collect(relationshipType) AS types
CALL db.propertyKeys() YIELD propertyKey
RETURN labels, types, collect(propertyKey) AS keys

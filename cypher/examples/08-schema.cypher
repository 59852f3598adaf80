// The shape of the graph: labels and relationship types
CALL db.schema.visualization()

// Which of these ids are entities already in the graph (endpoints a dataset row names but does not make).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id

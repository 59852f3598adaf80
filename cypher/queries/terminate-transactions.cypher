// Marks the given transactions for termination (Neo4j stops each at its next check: between rows, at a store read).
TERMINATE TRANSACTIONS $ids

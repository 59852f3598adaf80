// After the schema is applied: wait (up to 60 s) for its indexes to come online.
CALL db.awaitIndexes(60)

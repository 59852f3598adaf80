// The readiness probe: the database answers.
RETURN 1

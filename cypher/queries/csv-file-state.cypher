// A dataset file's Document as the last import left it: the content and mapping it was loaded from, whether that
// import finished, and how many rows waited for an endpoint that did not exist yet.
MATCH (d:Document {id: $id})
RETURN d.sha256 AS sha, d.extractorVersion AS version, coalesce(d.complete, false) AS complete,
       coalesce(d.rowsWaiting, 0) AS waiting, d.rows AS rows, d.rowsLoaded AS loaded, d.rowsFailed AS failed

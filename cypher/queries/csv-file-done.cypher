// A dataset file's import finished: its counts, and the mark that makes the same bytes and mapping `unchanged` next time.
MATCH (d:Document {id: $id})
SET d.rows = $rows, d.rowsLoaded = $loaded, d.rowsFailed = $failed, d.rowsWaiting = $waiting, d.complete = true

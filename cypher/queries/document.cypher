// One document with its text.
MATCH (d:Document {id: $id})
RETURN d {.id, .name, .title, .source, .url, .published, .file, .sha256, .text} AS document

// Diplograph schema: applied at every start; every statement is idempotent (IF NOT EXISTS).
// Statements end with ';' at the end of a line.

CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT corridor_id IF NOT EXISTS FOR (n:Corridor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
// Every entity also carries the :Entity label, so that one lookup by id serves all labels.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Dates, for range filters and the timeline.
CREATE INDEX agreement_date IF NOT EXISTS FOR (n:Agreement) ON (n.dateFrom);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.dateFrom);
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.published);
CREATE INDEX met_date IF NOT EXISTS FOR ()-[r:MET]-() ON (r.dateFrom);
CREATE INDEX party_to_date IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.dateFrom);
CREATE INDEX evidence_document IF NOT EXISTS FOR (n:Evidence) ON (n.document);
// The MET relationships of one meeting (contradictions: analysis-contradictions.cypher), without a scan of every MET.
CREATE INDEX met_event IF NOT EXISTS FOR ()-[r:MET]-() ON (r.event);

// One full-text index over names and aliases of every entity label.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|State|Organization|Agreement|Corridor|Place|Event) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

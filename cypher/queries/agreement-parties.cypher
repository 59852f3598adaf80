// Number of parties of each agreement (specificity: fewer parties link two states more strongly).
MATCH (a:Agreement) WHERE a.id IN $ids
RETURN a.id AS id, COUNT { (a)<-[:PARTY_TO]-() } AS parties

// Number of parties of each agreement (specificity: fewer parties link two states more strongly): the loader's
// stored count (a.parties) when there is one, else counted.
MATCH (a:Agreement) WHERE a.id IN $ids
RETURN a.id AS id, coalesce(a.parties, COUNT { (a)<-[:PARTY_TO]-() }) AS parties

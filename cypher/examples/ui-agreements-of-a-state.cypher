// Agreements a state is party to, with the other parties
MATCH (s:State {id: 'state:IRN'})-[r:PARTY_TO]->(a:Agreement)<-[r2:PARTY_TO]-(o)
RETURN s, r, a, r2, o
LIMIT 200

// States that are members of both ECO and SCO
MATCH (s:State)-[:MEMBER_OF]->(:Organization {id: 'org:eco'}),
      (s)-[:MEMBER_OF]->(:Organization {id: 'org:sco'})
RETURN s.name AS state
ORDER BY state

// Who holds which office
MATCH (p:Person)-[h:HOLDS_OFFICE]->(x)
RETURN p.name AS person, h.role AS role, x.name AS of
ORDER BY of, role

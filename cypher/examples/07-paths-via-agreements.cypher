// Tajikistan to Russia through shared agreements (at most two agreements)
MATCH p = (:State {id: 'state:TJK'})-[:PARTY_TO*2..4]-(:State {id: 'state:RUS'})
RETURN p
LIMIT 10

// How many articles the graph holds (the first-start seed import runs when none).
MATCH (d:Document)
RETURN count(d) AS c

// The subgraph the analysis computes on (issue 16): relationships of the chosen types (__TYPES__, from the allow-list)
// between entities of the chosen labels (__LABELS__, from the allow-list), each with the windows it is valid in
// ($windows: a list of {from, to, asOf}; `in` lists their indexes). Valid in window i means, for every relationship,
// the one validity rule (__VALID__, valid-in-window.cypher, its $windowFrom/$windowTo read as the bounds of window i by
// Validity.applyEach); a relationship without a validity interval is judged by its own date (else its Agreement's or
// Event's): it must have happened by the window's end, and within the window unless the window is an asOf day (then it
// holds from its date on, as in paths); under asOf one into an Agreement must not outlive the Agreement's validTo (as in
// paths). Undated structural relationships (an article's MEMBER_OF, HOLDS_OFFICE) are kept. At most $cap rows.
MATCH (a:__LABELS__)-[r:__TYPES__]->(b:__LABELS__)
WITH a, r, b,
     coalesce(r.dateFrom, CASE WHEN b:Agreement OR b:Event THEN b.dateFrom WHEN a:Agreement OR a:Event THEN a.dateFrom END) AS df,
     coalesce(r.dateTo, r.dateFrom, CASE WHEN b:Agreement OR b:Event THEN coalesce(b.dateTo, b.dateFrom)
                                         WHEN a:Agreement OR a:Event THEN coalesce(a.dateTo, a.dateFrom) END) AS dt
WITH a, r, b, [i IN range(0, size($windows) - 1) WHERE __VALID__
        AND (r.validFrom IS NOT NULL OR df IS NULL OR $windowTo IS NULL OR df <= $windowTo)
        AND ($windows[i].asOf OR r.validFrom IS NOT NULL OR r.validTo IS NOT NULL OR df IS NULL OR $windowFrom IS NULL
             OR dt >= $windowFrom)
        AND (NOT $windows[i].asOf OR r.validTo IS NOT NULL OR NOT b:Agreement OR b.validTo IS NULL
             OR b.validTo >= $windowTo)] AS in
WHERE size(in) > 0
RETURN a.id AS s, b.id AS t, type(r) AS type, elementId(r) AS rel, in
LIMIT $cap

// The validity rule, one for every query that filters by time (paths with asOf, neighbourhood and timeline with
// from/to), in place of __VALID__ (graph/Validity.java): the relationship r is valid in the window
// [$windowFrom, $windowTo] (for asOf both are that day; a null bound is open) when
//   (r.validFrom IS NULL OR r.validFrom <= $windowTo) AND (r.validTo IS NULL OR r.validTo >= $windowFrom),
// i.e. valid at T when (validFrom is null or validFrom <= T) and (validTo is null or validTo >= T). validFrom/validTo
// are Neo4j dates written by the structured import from an interval, a partial date widened to the days it covers
// (from 1995 -> 1995-01-01, to 2012-11 -> 2012-11-30; an open end is absent). A relationship without them (an article's
// fact) passes here, and the query judges it by its own dates as before.
(r.validFrom IS NULL OR $windowTo IS NULL OR r.validFrom <= $windowTo)
AND (r.validTo IS NULL OR $windowFrom IS NULL OR r.validTo >= $windowFrom)

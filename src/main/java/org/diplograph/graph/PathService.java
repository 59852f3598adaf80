package org.diplograph.graph;

import org.diplograph.api.ApiProblem;
import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.diplograph.facts.Labels;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Paths between two entities over one family of relationships ({@code via}), ranked by hops, then specificity (fewer
 * parties on the agreements walked), then corroboration (distinct documents behind the path), then recency (latest
 * date on it). Each path comes with an explanation: one plain sentence per step with its date and citation.
 * Patterns are bounded ({@code *1..maxHops}, maxHops ≤ 6) and candidates capped.
 */
public final class PathService {
    /** Relationship types walked for each {@code via}. */
    public static final Map<String, List<String>> VIA = Map.of(
            "agreements", List.of("PARTY_TO"),
            "corridors", List.of("CONNECTS", "LOCATED_IN"),
            "meetings", List.of("HOLDS_OFFICE", "MET"),
            "memberships", List.of("MEMBER_OF"),
            "any", Labels.RELATIONSHIP_TYPES.stream().filter(t -> !t.equals("MENTIONS")).toList());
    public static final List<String> VIAS = List.of("agreements", "corridors", "meetings", "memberships", "any");
    public static final List<String> MODES = List.of("shortest", "all", "k");
    /**
     * Kinds of relationship that happen at a date: under {@code asOf} one without a validity interval must be dated
     * on/before it (every relationship must also be valid that day by {@link Validity}'s rule).
     */
    static final List<String> DATED = List.of("PARTY_TO", "SIGNED", "MET", "VISITED");
    static final int CANDIDATES = 500;
    static final int MAX_ALL = 50;
    private static final Set<String> THE = Set.of("Treaty", "Convention", "Agreement", "Memorandum", "Protocol",
            "Charter", "Declaration", "Joint", "Roadmap", "Accord", "Pact");

    private final Database db;
    private final PathNotes notes;

    public PathService(Database db) {
        this(db, PathNotes.NONE);
    }

    /** With notes on each relationship of the chosen paths (see {@link PathNotes}). */
    public PathService(Database db, PathNotes notes) {
        this.db = db;
        this.notes = notes;
    }

    /**
     * @param k how many paths to return: for {@code shortest} the best k shortest (default 1), for {@code k} the k
     *          best of any length up to maxHops, for {@code all} ignored (up to 50 are returned)
     */
    public record Request(String from, String to, String via, String mode, Integer k, int maxHops, LocalDate asOf) {}

    private record Scored(Path path, int hops, long specificity, int corroboration, String recency, String signature) {}

    /**
     * The paths found: the Cytoscape.js elements of the chosen paths, the paths best first, the request echoed
     * ({@code asOf} as an ISO date or null), the day the steps' notes are judged at ({@code notesAt}: asOf, or today
     * without one), how many candidates were ranked, whether a cap cut them, and the time.
     */
    public record Answer(List<Elements.Element> nodes, List<Elements.Element> edges, List<RankedPath> paths, String from,
                         String to, String via, String mode, String asOf, String notesAt, int candidates,
                         boolean truncated, long elapsedMs) implements Elements.Graph {}

    /**
     * One path with its rank and the scores it was ranked by (recency is its latest date, null when it has none), its
     * node ids and relationship element ids in order, and its explanation: one sentence per step.
     */
    public record RankedPath(int rank, int hops, List<String> nodes, List<String> relationships, long specificity,
                             int corroboration, String recency, List<String> explanation, List<Step> steps) {}

    /**
     * One step of a path (one relationship, or two read as one, e.g. two parties to an agreement): the sentence with
     * its citations, the bare text, its date, the relationships' element ids, up to two citations (one per
     * document), and the notes on its relationships in their order ({@link PathNotes}: with the analysis, each
     * {@code {relationship, type, stage, contradictions}}).
     */
    public record Step(String sentence, String text, String date, List<String> relationships,
                       List<EvidenceService.Evidence> citations, List<Object> notes) {}

    public Answer paths(Request q) {
        long t0 = System.nanoTime();
        if (q.from().equals(q.to())) throw ApiProblem.badRequest("from and to must be two different entities");
        List<String> types = VIA.get(q.via());
        if (types == null) throw ApiProblem.badRequest("via must be one of " + VIAS);
        return db.readTx(tx -> {
            int want = switch (q.mode()) {
                case "shortest" -> q.k() == null ? 1 : q.k();
                case "k" -> q.k() == null ? 3 : q.k();
                default -> MAX_ALL;
            };
            Map<String, Object> p = new HashMap<>();
            p.put("from", q.from());
            p.put("to", q.to());
            p.put("asOf", q.asOf());
            Validity.window(p, q.asOf(), q.asOf());
            p.put("datedTypes", DATED);
            p.put("cap", CANDIDATES + 1);
            // mode=k ranks by hops first: when the shortest paths alone are k or more, the k best are among them, and
            // allShortestPaths finds them much faster than SHORTEST k over every length
            List<Path> candidates = candidates(tx, q.mode().equals("all") ? "paths-all" : "paths-shortest", types, q.maxHops(), p);
            if (q.mode().equals("k") && candidates.size() < want) candidates = candidates(tx, "paths-all", types, q.maxHops(), p);
            if (candidates.isEmpty()) { // a path proves both ends exist; without one, tell an unknown id from no path
                for (String id : List.of(q.from(), q.to())) {
                    if (!tx.run(CypherFiles.query("entity-node"), Map.of("id", id)).hasNext()) {
                        throw ApiProblem.notFound("No entity with id '" + id + "'");
                    }
                }
            }
            boolean truncated = candidates.size() > CANDIDATES;
            if (truncated) candidates = candidates.subList(0, CANDIDATES);

            Set<String> agreementIds = new LinkedHashSet<>();
            Set<String> evidenceIds = new LinkedHashSet<>();
            for (Path path : candidates) {
                for (Node n : path.nodes()) if (n.hasLabel("Agreement")) agreementIds.add(Elements.modelId(n));
                for (Relationship r : path.relationships()) evidenceIds.addAll(evidence(r));
            }
            Map<String, Long> parties = new HashMap<>();
            if (!agreementIds.isEmpty()) {
                tx.run(CypherFiles.query("agreement-parties"), Map.of("ids", List.copyOf(agreementIds)))
                        .forEachRemaining(r -> parties.put(r.get("id").asString(), r.get("parties").asLong()));
            }
            Map<String, EvidenceService.Evidence> ev = EvidenceService.byIds(tx, evidenceIds);

            List<Scored> scored = new ArrayList<>();
            for (Path path : candidates) scored.add(score(path, parties, ev));
            scored.sort(Comparator.comparingInt(Scored::hops)
                    .thenComparingLong(Scored::specificity)
                    .thenComparing(Comparator.comparingInt(Scored::corroboration).reversed())
                    .thenComparing(Scored::recency, Comparator.reverseOrder())
                    .thenComparing(Scored::signature));
            if (q.mode().equals("all") && scored.size() > MAX_ALL) truncated = true;
            List<Scored> chosen = scored.subList(0, Math.min(want, scored.size()));

            LocalDate notesAt = q.asOf() != null ? q.asOf() : LocalDate.now(java.time.ZoneOffset.UTC);
            Map<String, Object> noted = notes.notes(tx, chosen.stream().map(Scored::path).toList(), notesAt);
            Elements el = new Elements();
            List<RankedPath> paths = new ArrayList<>();
            int rank = 1;
            for (Scored s : chosen) {
                el.add(s.path());
                paths.add(describe(rank++, s, parties, ev, noted));
            }
            Elements.Plain g = el.graph();
            return new Answer(g.nodes(), g.edges(), paths, q.from(), q.to(), q.via(), q.mode(),
                    q.asOf() == null ? null : q.asOf().toString(), notesAt.toString(), candidates.size(), truncated,
                    (System.nanoTime() - t0) / 1_000_000);
        });
    }

    /** Candidate paths from paths-shortest or paths-all (types from the VIA allow-list, integers validated here). */
    private static List<Path> candidates(org.neo4j.driver.TransactionContext tx, String file, List<String> types, int maxHops,
                                         Map<String, Object> params) {
        String cypher = Validity.query(file)
                .replace("__TYPES__", String.join("|", types)) // from the VIA allow-list
                .replace("__MAXHOPS__", Integer.toString(Math.max(1, Math.min(6, maxHops))))
                .replace("__K__", Integer.toString(CANDIDATES + 1));
        return tx.run(cypher, params).list(r -> r.get("p").asPath());
    }

    static List<String> evidence(Relationship r) {
        Value v = r.get("evidence");
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }

    private static Scored score(Path path, Map<String, Long> parties, Map<String, EvidenceService.Evidence> ev) {
        long specificity = 0;
        String recency = "";
        for (Node n : path.nodes()) {
            if (n.hasLabel("Agreement")) {
                specificity += parties.getOrDefault(Elements.modelId(n), 0L);
                String d = n.get("date").asString(null);
                if (d != null && d.compareTo(recency) > 0) recency = d;
            }
        }
        Set<Object> docs = new LinkedHashSet<>();
        for (Relationship r : path.relationships()) {
            for (String id : evidence(r)) {
                EvidenceService.Evidence e = ev.get(id);
                if (e != null && e.document() != null) docs.add(e.document());
            }
            String d = r.get("date").isNull() ? null : r.get("date").asString(null);
            if (d != null && d.compareTo(recency) > 0) recency = d;
        }
        String signature = StreamSupport.stream(path.nodes().spliterator(), false).map(Elements::modelId).collect(Collectors.joining(">"));
        return new Scored(path, (int) path.length(), specificity, docs.size(), recency, signature);
    }

    private RankedPath describe(int rank, Scored s, Map<String, Long> parties, Map<String, EvidenceService.Evidence> ev,
                                Map<String, Object> noted) {
        List<Node> nodes = new ArrayList<>();
        s.path().nodes().forEach(nodes::add);
        List<Relationship> rels = new ArrayList<>();
        s.path().relationships().forEach(rels::add);
        Map<String, Node> byElementId = new HashMap<>();
        nodes.forEach(n -> byElementId.put(n.elementId(), n));

        List<Step> steps = new ArrayList<>();
        int i = 0;
        while (i < rels.size()) {
            Relationship r = rels.get(i);
            Node left = nodes.get(i), mid = nodes.get(i + 1);
            if (i + 1 < rels.size()) {
                Relationship r2 = rels.get(i + 1);
                Node right = nodes.get(i + 2);
                String text = pairSentence(r, r2, left, mid, right, parties);
                if (text != null) {
                    steps.add(step(text, date(r, r2, mid), List.of(r, r2), ev, noted));
                    i += 2;
                    continue;
                }
            }
            Node start = byElementId.get(r.startNodeElementId()), end = byElementId.get(r.endNodeElementId());
            if (r.type().equals("MET")) { // stored one way, read undirected: say it in the order of the walk
                start = left;
                end = mid;
            }
            steps.add(step(singleSentence(r, start, end, parties), date(r, null, mid), List.of(r), ev, noted));
            i++;
        }
        return new RankedPath(rank, s.hops(), nodes.stream().map(Elements::modelId).toList(),
                rels.stream().map(Relationship::elementId).toList(), s.specificity(), s.corroboration(),
                s.recency().isEmpty() ? null : s.recency(), steps.stream().map(Step::sentence).toList(), steps);
    }

    private static Step step(String text, String date, List<Relationship> rels, Map<String, EvidenceService.Evidence> ev,
                             Map<String, Object> noted) {
        List<EvidenceService.Evidence> citations = new ArrayList<>();
        Set<Object> docs = new LinkedHashSet<>();
        for (Relationship r : rels) {
            for (String id : evidence(r)) {
                EvidenceService.Evidence e = ev.get(id);
                if (e == null || !docs.add(e.document()) || citations.size() >= 2) continue;
                citations.add(e);
            }
        }
        StringBuilder sentence = new StringBuilder(text);
        if (!citations.isEmpty()) {
            sentence.append(" (");
            for (int c = 0; c < citations.size(); c++) {
                if (c > 0) sentence.append("; ");
                sentence.append(citation(citations.get(c)));
            }
            sentence.append(")");
        }
        sentence.append(".");
        List<Object> notes = new ArrayList<>();
        for (Relationship r : rels) if (noted.containsKey(r.elementId())) notes.add(noted.get(r.elementId()));
        return new Step(sentence.toString(), text + ".", date, rels.stream().map(Relationship::elementId).toList(), citations,
                notes);
    }

    static String citation(EvidenceService.Evidence e) {
        List<String> parts = new ArrayList<>();
        if (e.source() != null) parts.add(e.source());
        if (e.title() != null) parts.add("\u201c" + e.title() + "\u201d");
        if (e.published() != null) parts.add(Dates.words(e.published()));
        String head = parts.isEmpty() ? String.valueOf(e.document()) : String.join(", ", parts);
        return head + ": \u201c" + e.quote() + "\u201d";
    }

    /** The date of a step: its relationships' date, else that of the Agreement or Event in the middle. */
    private static String date(Relationship r, Relationship r2, Node mid) {
        for (Relationship x : r2 == null ? List.of(r) : List.of(r, r2)) {
            String d = x.get("date").isNull() ? null : x.get("date").asString(null);
            if (d != null) return d;
        }
        if (mid != null && (mid.hasLabel("Agreement") || mid.hasLabel("Event"))) return mid.get("date").asString(null);
        return null;
    }

    private static String on(String iso) {
        return iso == null ? "" : " on " + Dates.words(iso);
    }

    private static String name(Node n) {
        String s = n.hasLabel("Agreement") && !n.get("title").isNull() ? n.get("title").asString() : n.get("name").asString(Elements.modelId(n));
        String first = s.split("\\s+")[0];
        return THE.contains(first) ? "the " + s : s;
    }

    private static String pairSentence(Relationship r, Relationship r2, Node left, Node mid, Node right, Map<String, Long> parties) {
        if (!r.type().equals(r2.type())) return null;
        boolean bothInto = r.endNodeElementId().equals(mid.elementId()) && r2.endNodeElementId().equals(mid.elementId());
        boolean bothFrom = r.startNodeElementId().equals(mid.elementId()) && r2.startNodeElementId().equals(mid.elementId());
        String d = date(r, r2, mid);
        return switch (r.type()) {
            case "PARTY_TO" -> {
                if (!bothInto) yield null;
                long n = parties.getOrDefault(Elements.modelId(mid), 0L);
                yield name(left) + " and " + name(right) + " are parties to " + name(mid)
                        + (n > 2 ? " (one of " + n + " parties)" : "") + (d == null ? "" : ", signed" + on(d));
            }
            case "SIGNED" -> bothInto ? name(left) + " and " + name(right) + " both signed " + name(mid) + on(d) : null;
            case "MEMBER_OF" -> bothInto ? name(left) + " and " + name(right) + " are both members of " + name(mid) : null;
            case "ATTENDED" -> bothInto ? name(left) + " and " + name(right) + " both attended " + name(mid) + on(d) : null;
            case "CONNECTS" -> bothFrom ? name(mid) + " connects " + name(left) + " and " + name(right) : null;
            default -> null;
        };
    }

    private static String singleSentence(Relationship r, Node a, Node b, Map<String, Long> parties) {
        String d = r.get("date").isNull() ? null : r.get("date").asString(null);
        if (d == null && (b.hasLabel("Agreement") || b.hasLabel("Event"))) d = b.get("date").asString(null);
        return switch (r.type()) {
            case "HOLDS_OFFICE" -> r.get("role").isNull() ? name(a) + " holds office in " + name(b)
                    : name(a) + " is " + r.get("role").asString() + " of " + name(b);
            case "MET" -> name(a) + " met " + name(b) + on(d);
            case "VISITED" -> name(a) + " visited " + name(b) + on(d);
            case "SIGNED" -> name(a) + " signed " + name(b) + on(d);
            case "PARTY_TO" -> name(a) + " is a party to " + name(b) + (d == null ? "" : ", signed" + on(d));
            case "MEMBER_OF" -> name(a) + " is a member of " + name(b);
            case "CONNECTS" -> name(a) + " connects to " + name(b);
            case "CONCERNS" -> name(a) + " concerns " + name(b);
            case "LOCATED_IN" -> name(a) + " is located in " + name(b);
            case "HELD_IN" -> name(a) + " was held in " + name(b) + on(d);
            case "ATTENDED" -> name(a) + " attended " + name(b) + on(d);
            default -> name(a) + " " + r.type().toLowerCase().replace('_', ' ') + " " + name(b);
        };
    }
}

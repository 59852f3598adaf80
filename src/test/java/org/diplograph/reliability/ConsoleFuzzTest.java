package org.diplograph.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, hostile input: seeded random console queries that hide forbidden clauses behind comments, strings, quoted
 * names, Unicode escapes and spaces, odd case and extra statements. Invariants: every answer is a 200 read or a 4xx
 * JSON problem (never 5xx); a query whose forbidden clause is live code is never answered 200; node and relationship
 * counts, labels and types never change; the canary files are never read.
 */
@ExtendWith(DiplographExtension.class)
class ConsoleFuzzTest {
    private static final int CASES = 400;
    private static final long SEED = 20261123L;

    /** Queries whose forbidden part is live code. {@code CANARY} is replaced by the canary file's URL. */
    private static final List<String> ACTIVE = List.of(
            "CREATE (:Fuzz {x: 1})",
            "MERGE (n:Fuzz {x: 1}) RETURN n",
            "MATCH (n) DETACH DELETE n",
            "MATCH (n:Evidence) DELETE n",
            "MATCH (n) SET n.fuzz = 1 RETURN count(n)",
            "MATCH (n:Entity) REMOVE n.name RETURN count(n)",
            "MATCH (a:Entity), (b:Entity) WITH a, b LIMIT 1 CREATE (a)-[:FUZZ]->(b)",
            "LOAD CSV FROM 'CANARY' AS row RETURN row",
            "LOAD CSV WITH HEADERS FROM 'file:///canary.csv' AS row RETURN row",
            "LOAD CSV FROM 'http://127.0.0.1:1/x' AS row RETURN row",
            "CALL dbms.listConfig() YIELD name RETURN name",
            "CALL dbms.security.createUser('fuzz', 'fuzzfuzzfuzz', false)",
            "CALL db.createLabel('Fuzz')",
            "CALL db.createProperty('fuzz')",
            "CALL db.createRelationshipType('FUZZ')",
            "CALL db.clearQueryCaches()",
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS",
            "CALL { MATCH (n) SET n.fuzz = 2 } IN TRANSACTIONS",
            "SHOW TRANSACTIONS",
            "SHOW DATABASES",
            "SHOW USERS",
            "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
            "USE system SHOW USERS",
            "USE neo4j MATCH (n) RETURN count(n)",
            "MATCH (n) FOREACH (x IN [1] | SET n.fuzz = x)",
            "FOREACH (x IN [1] | CREATE (:Fuzz))",
            "CREATE DATABASE fuzz",
            "CREATE INDEX fuzz FOR (n:Fuzz) ON (n.x)",
            "DROP CONSTRAINT entity_id",
            "RETURN 'a\\\\' CREATE (:Fuzz) RETURN 1",
            "RETURN \"//\" AS s CREATE (:Fuzz)",
            "RETURN '/*' AS s CREATE (:Fuzz) RETURN '*/' AS t",
            "CALL `dbms`.listConfig()",
            "CALL `db.createLabel`('Fuzz')",
            "CALL db.`createLabel`('Fuzz')");

    /** Queries that only mention a forbidden word inside a string, comment or quoted name: a read (200) or a 4xx. */
    private static final List<String> HIDDEN = List.of(
            "RETURN 'CREATE (n:Fuzz)' AS s",
            "RETURN '\\u0043REATE (:Fuzz)' AS s",
            "RETURN \"\\u0044ELETE\" AS s",
            "MATCH (n:Entity) WHERE n.name = 'x\\' CREATE (:Fuzz)' RETURN n LIMIT 1",
            "// CREATE (:Fuzz)\nRETURN 1 AS one",
            "/* MATCH (n) DETACH DELETE n */ MATCH (n) RETURN count(n) AS c",
            "MATCH (`CREATE`:Entity) RETURN count(`CREATE`) AS c",
            "MATCH (n:Entity) RETURN n.name AS `SET x = 1` LIMIT 3",
            "RETURN \"LOAD CSV FROM 'CANARY'\" AS s",
            "RETURN 'SHOW USERS; TERMINATE TRANSACTIONS' AS s",
            "MATCH (n:Entity) WHERE n.name CONTAINS 'merge' RETURN n.name LIMIT 5",
            "MATCH p = (:Entity)-[*1..2]-(:Entity) RETURN length(p) AS l LIMIT 5",
            "CALL db.labels() YIELD label RETURN label",
            "MATCH (n) RETURN labels(n) AS l, count(*) AS c /* FOREACH */");

    private static final String[] SPACES = {" /* CREATE */ ", " //x\n", "\n", "\t", "\u00A0", "\u2003", "  ", " /**/ ", "\r\n"};

    @Test
    void hiddenForbiddenClausesNeverWriteNorReadTheCanary(TestApp t) throws Exception {
        t.importSeeds();
        Path canary = Files.createTempFile("diplograph-canary", ".csv");
        Files.writeString(canary, "secret\ncanary\n");
        Path storeCanary = t.store.resolve("import").resolve("canary.csv");
        Files.createDirectories(storeCanary.getParent());
        Files.writeString(storeCanary, "secret\ncanary\n");
        FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
        for (Path p : List.of(canary, storeCanary)) Files.setAttribute(p, "lastAccessTime", old);
        boolean atimeWorks = atimeRecordsReads();

        long[] before = t.counts();
        Set<String> schemaBefore = schema(t);
        Random rnd = new Random(SEED);
        int ok = 0, refused = 0, active = 0;
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            boolean live = rnd.nextInt(3) > 0;
            String base = (live ? ACTIVE : HIDDEN).get(rnd.nextInt((live ? ACTIVE : HIDDEN).size()))
                    .replace("CANARY", canary.toUri().toString());
            String q = mutate(base, rnd, live);
            TestApp.Response res = t.post("/api/cypher", "application/json",
                    t.json.writeValueAsString(Map.of("query", q)));
            statuses.merge(res.status(), 1, Integer::sum);
            String what = "case " + i + " " + res.status() + " " + res.raw() + " for query:\n" + q;
            assertThat(res.status()).as(what).isIn(200, 400, 403, 408, 422);
            assertThat(res.headers().firstValue("Content-Type").orElse("")).as(what).contains("json");
            if (res.status() == 200) {
                ok++;
                assertThat(live).as("a live forbidden clause was answered 200: " + what).isFalse();
            } else {
                refused++;
                JsonNode body = res.body();
                assertThat(body.get("status").asInt()).as(what).isEqualTo(res.status());
                assertThat(body.get("title").asText()).as(what).isNotBlank();
            }
            if (live) active++;
            assertThat(t.counts()).as("counts after " + what).containsExactly(before);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(schema(t)).as("labels, types, property keys, indexes").isEqualTo(schemaBefore);
        for (Path p : List.of(canary, storeCanary)) {
            // the access time first: reading the content here updates it
            if (atimeWorks) assertThat(Files.getAttribute(p, "lastAccessTime")).as("canary " + p + " read").isEqualTo(old);
            assertThat(Files.readString(p)).isEqualTo("secret\ncanary\n");
        }
        System.out.printf("console fuzz: %d cases (seed %d) in %d ms, %d with a live forbidden clause: %d answered 200, "
                        + "%d refused, statuses %s; counts %d nodes / %d relationships unchanged; canary unread (atime check %s)%n",
                CASES, SEED, ms, active, ok, refused, statuses, before[0], before[1], atimeWorks ? "on" : "unavailable");
        assertThat(active).isGreaterThan(CASES / 2);
        assertThat(ok).as("some hidden-keyword reads still run").isPositive();
    }

    /** Hides the query's keywords: odd case, comments or Unicode spaces between words, extra statements, escapes. */
    static String mutate(String q, Random rnd, boolean live) {
        int n = 1 + rnd.nextInt(3);
        for (int k = 0; k < n; k++) {
            switch (rnd.nextInt(8)) {
                case 0 -> q = oddCase(q, rnd);
                case 1 -> q = respace(q, rnd);
                case 2 -> q = "MATCH (zz) WITH count(zz) AS zz " + q;
                case 3 -> q = rnd.nextBoolean() ? "RETURN 1 AS one; " + q : q + "; RETURN 1 AS one";
                case 4 -> q = q.replaceFirst("CREATE|DELETE|MERGE|SET", rnd.nextBoolean() ? "\\\\u0043REATE" : "CREATE");
                case 5 -> q = "/* " + (rnd.nextBoolean() ? "*/ " : "") + "x */ " + q;
                case 6 -> q = q + (rnd.nextBoolean() ? " // trailing" : " /* trailing */");
                default -> q = "\uFEFF" + q + "\n";
            }
        }
        return q;
    }

    private static String oddCase(String q, Random rnd) {
        return outsideStrings(q, c -> rnd.nextBoolean()
                ? String.valueOf(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)) : String.valueOf(c));
    }

    private static String respace(String q, Random rnd) {
        return outsideStrings(q, c -> c == ' ' && rnd.nextInt(3) == 0 ? SPACES[rnd.nextInt(SPACES.length)] : String.valueOf(c));
    }

    /** q with each character outside its string literals replaced by {@code change}; literals stay as they are. */
    private static String outsideStrings(String q, java.util.function.Function<Character, String> change) {
        StringBuilder b = new StringBuilder();
        boolean inString = false;
        char quote = 0;
        for (char c : q.toCharArray()) {
            if (!inString && (c == '\'' || c == '"')) { inString = true; quote = c; }
            else if (inString && c == quote) inString = false;
            b.append(inString ? String.valueOf(c) : change.apply(c));
        }
        return b.toString();
    }

    private static Set<String> schema(TestApp t) {
        Set<String> out = new TreeSet<>();
        var d = t.db().driver();
        d.executableQuery("CALL db.labels()").execute().records().forEach(r -> out.add("label " + r.get(0).asString()));
        d.executableQuery("CALL db.relationshipTypes()").execute().records().forEach(r -> out.add("type " + r.get(0).asString()));
        d.executableQuery("CALL db.propertyKeys()").execute().records().forEach(r -> out.add("key " + r.get(0).asString()));
        d.executableQuery("SHOW INDEXES YIELD name RETURN name").execute().records().forEach(r -> out.add("index " + r.get(0).asString()));
        d.executableQuery("SHOW USERS YIELD user RETURN user").withConfig(org.neo4j.driver.QueryConfig.builder()
                .withDatabase("system").build()).execute().records().forEach(r -> out.add("user " + r.get(0).asString()));
        return out;
    }

    /** Whether this file system updates the access time of a file read after it was last written (relatime). */
    private static boolean atimeRecordsReads() throws Exception {
        Path probe = Files.createTempFile("diplograph-atime", ".txt");
        Files.writeString(probe, "x");
        FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
        Files.setAttribute(probe, "lastAccessTime", old);
        Files.readString(probe);
        return !Files.getAttribute(probe, "lastAccessTime").equals(old);
    }
}

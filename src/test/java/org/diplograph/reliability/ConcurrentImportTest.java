package org.diplograph.reliability;

import org.diplograph.App;
import org.diplograph.db.WriteRetry;
import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.diplograph.load.DocumentReport;
import org.diplograph.load.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, fault 2: three imports of the same articles at the same moment — the in-process importer, the CLI's way in
 * (a second App attached to the running app's Bolt port) in the reverse order, and {@code POST /api/import} — end with
 * exactly the graph one clean import gives, and their reports together create every article exactly once.
 */
@ExtendWith(DiplographExtension.class)
class ConcurrentImportTest {
    private static final int ROUNDS = 2;

    @Test
    void overlappingConcurrentImportsEqualOneCleanImport(TestApp t) throws Exception {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        t.clean();
        long c0 = System.nanoTime();
        ImportReport clean = t.app.importer().importPaths(seeds, null);
        long cleanMs = (System.nanoTime() - c0) / 1_000_000;
        assertThat(clean.failed()).isZero();
        GraphSnapshot expected = GraphSnapshot.of(t.db().driver());
        System.out.println("clean import: " + cleanMs + " ms, " + expected);

        int bolt = t.app.config().boltPort();
        try (App cli = App.open(TestApp.testConfig(Files.createTempDirectory("diplograph-cli"),
                Map.of("NEO4J_URI", "bolt://localhost:" + bolt)))) {
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                for (int round = 1; round <= ROUNDS; round++) {
                    t.clean();
                    CyclicBarrier start = new CyclicBarrier(3);
                    List<Path> reversed = new ArrayList<>(seeds);
                    java.util.Collections.reverse(reversed);
                    List<Callable<List<DocumentReport>>> jobs = List.of(
                            () -> { start.await(); return t.app.importer().importPaths(seeds, null).documents(); },
                            () -> { start.await(); return cli.importer().importPaths(reversed, null).documents(); },
                            () -> { start.await(); return httpImport(t, seeds); });
                    long r0 = System.nanoTime();
                    List<Future<List<DocumentReport>>> futures = pool.invokeAll(jobs, 180, TimeUnit.SECONDS);
                    long roundMs = (System.nanoTime() - r0) / 1_000_000;
                    Map<String, Integer> created = new HashMap<>();
                    int retriedOrUnchanged = 0;
                    for (Future<List<DocumentReport>> f : futures) {
                        List<DocumentReport> reports = f.get();
                        assertThat(reports).hasSize(seeds.size());
                        for (DocumentReport d : reports) {
                            assertThat(d.ok()).as("%s: %s", d.file(), d.error()).isTrue();
                            assertThat(d.status()).isIn("created", "unchanged");
                            if (d.status().equals("created")) created.merge(d.document(), 1, Integer::sum);
                            else retriedOrUnchanged++;
                        }
                    }
                    GraphSnapshot got = GraphSnapshot.of(t.db().driver());
                    System.out.printf("round %d: 3 concurrent imports of %d articles in %d ms; created %s, unchanged %d, "
                            + "article transactions retried so far %d; %s%n",
                            round, seeds.size(), roundMs, created, retriedOrUnchanged, WriteRetry.retries(), got);
                    assertThat(created.keySet()).as("every article created by exactly one import")
                            .containsExactlyInAnyOrderElementsOf(expected.evidencePerDocument().keySet());
                    assertThat(created.values()).containsOnly(1);
                    assertThat(got).as("graph after concurrent imports").isEqualTo(expected);
                    assertThat(got.duplicateRelationships()).isZero();
                    assertThat(got.danglingEvidenceRefs()).isZero();
                }
            } finally {
                pool.shutdownNow();
            }
        }
        t.importSeeds();
    }

    /**
     * Different articles sharing new entities, loaded at once in opposite orders: the entity MERGE races
     * (ConstraintValidationFailed) and deadlocks are retried by the loader, never surfaced.
     */
    @Test
    void oppositeOrdersOfArticlesSharingNewEntitiesEqualOneCleanImport(TestApp t) throws Exception {
        org.diplograph.facts.Facts facts = GeneratedFacts.make(60, 5);
        List<org.diplograph.facts.DocumentFacts> docs = facts.documents();
        org.diplograph.load.Loader loader = new org.diplograph.load.Loader(t.db(), null, java.time.Duration.ofSeconds(60));
        t.clean();
        for (var d : docs) loader.load(d, "generated-1");
        GraphSnapshot expected = GraphSnapshot.of(t.db().driver());
        t.clean();
        long retriesBefore = WriteRetry.retries();
        List<org.diplograph.facts.DocumentFacts> reversed = new ArrayList<>(docs);
        java.util.Collections.reverse(reversed);
        List<org.diplograph.facts.DocumentFacts> shuffled = new ArrayList<>(docs);
        java.util.Collections.shuffle(shuffled, new java.util.Random(5));
        CyclicBarrier start = new CyclicBarrier(3);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<List<DocumentReport>>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (List<org.diplograph.facts.DocumentFacts> order : List.of(docs, reversed, shuffled)) {
            futures.add(pool.submit(() -> {
                start.await();
                List<DocumentReport> out = new ArrayList<>();
                for (var d : order) out.add(loader.load(d, "generated-1"));
                return out;
            }));
        }
        Map<String, Integer> created = new HashMap<>();
        for (var f : futures) for (DocumentReport d : f.get(180, TimeUnit.SECONDS)) {
            assertThat(d.ok()).as(d.error()).isTrue();
            if (d.status().equals("created")) created.merge(d.document(), 1, Integer::sum);
        }
        pool.shutdown();
        GraphSnapshot got = GraphSnapshot.of(t.db().driver());
        System.out.printf("3 loaders, 60 articles sharing 60 entities, opposite orders: %d ms, article transactions retried "
                + "after a uniqueness race or deadlock: %d; %s%n", (System.nanoTime() - t0) / 1_000_000,
                WriteRetry.retries() - retriesBefore, got);
        assertThat(created).hasSize(60);
        assertThat(created.values()).containsOnly(1);
        assertThat(got).isEqualTo(expected);
        t.importSeeds();
    }

    /** The seed files as one multipart upload to {@code POST /api/import}. */
    private static List<DocumentReport> httpImport(TestApp t, List<Path> files) throws Exception {
        String boundary = "----diplograph" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        for (Path f : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.getFileName()
                    + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(f));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        TestApp.Response res = t.send(HttpRequest.newBuilder(URI.create(t.baseUrl() + "/api/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(res.status()).as(res.raw()).isEqualTo(200);
        return List.of(t.json.treeToValue(res.body().get("documents"), DocumentReport[].class));
    }
}

package org.diplograph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.diplograph.App;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.annotate.Tokenizer;
import org.diplograph.facts.DocumentFacts;
import org.diplograph.load.ImportReport;
import org.diplograph.load.ImportService;

/**
 * Extraction speed and heap (issue 12): every corpus passage and seed, extracted warm on one thread (tokens/s,
 * articles/s), the heap's peak while extracting, and article import into embedded Neo4j (articles/s, relationships/s).
 */
final class ExtractBench {
    private ExtractBench() {}

    static Map<String, Object> run() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/corpus"))) {
            s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().forEach(files::add);
        }
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        List<String[]> texts = new ArrayList<>();
        long tokens = 0;
        for (Path p : files) {
            String t = Files.readString(p);
            texts.add(new String[] {p.getFileName().toString(), t});
            tokens += Tokenizer.tokens(t, 0, t.length()).size();
        }
        long t0 = System.nanoTime();
        Extractor x = new Extractor();
        x.extract("warm.txt", "Iranian President Masoud Pezeshkian met Emomali Rahmon in Dushanbe.");
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        for (int i = 0; i < 2; i++) for (String[] f : texts) x.extract(f[0], f[1]);
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        double best = Double.MAX_VALUE;
        long relations = 0;
        for (int i = 0; i < 3; i++) {
            long s0 = System.nanoTime();
            relations = 0;
            for (String[] f : texts) {
                DocumentFacts d = x.extract(f[0], f[1]);
                relations += d.relations().size();
            }
            best = Math.min(best, (System.nanoTime() - s0) / 1e9);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", texts.size());
        m.put("tokens", tokens);
        m.put("modelsAndGazetteersLoadSeconds", Bench.round(loadSeconds));
        m.put("extractSecondsBestOf3", Bench.round(best));
        m.put("tokensPerSecond", Math.round(tokens / best));
        m.put("articlesPerSecond", Bench.round(texts.size() / best));
        m.put("relationsExtracted", relations);
        m.put("heapPeakMBWhileExtracting", peak >> 20);
        m.put("maxHeapMB", Runtime.getRuntime().maxMemory() >> 20);
        try (App app = Bench.openApp("extract")) {
            ImportService importer = app.importer();
            List<ImportService.Upload> uploads = new ArrayList<>();
            for (String[] f : texts) uploads.add(new ImportService.Upload(f[0], f[1].getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            long i0 = System.nanoTime();
            ImportReport r = importer.importUploads(uploads);
            double s = (System.nanoTime() - i0) / 1e9;
            long rels = Bench.count(app, "MATCH ()-[r]->() WHERE NOT type(r) IN ['HAS_EVIDENCE','MENTIONS'] RETURN count(r)");
            m.put("importSeconds", Bench.round(s));
            m.put("importArticlesPerSecond", Bench.round(texts.size() / s));
            m.put("importRelationshipsPerSecond", Math.round(rels / s));
            m.put("importSummary", r.summary());
        }
        System.err.println("  extract: " + m);
        return m;
    }
}

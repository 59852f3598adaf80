package org.diplograph.extract;

import org.diplograph.common.Sha256;
import org.diplograph.extract.annotate.DateParser;
import org.diplograph.extract.annotate.Sentence;
import org.diplograph.extract.annotate.Tokenizer;
import org.diplograph.extract.clean.Cleaner;
import org.diplograph.extract.read.Article;
import org.diplograph.extract.read.ArticleException;
import org.diplograph.extract.read.ArticleReader;
import org.diplograph.extract.read.Budget;
import org.diplograph.extract.read.Text;
import org.diplograph.extract.recognize.EntityRulePass;
import org.diplograph.extract.recognize.Gazetteer;
import org.diplograph.extract.recognize.Mention;
import org.diplograph.extract.recognize.NerPass;
import org.diplograph.extract.recognize.Recognizer;
import org.diplograph.extract.relate.AgreementReferences;
import org.diplograph.extract.relate.ArticleReasoning;
import org.diplograph.extract.relate.Companions;
import org.diplograph.extract.relate.CorridorAcronyms;
import org.diplograph.extract.relate.PairOffices;
import org.diplograph.extract.relate.HostOffices;
import org.diplograph.extract.relate.MentionEntities;
import org.diplograph.extract.relate.CoSigners;
import org.diplograph.extract.relate.DependencyPass;
import org.diplograph.extract.relate.DocBuilder;
import org.diplograph.extract.relate.DocumentLists;
import org.diplograph.extract.relate.EventParties;
import org.diplograph.extract.relate.PairParties;
import org.diplograph.extract.relate.PluralOrgans;
import org.diplograph.extract.relate.SignerParties;
import org.diplograph.extract.relate.Relator;
import org.diplograph.extract.resolve.Honorifics;
import org.diplograph.extract.resolve.Descriptions;
import org.diplograph.extract.resolve.Offices;
import org.diplograph.extract.resolve.HomeOrgans;
import org.diplograph.extract.resolve.Resolver;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.diplograph.extract.annotate.Nlp;
import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Facts;
import org.diplograph.facts.Relation;

/**
 * The article extractor: text in, {@link DocumentFacts} out, deterministically (same input, same facts). Runs the
 * steps in order, one package each: read ({@link ArticleReader}), clean ({@link Cleaner}), annotate (sentences,
 * {@link DateParser}, CoreNLP), recognize ({@link Recognizer}, entity rules, NER), resolve ({@link Resolver},
 * {@link Offices}, {@link Honorifics}) and relate ({@link Relator}, {@link DependencyPass}, article-level reasoning),
 * then assembles the facts with their quotes. Thread-safe after construction.
 */
public final class Extractor {
    /** Version of the rules; written into every facts file. */
    public static final String VERSION = "1";
    private static final Set<String> EXTENSIONS = Set.of(".txt", ".md", ".markdown", ".html", ".htm");

    /** Time one article's extraction may take by default before it fails (ArticleException, reported per article). */
    public static final java.time.Duration BUDGET = java.time.Duration.ofSeconds(20);
    /** Most relations one article may give: past it the text is not an article (a list, a dump) and fails alone. */
    public static final int MAX_RELATIONS = 5_000;

    private final Gazetteer gazetteer;
    private final ArticleReader reader = new ArticleReader();
    private final Cleaner cleaner;
    private final Recognizer recognizer;
    private final Resolver resolver;
    private final Offices offices;
    private final Descriptions descriptions;

    private final java.time.Duration budget;

    /** Loads the gazetteers from the classpath once; each article may take {@link #BUDGET}. */
    public Extractor() {
        this(BUDGET);
    }

    /** As {@link #Extractor()}, with another time budget per article. */
    public Extractor(java.time.Duration budget) {
        this.budget = budget;
        this.gazetteer = Gazetteer.load();
        this.cleaner = new Cleaner(gazetteer);
        this.recognizer = new Recognizer(gazetteer);
        this.resolver = new Resolver(gazetteer);
        this.offices = new Offices(gazetteer);
        this.descriptions = new Descriptions(gazetteer);
    }

    /**
     * Checks raw bytes and decodes them: UTF-8, BOM stripped.
     *
     * @throws ArticleException for empty, oversized, binary (NUL bytes) or undecodable input
     */
    public static String checkContent(String fileName, byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) throw new ArticleException(fileName, "empty file");
        if (bytes.length > maxBytes) {
            throw new ArticleException(fileName, "too large (" + bytes.length + " bytes, limit " + maxBytes + ")");
        }
        for (byte x : bytes) if (x == 0) throw new ArticleException(fileName, "binary content (NUL bytes)");
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleException(fileName, "not valid UTF-8 text");
        }
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        if (s.isBlank()) throw new ArticleException(fileName, "empty file (only whitespace)");
        return s;
    }

    /** Extracts every article under the given files/directories (recursively), sorted by name; fails on a bad one. */
    public Facts extractAll(List<Path> filesOrDirs) throws IOException {
        return extractAll(filesOrDirs, e -> {
            throw e;
        });
    }

    /** As {@link #extractAll(List)}, handing bad files to {@code onError} and carrying on with the others. */
    public Facts extractAll(List<Path> filesOrDirs, Consumer<ArticleException> onError) throws IOException {
        List<Path> files = articleFiles(filesOrDirs);
        files.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).thenComparing(Path::toString));
        List<DocumentFacts> docs = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            try {
                docs.add(extract(name, checkContent(name, Files.readAllBytes(f), Long.MAX_VALUE)));
            } catch (ArticleException e) {
                onError.accept(e);
            }
        }
        return new Facts(VERSION, docs);
    }

    /**
     * The files named, and the articles (.txt .md .markdown .html .htm, not README*) below the folders named, each
     * folder in path order; a path that does not exist fails with {@link java.nio.file.NoSuchFileException}.
     */
    public static List<Path> articleFiles(List<Path> filesOrDirs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : filesOrDirs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(Extractor::supported).sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new java.nio.file.NoSuchFileException(p.toString(), null, "no such file or folder");
            }
        }
        return out;
    }

    static boolean supported(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.startsWith("readme")) return false;
        for (String e : EXTENSIONS) if (n.endsWith(e)) return true;
        return false;
    }

    /** Extracts one article; {@code fileName} may be null for pasted text. */
    public DocumentFacts extract(String fileName, String rawContent) {
        if (rawContent == null || rawContent.isBlank()) throw new ArticleException(fileName, "empty text");
        String raw = rawContent.startsWith("\uFEFF") ? rawContent.substring(1) : rawContent;
        Nlp nlp = Nlp.shared(); // waits for the models if start-up is still loading them: not part of the budget
        long deadline = System.nanoTime() + budget.toNanos();
        Article art = reader.read(fileName, raw);
        String sha = Sha256.of(raw);
        String docId = "doc:" + (fileName == null ? sha.substring(0, 16) : Text.slug(stripExtension(fileName)));
        Cleaner.Result cleaned = cleaner.clean(art);
        DateParser.DateValue published = published(art, cleaned);

        // sentences and mentions
        List<Sentence> sentences = new ArrayList<>();
        for (Cleaner.Line line : cleaned.kept()) {
            for (int[] sp : Tokenizer.sentenceSpans(art.norm(), line.start(), line.end())) {
                sentences.add(new Sentence(sentences.size(), sp[0], sp[1], art.norm().substring(sp[0], sp[1]),
                        Tokenizer.tokens(art.norm(), sp[0], sp[1])));
            }
        }
        Budget limit = new Budget(fileName, deadline, budget.toSeconds(), sentences.size());
        List<List<Mention>> mentions = new ArrayList<>();
        List<Nlp.Parsed> tagged = new ArrayList<>();
        for (Sentence s : sentences) {
            limit.check(s.index(), "recognising names");
            List<Mention> ms = recognizer.recognize(s);
            EntityRulePass.add(s, ms);
            Nlp.Parsed p = NerPass.tag(nlp, s, ms);
            NerPass.addPersons(s, ms, p);
            NerPass.addPlaces(s, ms, p);
            mentions.add(ms);
            tagged.add(p);
        }
        Honorifics.strip(sentences, mentions);
        Resolver.dropCredits(sentences, mentions, art.source());
        HomeOrgans.apply(gazetteer, art.url(), art.source(), mentions);
        Map<String, String> names = resolver.persons(sentences, mentions);
        NerPass.dropSurnamePlaces(mentions);
        NerPass.dropCommonWordPlaces(sentences, mentions);
        Resolver.agreementReferences(mentions);

        // dates, evidence
        List<Relator.Analysed> analysed = new ArrayList<>();
        java.time.LocalDate pub = published != null && published.iso().length() == 10 ? published.day() : null;
        java.time.LocalDate lastFull = null;
        StringBuilder kept = new StringBuilder();
        for (Sentence s : sentences) kept.append(s.text()).append('\n');
        Map<String, Integer> monthDays = DateParser.yearsOfMonthDays(kept.toString());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<DateParser.DateValue> dates = DateParser.find(s.text(), s.start(),
                    new DateParser.Anchor(pub, lastFull, monthDays));
            for (DateParser.DateValue d : dates) if (!d.inferred() && d.day() != null) lastFull = d.day();
            int rs = art.rawStart(s.start());
            int re = art.rawEnd(s.end());
            analysed.add(new Relator.Analysed(s, mentions.get(i), dates, new Evidence(raw.substring(rs, re), rs, re,
                    "sentence")));
        }
        resolver.officesFromGazetteer(mentions);
        offices.resolve(sentences, mentions);
        descriptions.resolve(sentences, mentions);
        descriptions.resolveUnqualified(sentences, mentions);
        Map<String, String> personState = new HashMap<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                if (m.type == Mention.Type.PERSON && m.officeOf != null && !m.former && m.officeOf.startsWith("state:")) {
                    personState.putIfAbsent(m.id, m.officeOf);
                }
            }
        }

        // the state of the national company a person heads ("Rosatom Director General Likhachev"): for visits only
        Map<String, String> personHome = new HashMap<>(personState);
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                if (m.type != Mention.Type.PERSON || m.officeOf == null || m.former || !m.officeOf.startsWith("org:")) continue;
                Gazetteer.OrgInfo o = gazetteer.org(m.officeOf);
                if (o != null && o.iso3() != null) personHome.putIfAbsent(m.id, o.iso3());
            }
        }

        // relate with the agreements' base ids, then give each agreement its parties' codes
        DocBuilder b = new DocBuilder();
        for (Relator.Analysed a : analysed) MentionEntities.add(gazetteer, b, a);
        PluralOrgans.entities(analysed, b);
        Relator relator = relator(b, personState, names, mentions);
        relator.homes(personHome);
        for (Relator.Analysed a : analysed) {
            limit.check(a.sentence().index(), "relating");
            relator.relate(a);
        }
        DependencyPass.run(analysed, tagged, b, personState, limit);
        DocumentLists.apply(analysed, b, docId);
        PairParties.apply(analysed, b, docId);
        PairParties.named(analysed, b, docId);
        CoSigners.apply(b, personState, docId);
        PairOffices.apply(analysed, b, personState, docId);
        ArticleReasoning.apply(b, gazetteer, personState, docId, relator.dateline());
        Companions.apply(analysed, b, gazetteer, personState, docId);
        EventParties.apply(b, personState, docId);
        HostOffices.apply(analysed, b, gazetteer, personState, docId);
        SignerParties.apply(b, docId);
        CorridorAcronyms.apply(b);
        AgreementReferences.apply(b, analysed);
        Map<String, String> renamed = agreementIds(b.relations(docId));
        b.rename(renamed);

        List<Entity> entities = b.entities();
        Set<String> ids = new HashSet<>();
        for (Entity e : entities) ids.add(e.id());
        List<Relation> relations = new ArrayList<>();
        for (Relation r : b.relations(docId)) {
            if ((r.source().equals(docId) || ids.contains(r.source())) && ids.contains(r.target())) relations.add(r);
        }
        relations = Quotes.narrow(relations, raw, Quotes.spans(art, mentions, renamed));
        if (relations.size() > MAX_RELATIONS) {
            throw new ArticleException(fileName, String.format("too many facts (%,d relationships; the limit is %,d a "
                    + "document): this is not an article but a list or a dump; split it", relations.size(), MAX_RELATIONS));
        }
        String title = art.title() != null ? art.title() : firstLine(art, cleaned);
        return new DocumentFacts(docId, fileName, title, art.source(), art.url(),
                published == null ? null : published.iso(), sha, raw, cleaned.dropped(), entities, relations);
    }

    private Relator relator(DocBuilder b, Map<String, String> personState, Map<String, String> names,
                            List<List<Mention>> mentions) {
        Relator r = new Relator(gazetteer, b, personState, names);
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) if (m.type == Mention.Type.PERSON && m.role != null) r.role(m.id, m.role);
        }
        return r;
    }

    /** Final agreement ids: the base id with the parties' codes, so one title between two pairs stays two. */
    private Map<String, String> agreementIds(List<Relation> relations) {
        Map<String, TreeSet<String>> parties = new TreeMap<>();
        for (Relation r : relations) {
            if (!r.type().equals("PARTY_TO")) continue;
            String code = r.source().startsWith("state:") ? r.source().substring(6).toLowerCase(Locale.ROOT)
                    : r.source().substring(r.source().indexOf(':') + 1);
            parties.computeIfAbsent(r.target(), k -> new TreeSet<>()).add(code);
        }
        Map<String, String> out = new HashMap<>();
        for (var e : parties.entrySet()) {
            String base = e.getKey();
            if (gazetteer.agreement(base) != null) continue;
            String codes = String.join("-", e.getValue());
            if (base.startsWith("agreement:package-")) out.put(base, "agreement:" + codes + "-" + base.substring(10));
            else out.put(base, base + "-" + codes);
        }
        return out;
    }

    /** The article's own date: the header's {@code published}, else a dateline near the top. Never invented. */
    private DateParser.DateValue published(Article art, Cleaner.Result cleaned) {
        if (art.published() != null) {
            DateParser.DateValue v = DateParser.firstAbsolute(art.published());
            if (v != null) return v;
        }
        String[] lines = art.norm().split("\n", 40);
        int seen = 0;
        for (String l : lines) {
            String s = l.strip().replaceAll("^[*_]+", "");
            if (s.isEmpty()) continue;
            if (++seen > 12) break;
            if (s.length() > 80) continue;
            DateParser.DateValue v = DateParser.firstAbsolute(s);
            boolean byline = s.matches("(?i)^(by |published|updated|posted|date|on ).*") || s.contains(" | ");
            if (v != null && (v.start() == 0 || byline) && v.iso().length() == 10) return v;
        }
        return null;
    }

    /** A title when no header gives one: the first short unpunctuated line, skipping site names and echoes. */
    private static String firstLine(Article art, Cleaner.Result cleaned) {
        int seen = 0;
        for (Cleaner.Line l : cleaned.kept()) {
            String s = art.norm().substring(l.start(), l.end()).strip();
            if (s.isEmpty()) continue;
            if (++seen > 5 || s.endsWith(".") || s.length() > 150) return null;
            boolean site = (s.contains(" - ") || s.contains(" | ")) && s.split("\\s+").length <= 6;
            if (site || s.equals(s.toLowerCase(Locale.ROOT))) continue;
            return s;
        }
        return null;
    }

    private static String stripExtension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String n = name.substring(slash + 1);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

}

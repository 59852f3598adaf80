package org.diplograph.extract.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Logger;

/**
 * The linguistic layer: Stanford CoreNLP's lean pipeline (tokens, POS, lemmas, CoNLL 4-class NER, no SUTime, no
 * fine-grained NER) and its UD dependency parser, run on one sentence at a time. The models load once per JVM, on a
 * background thread started by {@link #preload()} (the app calls it at start), so the first article does not wait
 * for what start-up could have loaded. Thread-safe: CoreNLP's annotators may be shared between threads.
 */
public final class Nlp {
    private static final Logger LOG = Logger.getLogger(Nlp.class.getName());
    private static final CompletableFuture<Nlp> SHARED = new CompletableFuture<>();
    private static volatile boolean started;

    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP grammar;
    private final StanfordCoreNLP parser;

    private Nlp() {
        Properties p = new Properties();
        // the CoNLL model uses no POS features, so NER runs on every sentence without the tagger; POS and lemmas are
        // added only to the sentences that are parsed
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ssplit.isOneSentence", "true");
        p.setProperty("tokenize.options", "invertible=true,splitHyphenated=false");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        tagger = new StanfordCoreNLP(p);
        Properties g = new Properties();
        g.setProperty("annotators", "pos,lemma");
        g.setProperty("enforceRequirements", "false");
        grammar = new StanfordCoreNLP(g);
        Properties d = new Properties();
        d.setProperty("annotators", "depparse");
        d.setProperty("enforceRequirements", "false");
        d.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        // the parser caches the hidden layer's share of each (position, feature) it meets; the default 5,000 entries
        // churn on news text, and 100,000 (about 80 MB) cut extraction time by about a sixth
        d.setProperty("depparse.numCached", "100000");
        parser = new StanfordCoreNLP(d);
    }

    /** Starts loading the models on a daemon thread (once per JVM); returns at once. */
    public static void preload() {
        synchronized (Nlp.class) {
            if (started) return;
            started = true;
        }
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                Nlp nlp = new Nlp();
                nlp.annotate("Iran's President met his Tajik counterpart in Dushanbe.", 0, true); // warm the first call
                SHARED.complete(nlp);
                LOG.info(String.format("Linguistic models loaded in %d ms", (System.nanoTime() - t0) / 1_000_000));
            } catch (RuntimeException | Error e) {
                SHARED.completeExceptionally(e);
            }
        }, "nlp-models");
        t.setDaemon(true);
        t.start();
    }

    /** The shared pipeline, waiting for the models if they are still loading (and starting that if nobody did). */
    public static Nlp shared() {
        preload();
        try {
            return SHARED.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the linguistic models were loading", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the linguistic models could not be loaded: " + e.getCause(), e.getCause());
        }
    }

    /** True once the models are loaded. */
    public static boolean ready() {
        return SHARED.isDone() && !SHARED.isCompletedExceptionally();
    }

    /**
     * Annotates one sentence. Token offsets are shifted by {@code base} (the sentence's offset in the article).
     * The dependency graph (enhanced++ UD) is built only when {@code parse} is true; otherwise it is null.
     */
    public Parsed annotate(String sentence, int base, boolean parse) {
        Parsed p = tag(sentence, base);
        return parse ? parse(p) : p;
    }

    /** Tokens and NER of one sentence, offsets shifted by {@code base}; no POS, lemmas or parse yet. */
    public Parsed tag(String sentence, int base) {
        Annotation a = new Annotation(sentence);
        tagger.annotate(a);
        List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.isEmpty()) return new Parsed(List.of(), null, a);
        List<CoreLabel> tokens = sentences.get(0).get(CoreAnnotations.TokensAnnotation.class);
        for (CoreLabel t : tokens) {
            t.setBeginPosition(t.beginPosition() + base);
            t.setEndPosition(t.endPosition() + base);
        }
        return new Parsed(List.copyOf(tokens), null, a);
    }

    /** Adds POS tags and lemmas to a tagged sentence (in place). */
    public Parsed lemmatize(Parsed p) {
        if (!p.tokens().isEmpty() && p.tokens().get(0).tag() == null) grammar.annotate(p.annotation());
        return p;
    }

    /** Adds POS tags, lemmas and the dependency graph (enhanced++ UD) to a tagged sentence. */
    public Parsed parse(Parsed p) {
        if (p.graph() != null || p.tokens().isEmpty()) return p;
        lemmatize(p);
        parser.annotate(p.annotation());
        CoreMap s = p.annotation().get(CoreAnnotations.SentencesAnnotation.class).get(0);
        return new Parsed(p.tokens(), s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class),
                p.annotation());
    }

    /**
     * One annotated sentence: its tokens (with article offsets, POS, lemma, NER), its graph when parsed (else null),
     * and CoreNLP's annotation it came from.
     */
    public record Parsed(List<CoreLabel> tokens, SemanticGraph graph, Annotation annotation) {}
}

package org.akhbar.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.akhbar.entity.Gazetteer;

/**
 * A trained Arabic NER tagger: {@link TokenFeatures} and the weights of a {@link PackedChain}. The weights ship
 * in the jar ({@value #BUNDLED}, rebuilt by {@code news train-ner}): gzip of the non-zero emission weights as
 * 16-bit fixed point with their index gaps, and the transitions as floats.
 */
public final class NerModel {
    public static final String BUNDLED = "/ner/anercorp-perceptron.bin.gz";
    private static final int MAGIC = 0x414b4e52; // "AKNR"
    private static final int FORMAT = 1;

    /** Word types a thread keeps read (about 20 MB, estimated from its arrays); it starts over when full. */
    private static final int CACHED_WORDS = 1 << 15;

    private final PackedChain chain;
    private final TokenFeatures features;
    private final ThreadLocal<Map<String, ReadWord>> readWords = ThreadLocal.withInitial(HashMap::new);

    /**
     * A word as the tagger read it: its normal form (a token may be normalised otherwise), its features, and the
     * summed weights of those that depend on it alone: its own and those it gives its neighbours.
     */
    private record ReadWord(String normal, TokenFeatures.Word word, int[] sums, int[] asPrevious, int[] asNext,
                            int[] asSecondPrevious, int[] asSecondNext) {
    }

    private final ReadWord start;
    private final ReadWord end;

    NerModel(PackedChain chain, TokenFeatures features) {
        this.chain = chain;
        this.features = features;
        this.start = read(null, TokenFeatures.START_WORD);
        this.end = read(null, TokenFeatures.END_WORD);
    }

    private ReadWord read(String normal, TokenFeatures.Word word) {
        return new ReadWord(normal, word, chain.sums(word.local()), chain.sums(word.asPrevious()),
                chain.sums(word.asNext()), chain.sums(word.asSecondPrevious()), chain.sums(word.asSecondNext()));
    }

    /** The model in the jar, with the bundled gazetteer's lexicon. */
    public static NerModel bundled(Gazetteer gazetteer) {
        try (InputStream in = NerModel.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + BUNDLED + ": rebuild it with news train-ner");
            }
            return read(in, new TokenFeatures(NameLexicon.of(gazetteer)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Labels ({@link NerLabels}) of one sentence. What each word gives its own and its neighbours' scores comes
     * from this thread's cache of the words it tagged before (in news most words are frequent ones): all but
     * {@link TokenFeatures#PAIRED} of a token's {@link TokenFeatures#PER_TOKEN} look-ups.
     */
    public int[] tag(TokenFeatures.Words words) {
        Map<String, ReadWord> cache = readWords.get();
        int n = words.size();
        ReadWord[] known = new ReadWord[n];
        TokenFeatures.Word[] read = new TokenFeatures.Word[n];
        for (int i = 0; i < n; i++) {
            String token = words.tokens()[i];
            ReadWord word = cache.get(token);
            if (word == null || !word.normal().equals(words.normal()[i])) {
                word = read(words.normal()[i], features.word(token, words.normal()[i], words.stem()[i]));
                if (cache.size() >= CACHED_WORDS) {
                    cache.clear();
                }
                cache.put(token, word);
            }
            known[i] = word;
            read[i] = word.word();
        }
        int[][] baseSums = new int[n][NerLabels.COUNT];
        for (int i = 0; i < n; i++) {
            int[] sums = baseSums[i];
            add(sums, known[i].sums());
            add(sums, i > 0 ? known[i - 1].asPrevious() : start.asPrevious());
            add(sums, i + 1 < n ? known[i + 1].asNext() : end.asNext());
            add(sums, i > 1 ? known[i - 2].asSecondPrevious() : start.asSecondPrevious());
            add(sums, i + 2 < n ? known[i + 2].asSecondNext() : end.asSecondNext());
        }
        return chain.decode(features.paired(words, read), TokenFeatures.PAIRED, n, baseSums);
    }

    private static void add(int[] sums, int[] more) {
        for (int y = 0; y < sums.length; y++) {
            sums[y] += more[y];
        }
    }

    /** Labels from every feature of every token, looked up one by one: what {@link #tag} must give. */
    int[] tagFeatureByFeature(TokenFeatures.Words words) {
        return chain.decode(features.of(words), words.size());
    }

    /** Labels of raw tokens. */
    public int[] tag(String[] tokens) {
        return tag(TokenFeatures.Words.of(tokens));
    }

    /** Span scores on labelled sentences. */
    public SpanScores score(List<Sentence> sentences) {
        SpanScores scores = new SpanScores();
        for (Sentence s : sentences) {
            scores.add(s.labels(), tag(s.tokens().toArray(String[]::new)));
        }
        return scores;
    }

    SpanScores score(List<int[]> featureLists, List<int[]> gold) {
        SpanScores scores = new SpanScores();
        for (int i = 0; i < gold.size(); i++) {
            scores.add(gold.get(i), chain.decode(featureLists.get(i), gold.get(i).length));
        }
        return scores;
    }

    public void write(OutputStream target) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(target, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(TokenFeatures.VERSION);
            out.writeInt(NerLabels.COUNT);
            chain.write(out);
        }
    }

    public static NerModel read(InputStream source, TokenFeatures features) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(source, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("not an akhbar NER model");
        }
        int featureVersion = in.readInt();
        int labels = in.readInt();
        if (featureVersion != TokenFeatures.VERSION || labels != NerLabels.COUNT) {
            throw new IOException("the model was trained with features v" + featureVersion + " and " + labels
                    + " labels; this build has v" + TokenFeatures.VERSION + " and " + NerLabels.COUNT
                    + ": rebuild it with news train-ner");
        }
        return new NerModel(PackedChain.read(in), features);
    }
}

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

    /** Word types a thread keeps read (about 8 MB); the cache starts over when full. */
    private static final int CACHED_WORDS = 1 << 15;

    private final PackedChain chain;
    private final TokenFeatures features;
    private final ThreadLocal<Map<String, ReadWord>> readWords = ThreadLocal.withInitial(HashMap::new);

    /** A word as the tagger read it: its normal form (a token may be normalised otherwise), features and sums. */
    private record ReadWord(String normal, TokenFeatures.Word word, int[] sums) {
    }

    NerModel(PackedChain chain, TokenFeatures features) {
        this.chain = chain;
        this.features = features;
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
     * Labels ({@link NerLabels}) of one sentence. The word-alone part of each word's features and their summed
     * weights come from this thread's cache of the words it tagged before: in news most words are frequent
     * ones, and that part is half of a word's look-ups.
     */
    public int[] tag(TokenFeatures.Words words) {
        Map<String, ReadWord> cache = readWords.get();
        int n = words.size();
        TokenFeatures.Word[] read = new TokenFeatures.Word[n];
        int[][] localSums = new int[n][];
        for (int i = 0; i < n; i++) {
            String token = words.tokens()[i];
            ReadWord known = cache.get(token);
            if (known == null || !known.normal().equals(words.normal()[i])) {
                TokenFeatures.Word word = features.word(token, words.normal()[i], words.stem()[i]);
                known = new ReadWord(words.normal()[i], word, chain.sums(word.local()));
                if (cache.size() >= CACHED_WORDS) {
                    cache.clear();
                }
                cache.put(token, known);
            }
            read[i] = known.word();
            localSums[i] = known.sums();
        }
        return chain.decode(features.of(words, read), n, localSums);
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

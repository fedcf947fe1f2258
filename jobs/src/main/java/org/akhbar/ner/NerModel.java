package org.akhbar.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.akhbar.entity.Gazetteer;

/**
 * A trained Arabic NER tagger: {@link TokenFeatures} and the weights of a {@link LinearChain}. The weights ship
 * in the jar ({@value #BUNDLED}, rebuilt by {@code news train-ner}): gzip of the non-zero emission weights as
 * 16-bit fixed point with their bucket gaps, and the transitions as floats.
 */
public final class NerModel {
    public static final String BUNDLED = "/ner/anercorp-perceptron.bin.gz";
    private static final int MAGIC = 0x414b4e52; // "AKNR"
    private static final int FORMAT = 1;

    private final LinearChain chain;
    private final TokenFeatures features;

    NerModel(LinearChain chain, TokenFeatures features) {
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

    /** Labels ({@link NerLabels}) of one sentence. */
    public int[] tag(TokenFeatures.Words words) {
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
        float max = 0;
        for (float w : chain.emission) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(target, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(TokenFeatures.VERSION);
            out.writeInt(NerLabels.COUNT);
            out.writeInt(chain.bucketBits);
            for (float t : chain.transition) {
                out.writeFloat(t);
            }
            out.writeFloat(scale);
            int previous = -1;
            for (int i = 0; i < chain.emission.length; i++) {
                short q = (short) Math.round(chain.emission[i] / scale);
                if (q != 0) {
                    writeVarint(out, i - previous);
                    out.writeShort(q);
                    previous = i;
                }
            }
            writeVarint(out, 0);
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
        LinearChain chain = new LinearChain(in.readInt());
        for (int i = 0; i < chain.transition.length; i++) {
            chain.transition[i] = in.readFloat();
        }
        float scale = in.readFloat();
        int at = -1;
        for (int gap = readVarint(in); gap != 0; gap = readVarint(in)) {
            at += gap;
            chain.emission[at] = in.readShort() * scale;
        }
        return new NerModel(chain, features);
    }

    private static void writeVarint(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }
}

package org.akhbar.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * A trained chain as the tagger reads it: only the feature buckets with a non-zero weight, each a row of
 * {@link NerLabels#COUNT} 16-bit fixed-point weights (the precision the model file keeps), found through a bitmap
 * of every bucket and the count of rows before each 64-bucket word of it. The 38 MB of dense floats become 1.7 MB
 * for the bundled model (83,427 of its 2^20 buckets hold a weight), the bitmap alone 128 KB, so the 30 look-ups of
 * every word mostly hit the cache instead of memory: they were most of the tagger's time.
 */
final class PackedChain {
    private static final int L = NerLabels.COUNT;

    final int bucketBits;
    private final float[] transition;
    private final float scale;
    private final long[] present;
    private final int[] rowsBefore;
    private final short[] rows;

    private PackedChain(int bucketBits, float[] transition, float scale, long[] present, short[] rows) {
        this.bucketBits = bucketBits;
        this.transition = transition;
        this.scale = scale;
        this.present = present;
        this.rows = rows;
        this.rowsBefore = new int[present.length];
        int count = 0;
        for (int w = 0; w < present.length; w++) {
            rowsBefore[w] = count;
            count += Long.bitCount(present[w]);
        }
    }

    /** The weights of {@code chain}, each rounded to the nearest of 2 × 32,767 steps of its largest. */
    static PackedChain of(LinearChain chain) {
        float max = 0;
        for (float w : chain.emission) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        Rows rows = new Rows(chain.bucketBits);
        short[] row = new short[L];
        for (int bucket = 0; bucket < 1 << chain.bucketBits; bucket++) {
            boolean any = false;
            for (int y = 0; y < L; y++) {
                row[y] = (short) Math.round(chain.emission[bucket * L + y] / scale);
                any |= row[y] != 0;
            }
            if (any) {
                rows.start(bucket);
                for (int y = 0; y < L; y++) {
                    rows.set(y, row[y]);
                }
            }
        }
        return rows.build(chain.transition.clone(), scale);
    }

    /** The best allowed label sequence of {@code n} tokens with {@code features} ({@link TokenFeatures} layout). */
    int[] decode(int[] features, int n) {
        return Viterbi.decode(this::emissions, transition, features, n);
    }

    /**
     * Decoding where most features of each token were summed before, into {@code baseSums[token]} by
     * {@link #sums}, and {@code perToken} more of each token are in {@code rest}: the same labels as
     * {@link #decode(int[], int)} over all of them.
     */
    int[] decode(int[] rest, int perToken, int n, int[][] baseSums) {
        return Viterbi.decode((f, token, local) -> {
            int[] sums = baseSums[token];
            for (int y = 0; y < L; y++) {
                local[y] = sums[y];
            }
            addRows(f, token * perToken, (token + 1) * perToken, local);
            for (int y = 0; y < L; y++) {
                local[y] *= scale;
            }
        }, transition, rest, n);
    }

    /** The weights of {@code features} summed per label, in 16-bit steps (exact: at most 30 of them). */
    int[] sums(int[] features) {
        float[] sums = new float[L];
        addRows(features, 0, features.length, sums);
        int[] exact = new int[L];
        for (int y = 0; y < L; y++) {
            exact[y] = (int) sums[y];
        }
        return exact;
    }

    private void addRows(int[] features, int from, int to, float[] local) {
        int mask = (1 << bucketBits) - 1;
        for (int f = from; f < to; f++) {
            int bucket = features[f] & mask;
            long word = present[bucket >>> 6];
            long bit = 1L << bucket;
            if ((word & bit) != 0) {
                int r = (rowsBefore[bucket >>> 6] + Long.bitCount(word & (bit - 1))) * L;
                for (int y = 0; y < L; y++) {
                    local[y] += rows[r + y];
                }
            }
        }
    }

    private void emissions(int[] features, int token, float[] local) {
        Arrays.fill(local, 0);
        addRows(features, token * TokenFeatures.PER_TOKEN, (token + 1) * TokenFeatures.PER_TOKEN, local);
        for (int y = 0; y < L; y++) {
            local[y] *= scale;
        }
    }

    /** Bucket bits, transitions, scale, then each non-zero weight as its index gap (varint) and 16-bit value. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(bucketBits);
        for (float t : transition) {
            out.writeFloat(t);
        }
        out.writeFloat(scale);
        int previous = -1;
        int r = 0;
        for (int w = 0; w < present.length; w++) {
            for (long bits = present[w]; bits != 0; bits &= bits - 1) {
                int bucket = w * 64 + Long.numberOfTrailingZeros(bits);
                for (int y = 0; y < L; y++, r++) {
                    if (rows[r] != 0) {
                        int index = bucket * L + y;
                        writeVarint(out, index - previous);
                        out.writeShort(rows[r]);
                        previous = index;
                    }
                }
            }
        }
        writeVarint(out, 0);
    }

    /** What {@link #write} wrote. */
    static PackedChain read(DataInputStream in) throws IOException {
        int bucketBits = in.readInt();
        float[] transition = new float[(L + 1) * L];
        for (int i = 0; i < transition.length; i++) {
            transition[i] = in.readFloat();
        }
        float scale = in.readFloat();
        Rows rows = new Rows(bucketBits);
        int at = -1;
        for (int gap = readVarint(in); gap != 0; gap = readVarint(in)) {
            at += gap;
            if (at / L != rows.bucket) {
                rows.start(at / L);
            }
            rows.set(at % L, in.readShort());
        }
        return rows.build(transition, scale);
    }

    /** Rows appended in ascending bucket order. */
    private static final class Rows {
        final int bucketBits;
        final long[] present;
        short[] values = new short[1 << 16];
        int count;
        int bucket = -1;

        Rows(int bucketBits) {
            this.bucketBits = bucketBits;
            present = new long[Math.max(1, (1 << bucketBits) >>> 6)];
        }

        void start(int bucket) {
            this.bucket = bucket;
            present[bucket >>> 6] |= 1L << bucket;
            count++;
            if (count * L > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
        }

        void set(int label, short value) {
            values[(count - 1) * L + label] = value;
        }

        PackedChain build(float[] transition, float scale) {
            return new PackedChain(bucketBits, transition, scale, present,
                    Arrays.copyOf(values, count * L));
        }
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

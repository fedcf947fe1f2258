package org.akhbar.ner;

/**
 * Weights of a linear-chain labeller over hashed features as the trainer moves them: one float per (feature
 * bucket, label), a feature's {@link NerLabels#COUNT} weights side by side, and one per (previous label, label)
 * with a row for the sentence start. The tagger reads the trained weights as a {@link PackedChain}.
 */
final class LinearChain {
    static final int L = NerLabels.COUNT;

    final int bucketBits;
    final float[] emission;
    /** [(previous + 1) * L + label]; previous -1 is the sentence start. */
    final float[] transition;

    LinearChain(int bucketBits) {
        this(bucketBits, new float[(1 << bucketBits) * L], new float[(L + 1) * L]);
    }

    LinearChain(int bucketBits, float[] emission, float[] transition) {
        this.bucketBits = bucketBits;
        this.emission = emission;
        this.transition = transition;
    }

    int bucket(int feature) {
        return (feature & ((1 << bucketBits) - 1)) * L;
    }

    /** The best allowed label sequence of {@code n} tokens with {@code features} ({@link TokenFeatures} layout). */
    int[] decode(int[] features, int n) {
        return Viterbi.decode(this::emissions, transition, features, n);
    }

    private void emissions(int[] features, int token, float[] local) {
        java.util.Arrays.fill(local, 0);
        int from = token * TokenFeatures.PER_TOKEN;
        for (int f = from; f < from + TokenFeatures.PER_TOKEN; f++) {
            int b = bucket(features[f]);
            for (int y = 0; y < L; y++) {
                local[y] += emission[b + y];
            }
        }
    }
}

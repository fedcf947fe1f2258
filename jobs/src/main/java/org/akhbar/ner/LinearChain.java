package org.akhbar.ner;

/**
 * Weights of a linear-chain labeller over hashed features: one weight per (feature bucket, label), laid out so that
 * a feature's {@link NerLabels#COUNT} weights share a cache line, and one per (previous label, label) with a row
 * for the sentence start. {@link #decode} is Viterbi over the allowed IOB2 transitions.
 */
final class LinearChain {
    static final int L = NerLabels.COUNT;
    private static final float FORBIDDEN = Float.NEGATIVE_INFINITY;

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
        int[] labels = new int[n];
        if (n == 0) {
            return labels;
        }
        float[] score = new float[n * L];
        int[] back = new int[n * L];
        float[] local = new float[L];
        for (int i = 0; i < n; i++) {
            emissions(features, i, local);
            for (int y = 0; y < L; y++) {
                float best = FORBIDDEN;
                int arg = 0;
                if (i == 0) {
                    best = NerLabels.allowed(-1, y) ? transition[y] : FORBIDDEN;
                } else {
                    for (int p = 0; p < L; p++) {
                        if (!NerLabels.allowed(p, y)) {
                            continue;
                        }
                        float s = score[(i - 1) * L + p] + transition[(p + 1) * L + y];
                        if (s > best) {
                            best = s;
                            arg = p;
                        }
                    }
                }
                score[i * L + y] = best + local[y];
                back[i * L + y] = arg;
            }
        }
        int last = 0;
        for (int y = 1; y < L; y++) {
            if (score[(n - 1) * L + y] > score[(n - 1) * L + last]) {
                last = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            labels[i] = last;
            last = back[i * L + last];
        }
        return labels;
    }

    private void emissions(int[] features, int i, float[] local) {
        java.util.Arrays.fill(local, 0);
        int from = i * TokenFeatures.PER_TOKEN;
        for (int f = from; f < from + TokenFeatures.PER_TOKEN; f++) {
            int b = bucket(features[f]);
            for (int y = 0; y < L; y++) {
                local[y] += emission[b + y];
            }
        }
    }
}

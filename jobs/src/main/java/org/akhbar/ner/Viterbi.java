package org.akhbar.ner;

/** Viterbi decoding of a linear chain over the allowed IOB2 transitions, whatever holds its emission weights. */
final class Viterbi {
    static final int L = NerLabels.COUNT;
    private static final float FORBIDDEN = Float.NEGATIVE_INFINITY;
    /** For each label, the labels that may come before it, in ascending order. */
    private static final int[][] PREDECESSORS = predecessors();

    /** Where the emission scores of a token come from. */
    @FunctionalInterface
    interface Emissions {
        /** Fills {@code local} with the score of each label of token {@code token} ({@link TokenFeatures} layout). */
        void score(int[] features, int token, float[] local);
    }

    private Viterbi() {
    }

    private static int[][] predecessors() {
        int[][] before = new int[L][];
        for (int y = 0; y < L; y++) {
            int label = y;
            before[y] = java.util.stream.IntStream.range(0, L).filter(p -> NerLabels.allowed(p, label)).toArray();
        }
        return before;
    }

    /**
     * The best allowed label sequence of {@code n} tokens; {@code transition[(previous + 1) * L + label]}, where
     * previous -1 is the sentence start.
     */
    static int[] decode(Emissions emissions, float[] transition, int[] features, int n) {
        int[] labels = new int[n];
        if (n == 0) {
            return labels;
        }
        float[] score = new float[n * L];
        int[] back = new int[n * L];
        float[] local = new float[L];
        for (int i = 0; i < n; i++) {
            emissions.score(features, i, local);
            for (int y = 0; y < L; y++) {
                float best = FORBIDDEN;
                int arg = 0;
                if (i == 0) {
                    best = NerLabels.allowed(-1, y) ? transition[y] : FORBIDDEN;
                } else {
                    for (int p : PREDECESSORS[y]) {
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
}

package org.akhbar.aggregate;

/**
 * Association statistics of two entities over N windows (articles or paragraphs), from the 2×2 table
 * <pre>
 *            b         not b
 *   a        ab        a − ab
 *   not a    b − ab    N − a − b + ab
 * </pre>
 * Natural logarithms throughout.
 */
public final class Association {
    private Association() {
    }

    /**
     * Normalised PMI: ln(p(ab) / (p(a)·p(b))) / −ln p(ab), in [−1, 1]. At the edges: 1 when the two always occur
     * together in every window (p(ab) = 1), −1 when they never co-occur.
     */
    public static double npmi(long ab, long a, long b, long n) {
        if (ab <= 0 || a <= 0 || b <= 0 || n <= 0) {
            return -1;
        }
        double pab = (double) ab / n;
        if (pab >= 1) {
            return 1;
        }
        double pmi = Math.log(pab / (((double) a / n) * ((double) b / n)));
        return pmi / -Math.log(pab);
    }

    /**
     * Dunning's log-likelihood ratio G² = 2 Σ O·ln(O/E) over the four cells, E = row total × column total / N;
     * cells with O = 0 add nothing.
     */
    public static double g2(long ab, long a, long b, long n) {
        if (n <= 0) {
            return 0;
        }
        long[][] observed = {{ab, a - ab}, {b - ab, n - a - b + ab}};
        double[] rows = {a, n - a};
        double[] columns = {b, n - b};
        double sum = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double o = observed[i][j];
                if (o > 0) {
                    double e = rows[i] * columns[j] / n;
                    sum += o * Math.log(o / e);
                }
            }
        }
        return 2 * sum;
    }
}

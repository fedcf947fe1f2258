package org.akhbar.aggregate;

import java.util.Arrays;
import java.util.List;
import org.akhbar.arabic.ArabicTokenizer;

/**
 * What near-duplicate detection compares: the set of 5-word shingles of a normalised body, as sorted 64-bit hashes,
 * its banded MinHash keys, and the exact Jaccard similarity of two such sets.
 *
 * <p>Written here rather than taken from Spark ML because {@code MinHashLSH} only ORs single hashes: two articles
 * are candidates when any one of their minimum hashes agrees, so a phrase common to many articles (a byline, a
 * boilerplate sentence) puts them all in one bucket and the self-join grows with the square of the input (a 2 GiB
 * candidate table at 20,000 generated articles). Bands of {@link #ROWS} hashes AND the hashes within a band, and
 * a pair is a candidate when at least {@link #MIN_SHARED_BANDS} of its {@link #BANDS} bands agree (each agrees with
 * probability J^ROWS): 84% of pairs at J = 0.5, 98% at 0.6 and 99.96% at 0.7 become candidates, but only 1.9% at
 * J = 0.2. One shared band would also take 18% of the pairs at J = 0.2, and there are many of those among the
 * articles of one site and week (shared bylines and boilerplate): 31 million candidates for 352,000 dated
 * generated articles, whose exact comparison took 47% of a 2 GB pipeline.
 */
public final class ShingleSketch {
    static final int WORDS = 5;
    static final int BANDS = 25;
    static final int ROWS = 3;
    static final int MIN_SHARED_BANDS = 2;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private ShingleSketch() {
    }

    /** Sorted distinct hashes of the runs of {@link #WORDS} normal words; a shorter body is one shingle. */
    public static long[] shingleHashes(String body) {
        List<ArabicTokenizer.Word> words = ArabicTokenizer.words(body);
        if (words.isEmpty()) {
            return new long[0];
        }
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = Hash64.of(words.get(i).normal());
        }
        int length = Math.min(WORDS, wordHashes.length);
        long[] shingles = new long[wordHashes.length - length + 1];
        for (int start = 0; start < shingles.length; start++) {
            long hash = length;
            for (int k = 0; k < length; k++) {
                hash = Hash64.mix(hash * 31 + wordHashes[start + k]);
            }
            shingles[start] = hash;
        }
        Arrays.sort(shingles);
        return distinctOfSorted(shingles);
    }

    /**
     * One key per band: the band's number and its {@link #ROWS} minimums, hashed together. The minimums come from
     * one pass over the shingles (one-permutation hashing, Li, Owen and Zhang 2012): each shingle's hash falls in
     * one of {@link #BANDS} × {@link #ROWS} bins and competes for that bin's minimum, one hash per shingle instead
     * of one per shingle and bin. An empty bin (a body of few shingles) takes the minimum of the next filled bin,
     * shifted by the distance (densification, Shrivastava and Li 2014), so that two bodies agree on it about as
     * often as their shingle sets overlap, and empty bins never agree by being empty.
     */
    public static long[] bandKeys(long[] shingleHashes) {
        int bins = BANDS * ROWS;
        long[] minimums = new long[bins];
        boolean[] filled = new boolean[bins];
        for (long shingle : shingleHashes) {
            long hash = Hash64.mix(shingle);
            int bin = (int) (((hash >>> 32) * bins) >>> 32);
            if (!filled[bin] || hash < minimums[bin]) {
                minimums[bin] = hash;
                filled[bin] = true;
            }
        }
        densify(minimums, filled);
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long key = band;
            for (int row = 0; row < ROWS; row++) {
                key = Hash64.mix(key * 31 + minimums[band * ROWS + row]);
            }
            keys[band] = key;
        }
        return keys;
    }

    private static void densify(long[] minimums, boolean[] filled) {
        int bins = minimums.length;
        for (int bin = 0; bin < bins; bin++) {
            for (int distance = 1; !filled[bin] && distance < bins; distance++) {
                int next = (bin + distance) % bins;
                if (filled[next]) {
                    minimums[bin] = Hash64.mix(minimums[next] + GOLDEN * distance);
                    break;
                }
            }
        }
    }

    /** |A ∩ B| / |A ∪ B| of two sorted distinct arrays; 0 when both are empty. */
    public static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    private static long[] distinctOfSorted(long[] sorted) {
        int kept = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (kept == 0 || sorted[i] != sorted[kept - 1]) {
                sorted[kept++] = sorted[i];
            }
        }
        return kept == sorted.length ? sorted : Arrays.copyOf(sorted, kept);
    }
}

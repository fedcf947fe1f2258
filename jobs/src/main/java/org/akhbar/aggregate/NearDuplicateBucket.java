package org.akhbar.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Near-duplicate links among the dated articles of one bucket of {@link #DAYS} days, in plain Java: a band index of
 * the bucket's sketches gives the candidates (at least {@link ShingleSketch#MIN_SHARED_BANDS} shared bands, at most
 * {@link DuplicateFinder#MAX_DAYS_APART} days apart), and their exact Jaccard similarity decides.
 *
 * <p>An article lives in the bucket of its day and is copied into the bucket before when it is within
 * MAX_DAYS_APART days of its start, so every pair of articles close enough in time meets in the bucket of the
 * earlier one's day, which alone reports it. A bucket's work is bounded by its articles' candidates, not by the
 * size of the corpus.
 *
 * <p>An increment compares only pairs with a fresh article (new or changed since the links were stored): the links
 * between two others are kept from the last run.
 */
final class NearDuplicateBucket {
    static final int DAYS = 7;

    /**
     * @param day   epoch day of publication
     * @param fresh whether its links must be found (false: only its links to fresh articles are wanted)
     */
    record Sketch(String articleId, int day, long[] shingles, long[] bands, boolean fresh) {
    }

    record Link(String a, String b, double similarity) {
    }

    private NearDuplicateBucket() {
    }

    static long bucketOf(int day) {
        return Math.floorDiv(day, DAYS);
    }

    /** The buckets an article of {@code day} is sent to: its own and, near the start of it, the one before. */
    static long[] bucketsOf(int day) {
        long own = bucketOf(day);
        long earlier = bucketOf(day - DuplicateFinder.MAX_DAYS_APART);
        return earlier == own ? new long[] {own} : new long[] {own, earlier};
    }

    /** The links found in {@code bucket}, first article id before the second. */
    static List<Link> links(long bucket, List<Sketch> sketches) {
        Map<Long, List<Integer>> byBand = new HashMap<>();
        List<Link> links = new ArrayList<>();
        Map<Integer, Integer> shared = new HashMap<>();
        for (int i = 0; i < sketches.size(); i++) {
            Sketch sketch = sketches.get(i);
            shared.clear();
            for (long band : sketch.bands()) {
                List<Integer> earlier = byBand.computeIfAbsent(band, k -> new ArrayList<>(2));
                for (int j : earlier) {
                    if (sketch.fresh() || sketches.get(j).fresh()) {
                        shared.merge(j, 1, Integer::sum);
                    }
                }
                earlier.add(i);
            }
            for (Map.Entry<Integer, Integer> candidate : shared.entrySet()) {
                if (candidate.getValue() >= ShingleSketch.MIN_SHARED_BANDS) {
                    Link link = link(bucket, sketches.get(candidate.getKey()), sketch);
                    if (link != null) {
                        links.add(link);
                    }
                }
            }
        }
        return links;
    }

    private static Link link(long bucket, Sketch x, Sketch y) {
        if (Math.abs(x.day() - y.day()) > DuplicateFinder.MAX_DAYS_APART
                || bucketOf(Math.min(x.day(), y.day())) != bucket || x.articleId().equals(y.articleId())) {
            return null;
        }
        double similarity = ShingleSketch.jaccard(x.shingles(), y.shingles());
        if (similarity < DuplicateFinder.MIN_SIMILARITY) {
            return null;
        }
        return x.articleId().compareTo(y.articleId()) < 0 ? new Link(x.articleId(), y.articleId(), similarity)
                : new Link(y.articleId(), x.articleId(), similarity);
    }
}

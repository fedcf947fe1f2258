package org.akhbar.generate;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Draws items by rank with Zipf weights {@code 1 / rank^exponent}: a few items are everywhere, most are rare. */
final class ZipfSampler<T> {
    static final double NEWS_EXPONENT = 1.1;

    private final List<T> items;
    private final double[] cumulative;

    ZipfSampler(List<T> itemsByRank, double exponent) {
        if (itemsByRank.isEmpty()) {
            throw new IllegalArgumentException("nothing to sample from");
        }
        this.items = List.copyOf(itemsByRank);
        this.cumulative = new double[items.size()];
        double total = 0;
        for (int rank = 1; rank <= items.size(); rank++) {
            total += 1 / Math.pow(rank, exponent);
            cumulative[rank - 1] = total;
        }
    }

    T sample(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int at = Arrays.binarySearch(cumulative, target);
        return items.get(Math.min(at >= 0 ? at : -at - 1, items.size() - 1));
    }

    /** {@code count} distinct items, none of {@code taken}; fewer only when the list runs out. */
    List<T> sampleDistinct(SplittableRandom random, int count, List<T> taken) {
        java.util.ArrayList<T> chosen = new java.util.ArrayList<>(count);
        for (int tries = 0; chosen.size() < count && tries < count * 50; tries++) {
            T item = sample(random);
            if (!chosen.contains(item) && !taken.contains(item)) {
                chosen.add(item);
            }
        }
        return chosen;
    }

    int size() {
        return items.size();
    }
}

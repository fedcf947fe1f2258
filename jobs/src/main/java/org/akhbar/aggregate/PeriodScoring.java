package org.akhbar.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the co-occurrence of one period and window kind in plain Java, once over every article and once over one
 * article per duplicate cluster: a pair is scored when it and both its entities reach the minimum support of
 * windows, and kept when it is among the top K pairs (by NPMI, then G², then the partner's id) of its first
 * entity or among those of its second. Holds one period's entity and supported pair counts.
 */
final class PeriodScoring {
    /** A kept pair's statistics. */
    record Scored(long pairCount, long countA, long countB, long windows, double npmi, double g2) {
    }

    /** A kept pair: its statistics over every article, and over representatives (null where it fell out there). */
    record Row(int entityA, int entityB, Scored all, Scored deduplicated) {
    }

    private final int minSupport;
    private final int topK;
    private final long[] windows = new long[2];
    private final List<Map<Integer, Long>> entities = List.of(new HashMap<>(), new HashMap<>());
    private final List<List<long[]>> pairs = List.of(new ArrayList<>(), new ArrayList<>());

    PeriodScoring(int minSupport, int topK) {
        this.minSupport = minSupport;
        this.topK = topK;
    }

    void addWindows(long all, long deduplicated) {
        windows[0] += all;
        windows[1] += deduplicated;
    }

    void addEntity(int entity, long all, long deduplicated) {
        entities.get(0).merge(entity, all, Long::sum);
        entities.get(1).merge(entity, deduplicated, Long::sum);
    }

    /** One pair's counts, each pair once per period. */
    void addPair(int entityA, int entityB, long all, long deduplicated) {
        if (all >= minSupport) {
            pairs.get(0).add(new long[] {entityA, entityB, all});
        }
        if (deduplicated >= minSupport) {
            pairs.get(1).add(new long[] {entityA, entityB, deduplicated});
        }
    }

    /** The kept pairs, by first then second entity. */
    List<Row> rows() {
        Map<Long, Scored> deduplicated = new HashMap<>();
        for (Map.Entry<long[], Scored> kept : kept(1).entrySet()) {
            deduplicated.put(pairKey(kept.getKey()), kept.getValue());
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<long[], Scored> kept : kept(0).entrySet()) {
            long[] pair = kept.getKey();
            rows.add(new Row((int) pair[0], (int) pair[1], kept.getValue(), deduplicated.get(pairKey(pair))));
        }
        rows.sort(Comparator.comparingInt(Row::entityA).thenComparingInt(Row::entityB));
        return rows;
    }

    private static long pairKey(long[] pair) {
        return (pair[0] << 32) | pair[1];
    }

    private Map<long[], Scored> kept(int counted) {
        Map<Integer, Long> entityCounts = entities.get(counted);
        List<long[]> candidates = new ArrayList<>();
        List<Scored> scores = new ArrayList<>();
        for (long[] pair : pairs.get(counted)) {
            long countA = entityCounts.getOrDefault((int) pair[0], 0L);
            long countB = entityCounts.getOrDefault((int) pair[1], 0L);
            if (countA >= minSupport && countB >= minSupport) {
                long n = windows[counted];
                candidates.add(pair);
                scores.add(new Scored(pair[2], countA, countB, n, Association.npmi(pair[2], countA, countB, n),
                        Association.g2(pair[2], countA, countB, n)));
            }
        }
        boolean[] keep = new boolean[candidates.size()];
        markTop(candidates, scores, 0, keep);
        markTop(candidates, scores, 1, keep);
        Map<long[], Scored> out = new HashMap<>();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                out.put(candidates.get(i), scores.get(i));
            }
        }
        return out;
    }

    /** Marks the top K pairs of each entity in position {@code side} (0: first, 1: second) of its pairs. */
    private void markTop(List<long[]> candidates, List<Scored> scores, int side, boolean[] keep) {
        List<Integer> order = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingLong(i -> candidates.get(i)[side])
                .thenComparing((Integer i) -> scores.get(i).npmi(), Comparator.reverseOrder())
                .thenComparing((Integer i) -> scores.get(i).g2(), Comparator.reverseOrder())
                .thenComparingLong(i -> candidates.get(i)[1 - side]));
        long entity = Long.MIN_VALUE;
        int rank = 0;
        for (int i : order) {
            long current = candidates.get(i)[side];
            rank = current == entity ? rank + 1 : 1;
            entity = current;
            if (rank <= topK) {
                keep[i] = true;
            }
        }
    }
}

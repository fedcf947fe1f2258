package org.akhbar.bench.scale;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.akhbar.aggregate.ShingleSketch;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The limit that {@code news aggregate} is measured against (issue 18): its counting over the enriched tables in
 * one plain Java thread. Spark only loads the tables into arrays first, untimed. Then, timed: (1) duplicates:
 * exact copies by content hash; the 5-word shingles and banded MinHash keys of every dated body
 * ({@link ShingleSketch}), candidates sharing at least {@value #MIN_SHARED_BANDS} bands and published at most
 * {@value #MAX_DAYS_APART} days apart, their exact Jaccard (≥ {@value #MIN_JACCARD} links them), clusters by
 * union-find, the smallest article id representing each; (2) per article its {@value #SALIENT} most salient
 * entities (most mentions, then earliest), its article window and paragraph windows, counted by day, window kind,
 * deduplicated (only representatives) and entity, the windows per day, and the pairs of entities seen in at least
 * {@value #MIN_SUPPORT} windows of that kind over all time; sources and tags (not the site's box) by day; (3) the
 * day counts summed into weeks, months and all time, and NPMI of every pair at support. Usage:
 * {@code AggregateLimit WAREHOUSE}; prints one {@code key=value} line with each phase's seconds.
 */
public final class AggregateLimit {
    private static final int SALIENT = 20;
    private static final int MIN_SUPPORT = 3;
    private static final int MIN_SHARED_BANDS = 2;
    private static final int MAX_DAYS_APART = 3;
    private static final double MIN_JACCARD = 0.5;
    private static final int NONE = -1;

    private final int n;
    private final String[] ids;
    private final String[] bodies;
    private final String[] hashes;
    /** Epoch day of publication, or {@link #NONE}. */
    private final int[] days;
    private final int[][] entities;
    private final int[][] mentions;
    private final int[][] firstPositions;
    private final int[][][] paragraphs;
    private final int[][] tags;
    private final int[][] sources;
    private int entityCount;
    /** Printed, so that the scoring is not optimised away. */
    private static double npmiSum;

    private AggregateLimit(int n) {
        this.n = n;
        ids = new String[n];
        bodies = new String[n];
        hashes = new String[n];
        days = new int[n];
        entities = new int[n][];
        mentions = new int[n][];
        firstPositions = new int[n][];
        paragraphs = new int[n][][];
        tags = new int[n][];
        sources = new int[n][];
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: AggregateLimit WAREHOUSE");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().master("local[*]").appName("aggregate-limit")
                .config("spark.ui.enabled", "false").getOrCreate();
        AggregateLimit limit = load(spark, args[0]);
        spark.stop();
        limit.run();
    }

    private static AggregateLimit load(SparkSession spark, String warehouse) {
        List<Row> articles = spark.read().parquet(warehouse + "/articles")
                .select("article_id", "body", "content_hash", "published_date").collectAsList();
        AggregateLimit limit = new AggregateLimit(articles.size());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Row r = articles.get(i);
            limit.ids[i] = r.getString(0);
            limit.bodies[i] = r.getString(1);
            limit.hashes[i] = r.getString(2);
            limit.days[i] = r.isNullAt(3) ? NONE : (int) ((java.sql.Date) r.get(3)).toLocalDate().toEpochDay();
            index.put(limit.ids[i], i);
        }
        Map<String, Integer> entityIds = new HashMap<>();
        List<List<int[]>> perArticle = new ArrayList<>();
        List<List<int[]>> paragraphLists = new ArrayList<>();
        for (int i = 0; i < limit.n; i++) {
            perArticle.add(new ArrayList<>());
            paragraphLists.add(new ArrayList<>());
        }
        Iterator<Row> rows = spark.read().parquet(warehouse + "/article_entities")
                .select("article_id", "entity_id", "mentions", "first_position", "paragraphs").toLocalIterator();
        while (rows.hasNext()) {
            Row r = rows.next();
            int a = index.get(r.getString(0));
            int e = entityIds.computeIfAbsent(r.getString(1), k -> entityIds.size());
            perArticle.get(a).add(new int[] {e, r.getInt(2), r.getInt(3)});
            List<Integer> ps = r.getList(4);
            paragraphLists.get(a).add(ps.stream().mapToInt(Integer::intValue).toArray());
        }
        limit.entityCount = entityIds.size();
        for (int i = 0; i < limit.n; i++) {
            List<int[]> list = perArticle.get(i);
            limit.entities[i] = list.stream().mapToInt(x -> x[0]).toArray();
            limit.mentions[i] = list.stream().mapToInt(x -> x[1]).toArray();
            limit.firstPositions[i] = list.stream().mapToInt(x -> x[2]).toArray();
            limit.paragraphs[i] = paragraphLists.get(i).toArray(int[][]::new);
        }
        limit.loadKeys(spark, warehouse + "/article_tags", "tag", "NOT site_box", index, limit.tags);
        limit.loadKeys(spark, warehouse + "/article_sources", "concat(role, ':', source_name)", "true", index,
                limit.sources);
        return limit;
    }

    private void loadKeys(SparkSession spark, String table, String key, String where, Map<String, Integer> index,
                          int[][] into) {
        Map<String, Integer> keys = new HashMap<>();
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        Iterator<Row> rows = spark.read().parquet(table).where(where).selectExpr("article_id", key).toLocalIterator();
        while (rows.hasNext()) {
            Row r = rows.next();
            lists.get(index.get(r.getString(0))).add(keys.computeIfAbsent(r.getString(1), k -> keys.size()));
        }
        for (int i = 0; i < n; i++) {
            into[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private void run() {
        long t0 = System.nanoTime();
        Duplicates duplicates = duplicates();
        long t1 = System.nanoTime();
        Windows windows = windows(duplicates.representative);
        long t2 = System.nanoTime();
        long periodRows = rollUp(windows.counts) + rollUp(windows.keyCounts);
        long scored = score(windows.counts);
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "aggregate_limit articles=%d entities=%d candidates=%d near_links=%d "
                        + "clustered=%d windows=%d day_rows=%d period_rows=%d scored_pairs=%d duplicates_s=%.2f "
                        + "windows_s=%.2f periods_s=%.2f seconds=%.2f npmi_sum=%.1f%n", n, entityCount, duplicates.candidates,
                duplicates.nearLinks, duplicates.clustered, windows.windows, windows.counts.size()
                        + windows.keyCounts.size(), periodRows, scored, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                (t3 - t2) / 1e9, (t3 - t0) / 1e9, npmiSum);
    }

    private record Duplicates(boolean[] representative, long candidates, long nearLinks, long clustered) {
    }

    private Duplicates duplicates() {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstWithHash = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Integer first = firstWithHash.putIfAbsent(hashes[i], i);
            if (first != null) {
                union(parent, first, i);
            }
        }
        long[][] shingles = new long[n][];
        long[] bandEntries = new long[n * 25];
        int entries = 0;
        for (int i = 0; i < n; i++) {
            if (days[i] == NONE) {
                continue;
            }
            shingles[i] = ShingleSketch.shingleHashes(bodies[i]);
            for (long key : ShingleSketch.bandKeys(shingles[i])) {
                bandEntries[entries++] = (key & ~0xFFFFFFL) | i; // the key's high 40 bits, the article's 24
            }
        }
        Arrays.sort(bandEntries, 0, entries);
        LongCounts sharedBands = new LongCounts();
        for (int from = 0; from < entries; ) {
            int to = from + 1;
            while (to < entries && (bandEntries[to] & ~0xFFFFFFL) == (bandEntries[from] & ~0xFFFFFFL)) {
                to++;
            }
            for (int x = from; x < to; x++) {
                int a = (int) (bandEntries[x] & 0xFFFFFF);
                for (int y = x + 1; y < to; y++) {
                    int b = (int) (bandEntries[y] & 0xFFFFFF);
                    if (a != b && Math.abs(days[a] - days[b]) <= MAX_DAYS_APART) {
                        sharedBands.add(((long) Math.min(a, b) << 32) | Math.max(a, b), 1);
                    }
                }
            }
            from = to;
        }
        long[] candidates = {0, 0};
        sharedBands.forEach((pair, bands) -> {
            if (bands >= MIN_SHARED_BANDS) {
                candidates[0]++;
                int a = (int) (pair >>> 32);
                int b = (int) pair;
                if (ShingleSketch.jaccard(shingles[a], shingles[b]) >= MIN_JACCARD) {
                    candidates[1]++;
                    union(parent, a, b);
                }
            }
        });
        int[] smallest = new int[n];
        Arrays.fill(smallest, NONE);
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            size[root]++;
            if (smallest[root] == NONE || ids[i].compareTo(ids[smallest[root]]) < 0) {
                smallest[root] = i;
            }
        }
        boolean[] representative = new boolean[n];
        long clustered = 0;
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            representative[i] = smallest[root] == i;
            clustered += size[root] > 1 ? 1 : 0;
        }
        return new Duplicates(representative, candidates[0], candidates[1], clustered);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Day counts: windows and entities (b = 0) and pairs; sources and tags apart, keyed by their own ids. */
    private record Windows(LongCounts counts, LongCounts keyCounts, long windows) {
    }

    private Windows windows(boolean[] representative) {
        int[][] salient = new int[n][];
        for (int i = 0; i < n; i++) {
            salient[i] = salient(i);
        }
        // All-time windows of each entity, per window kind, decide which entities are paired.
        int[][] allTime = new int[2][entityCount];
        for (int i = 0; i < n; i++) {
            for (int s : salient[i]) {
                allTime[0][entities[i][s]]++;
                allTime[1][entities[i][s]] += paragraphs[i][s].length;
            }
        }
        LongCounts counts = new LongCounts();
        LongCounts keyCounts = new LongCounts();
        long windows = 0;
        int[] window = new int[SALIENT];
        for (int i = 0; i < n; i++) {
            int day = days[i] == NONE ? 0 : days[i] + 1;
            int[] dedups = representative[i] ? new int[] {0, 1} : new int[] {0};
            int size = 0;
            for (int s : salient[i]) {
                window[size++] = entities[i][s];
            }
            windows += count(counts, day, 0, dedups, window, size, allTime[0]);
            int[][] where = paragraphs[i];
            int[] segments = Arrays.stream(salient[i]).flatMap(s -> Arrays.stream(where[s])).distinct().toArray();
            for (int segment : segments) {
                size = 0;
                for (int s : salient[i]) {
                    if (contains(paragraphs[i][s], segment)) {
                        window[size++] = entities[i][s];
                    }
                }
                windows += count(counts, day, 1, dedups, window, size, allTime[1]);
            }
            for (int dedup : dedups) {
                for (int tag : tags[i]) {
                    keyCounts.add(key(day, 0, dedup, tag, 0), 1);
                }
                for (int source : sources[i]) {
                    keyCounts.add(key(day, 1, dedup, source, 0), 1);
                }
            }
        }
        return new Windows(counts, keyCounts, windows);
    }

    private int[] salient(int i) {
        Integer[] order = new Integer[entities[i].length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> mentions[i][x] != mentions[i][y] ? mentions[i][y] - mentions[i][x]
                : firstPositions[i][x] != firstPositions[i][y] ? firstPositions[i][x] - firstPositions[i][y]
                : Integer.compare(entities[i][x], entities[i][y]));
        return Arrays.stream(order).limit(SALIENT).mapToInt(Integer::intValue).toArray();
    }

    /** One window: its total, its entities and its pairs of frequent entities, for each dedup value. */
    private static long count(LongCounts counts, int day, int kind, int[] dedups, int[] window, int size,
                              int[] allTime) {
        if (size == 0) {
            return 0;
        }
        for (int dedup : dedups) {
            counts.add(key(day, kind, dedup, 0, 0), 1);
            for (int x = 0; x < size; x++) {
                counts.add(key(day, kind, dedup, window[x] + 1, 0), 1);
                if (allTime[window[x]] < MIN_SUPPORT) {
                    continue;
                }
                for (int y = x + 1; y < size; y++) {
                    if (allTime[window[y]] >= MIN_SUPPORT) {
                        int a = Math.min(window[x], window[y]);
                        int b = Math.max(window[x], window[y]);
                        counts.add(key(day, kind, dedup, a + 1, b + 1), 1);
                    }
                }
            }
        }
        return 1;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** 20 bits of period, 1 of kind, 1 of dedup, 21 of entity a + 1 (0: the window total), 21 of b + 1. */
    private static long key(int period, int kind, int dedup, int a, int b) {
        return ((long) period << 44) | ((long) kind << 43) | ((long) dedup << 42) | ((long) a << 21) | b;
    }

    /** Sums the day rows into weeks, months and all time; returns the rows of all four. */
    private static long rollUp(LongCounts days) {
        LongCounts weeks = new LongCounts();
        LongCounts months = new LongCounts();
        LongCounts all = new LongCounts();
        long[] dayRows = {0};
        days.forEach((key, count) -> {
            dayRows[0]++;
            int day = (int) (key >>> 44);
            long rest = key & ((1L << 44) - 1);
            if (day > 0) {
                LocalDate date = LocalDate.ofEpochDay(day - 1);
                long week = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toEpochDay() + 1;
                long month = date.withDayOfMonth(1).toEpochDay() + 1;
                weeks.add((week << 44) | rest, count);
                months.add((month << 44) | rest, count);
            }
            all.add(rest, count);
        });
        return dayRows[0] + weeks.size() + months.size() + all.size();
    }

    /** NPMI of every all-time pair at support (the period tables are scored alike; all time is the largest). */
    private static long score(LongCounts days) {
        LongCounts all = new LongCounts();
        days.forEach((key, count) -> {
            all.add(key & ((1L << 44) - 1), count);
        });
        long[] scored = {0};
        Map<Long, Long> singles = new HashMap<>();
        all.forEach((key, count) -> {
            if ((key & ((1L << 21) - 1)) == 0) {
                singles.put(key, count);
            }
        });
        double[] npmi = {0};
        all.forEach((key, pair) -> {
            long b = key & ((1L << 21) - 1);
            if (b != 0 && pair >= MIN_SUPPORT) {
                long head = key & ~((1L << 42) - 1);
                long a = (key >>> 21) & ((1L << 21) - 1);
                double total = singles.get(head);
                double pa = singles.get(head | (a << 21)) / total;
                double pb = singles.get(head | (b << 21)) / total;
                double pab = pair / total;
                npmi[0] += Math.log(pab / (pa * pb)) / -Math.log(pab);
                scored[0]++;
            }
        });
        npmiSum = npmi[0];
        return scored[0];
    }
}

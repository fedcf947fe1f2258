package org.akhbar.bench.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.akhbar.aggregate.ShingleSketch;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * How much the duplicate finder's banded MinHash misses (issue 18): over the dated articles of the last
 * {@code DAYS} publication days of a warehouse, every pair published at most 3 days apart is compared exactly (the
 * Jaccard similarity of the shingle sets), and the pairs at or above 0.5 and 0.6 are counted with how many of them
 * share the 2 bands that make a candidate. Also the candidates per article over those days. Usage:
 * {@code SketchRecall WAREHOUSE DAYS [LAST_DAY]} (the last day defaults to the latest publication day; a generated
 * corpus thins out in its last months, so name a busy day); prints one {@code key=value} line.
 */
public final class SketchRecall {
    private static final int MAX_DAYS_APART = 3;
    private static final int MIN_SHARED_BANDS = 2;

    private SketchRecall() {
    }

    public static void main(String[] args) {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: SketchRecall WAREHOUSE DAYS [LAST_DAY]");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().master("local[*]").appName("sketch-recall")
                .config("spark.ui.enabled", "false").getOrCreate();
        String articles = args[0] + "/articles";
        Object last = args.length == 3 ? args[2]
                : spark.read().parquet(articles).selectExpr("max(published_date)").first().get(0);
        List<Row> rows = spark.read().parquet(articles)
                .where("published_date <= to_date('" + last + "') AND published_date > date_sub(to_date('" + last
                        + "'), " + Integer.parseInt(args[1]) + ")")
                .selectExpr("datediff(published_date, to_date('1970-01-01')) AS day", "body").collectAsList();
        spark.stop();

        List<long[]> shingles = new ArrayList<>();
        List<long[]> bands = new ArrayList<>();
        List<Integer> days = new ArrayList<>();
        for (Row row : rows) {
            long[] hashes = ShingleSketch.shingleHashes(row.getString(1));
            if (hashes.length > 0) {
                shingles.add(hashes);
                bands.add(ShingleSketch.bandKeys(hashes));
                days.add(row.getInt(0));
            }
        }
        long pairs = 0;
        long candidates = 0;
        long[] similar = new long[2];
        long[] found = new long[2];
        double[] thresholds = {0.5, 0.6};
        for (int i = 0; i < shingles.size(); i++) {
            for (int j = i + 1; j < shingles.size(); j++) {
                if (Math.abs(days.get(i) - days.get(j)) > MAX_DAYS_APART) {
                    continue;
                }
                pairs++;
                boolean candidate = sharedBands(bands.get(i), bands.get(j)) >= MIN_SHARED_BANDS;
                candidates += candidate ? 1 : 0;
                double jaccard = ShingleSketch.jaccard(shingles.get(i), shingles.get(j));
                for (int t = 0; t < thresholds.length; t++) {
                    if (jaccard >= thresholds[t]) {
                        similar[t]++;
                        found[t] += candidate ? 1 : 0;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "sketch_recall articles=%d pairs_within_%d_days=%d candidates=%d"
                        + " candidates_per_article=%.2f pairs_at_0.5=%d found_at_0.5=%d recall_at_0.5=%.4f"
                        + " pairs_at_0.6=%d found_at_0.6=%d recall_at_0.6=%.4f%n", shingles.size(), MAX_DAYS_APART,
                pairs, candidates, 2.0 * candidates / shingles.size(), similar[0], found[0],
                (double) found[0] / similar[0], similar[1], found[1], (double) found[1] / similar[1]);
    }

    private static int sharedBands(long[] a, long[] b) {
        int shared = 0;
        for (int k = 0; k < a.length; k++) {
            shared += a[k] == b[k] ? 1 : 0;
        }
        return shared;
    }
}

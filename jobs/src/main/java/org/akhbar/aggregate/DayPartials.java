package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The day counts of articles, tags and sources, in one shuffle and one aggregation: each duplicate cluster's rows
 * of articles, article_tags and article_sources are brought together, {@link ClusterContributions} counts them in
 * plain Java into a bounded combiner ({@link DayCounts}), and the counts are summed by day and key.
 */
final class DayPartials {
    /** Keys a task sums in memory before handing its counts to the shuffle. */
    static final int COMBINER_KEYS = 200_000;

    private static final int ARTICLE = 0;
    private static final int TAG = 1;
    private static final int SOURCE = 2;
    private static final List<String> INPUT_COLUMNS = List.of("cluster_key", "article_id", "kind", "day", "tag",
            "role", "source_id", "source_name");

    private DayPartials() {
    }

    /**
     * @param articles   article_id, published_date
     * @param duplicates article_id, cluster_id of the members of clusters
     * @param tags       article_id, tag: the tags counted
     * @param sources    article_id, role, source_id, source_name
     * @return the rows of {@link DayCounts#SCHEMA} with day (DATE) for day_number
     */
    static Dataset<Row> compute(Dataset<Row> articles, Dataset<Row> duplicates, Dataset<Row> tags,
                                Dataset<Row> sources) {
        Dataset<Row> rows = articles.select(col("article_id"), lit(ARTICLE).as("kind"),
                        coalesce(datediff(col("published_date"), lit("1970-01-01")), lit(DayCounts.UNDATED)).as("day"))
                .unionByName(tags.select(col("article_id"), lit(TAG).as("kind"), col("tag")), true)
                .unionByName(sources.select(col("article_id"), lit(SOURCE).as("kind"), col("role"),
                        col("source_id"), col("source_name")), true)
                // Few articles are duplicates: their cluster ids travel to every task instead of the rows to them.
                .join(broadcast(duplicates.select("article_id", "cluster_id")), Cooccurrence.seq(List.of("article_id")),
                        "left")
                .withColumn("cluster_key", coalesce(col("cluster_id"), col("article_id")))
                .select(Cooccurrence.cols(INPUT_COLUMNS));
        Dataset<Row> counts = rows.repartition(col("cluster_key"))
                .sortWithinPartitions("cluster_key", "article_id", "kind")
                .mapPartitions((MapPartitionsFunction<Row, Row>) Counter::new, Encoders.row(DayCounts.SCHEMA));
        // Sums only: an aggregate of text (the smallest name) would turn Spark's hash aggregation into a sort.
        return withDate(counts.groupBy("measure", "day_number", "window_kind", "entity_a", "entity_b", "role",
                        "name", "source_id", "source_name")
                .agg(sum("count").as("count"), sum("count_dedup").as("count_dedup")));
    }

    /** day_number replaced by the DATE day. */
    static Dataset<Row> withDate(Dataset<Row> counts) {
        return counts.withColumn("day", org.apache.spark.sql.functions.date_add(lit("1970-01-01").cast("date"),
                col("day_number"))).drop("day_number");
    }

    /** Reads the clusters of a partition sorted by cluster and article, and yields their combined counts. */
    private static final class Counter implements Iterator<Row> {
        private final Iterator<Row> sorted;
        private final DayCounts counts = new DayCounts(COMBINER_KEYS);
        private Row next;
        private Iterator<Map.Entry<DayCounts.Key, DayCounts.Tally>> ready = List.<Map.Entry<DayCounts.Key,
                DayCounts.Tally>>of().iterator();
        private boolean drained;

        Counter(Iterator<Row> sorted) {
            this.sorted = sorted;
            this.next = sorted.hasNext() ? sorted.next() : null;
        }

        @Override
        public boolean hasNext() {
            while (!ready.hasNext()) {
                if (next == null) {
                    if (drained) {
                        return false;
                    }
                    drained = true;
                } else {
                    addCluster();
                    if (!counts.full()) {
                        continue;
                    }
                }
                ready = counts.drain().iterator();
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return DayCounts.row(ready.next());
        }

        private void addCluster() {
            String cluster = next.getString(0);
            List<ClusterContributions.ArticleInput> members = new ArrayList<>();
            while (next != null && next.getString(0).equals(cluster)) {
                ClusterContributions.ArticleInput article = readArticle();
                if (article != null) {
                    members.add(article);
                }
            }
            if (!members.isEmpty()) {
                ClusterContributions.add(cluster, members, counts);
            }
        }

        /** The rows of the next article; null when it has no row in articles. */
        private ClusterContributions.ArticleInput readArticle() {
            String cluster = next.getString(0);
            String id = next.getString(1);
            Integer day = null;
            Set<String> tags = new LinkedHashSet<>();
            List<ClusterContributions.SourceMention> sources = new ArrayList<>();
            for (; next != null && next.getString(0).equals(cluster) && next.getString(1).equals(id);
                 next = sorted.hasNext() ? sorted.next() : null) {
                switch (next.getInt(2)) {
                    case ARTICLE -> day = day == null ? next.getInt(3) : day;
                    case TAG -> tags.add(next.getString(4));
                    default -> sources.add(new ClusterContributions.SourceMention(next.getString(5),
                            next.getString(6), next.getString(7)));
                }
            }
            return day == null ? null : new ClusterContributions.ArticleInput(id, day, tags, sources);
        }
    }
}

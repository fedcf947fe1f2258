package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.akhbar.dump.InputException;
import org.akhbar.job.RunLog;
import org.akhbar.job.WarehouseRun;
import org.akhbar.table.TableCommitter;
import org.akhbar.table.TableWriter;
import org.akhbar.table.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Enriched tables → {@code article_duplicates}, {@code entity_cooccurrence}, {@code source_counts},
 * {@code tag_frequencies}, all keyed by period_type and period_start; deduplicated figures give one vote per
 * duplicate cluster. Every aggregate is recomputed from the per-article tables.
 */
public final class AggregateJob {
    private final SparkSession spark;

    public AggregateJob(SparkSession spark) {
        this.spark = spark;
    }

    public AggregateSummary run(AggregateOptions options, String runId) throws IOException {
        Instant startedAt = Instant.now();
        long started = System.nanoTime();
        WarehouseRun run = WarehouseRun.open(spark, options.warehouse());
        Warehouse warehouse = run.warehouse();
        TableCommitter committer = run.committer();
        for (String needed : List.of("articles", "article_entities", "article_tags", "article_sources")) {
            if (!warehouse.exists(needed)) {
                throw new InputException("no " + needed + " table in " + options.warehouse()
                        + ": run news ingest and news enrich first");
            }
        }
        TableWriter writer = new TableWriter(committer, runId);

        Dataset<Row> articles = warehouse.read("articles")
                .select("article_id", "body", "content_hash", "published_date");
        Dataset<Row> duplicates = new DuplicateFinder(spark).find(articles).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            writer.replace("article_duplicates", duplicates.coalesce(1), List.of(), List.of("cluster_id",
                    "article_id"));
            Dataset<Row> clusterKeys = articles.select("article_id", "published_date")
                    .join(duplicates.select("article_id", "cluster_id"), "article_id", "left")
                    .withColumn("cluster_key", coalesce(col("cluster_id"), col("article_id")))
                    .drop("cluster_id").persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> representatives = clusterKeys.where(col("cluster_key").equalTo(col("article_id")))
                    .select("article_id");
            Dataset<Row> totals = PeriodCounts.periodTotals(clusterKeys);

            Dataset<Row> pairs = new Cooccurrence(spark, options.cooccurrence())
                    .compute(warehouse.read("article_entities"), representatives);
            writer.replace("entity_cooccurrence", pairs, List.of(), List.of("period_type", "period_start", "window",
                    "entity_a", "entity_b"));
            Dataset<Row> sources = warehouse.read("article_sources").drop("published_date")
                    .join(clusterKeys, "article_id");
            writer.replace("source_counts", PeriodCounts.sourceCounts(sources, totals), List.of(),
                    List.of("period_type", "period_start", "role", "source_name"));
            Dataset<Row> tags = warehouse.read("article_tags").select("article_id", "tag", "site_box")
                    .join(clusterKeys, "article_id");
            writer.replace("tag_frequencies", PeriodCounts.tagFrequencies(tags, totals, options.includeSiteBox()),
                    List.of(), List.of("period_type", "period_start", "rank", "tag"));

            AggregateSummary summary = new AggregateSummary(runId, articles.count(), duplicates.count(),
                    duplicates.select("cluster_id").distinct().count(), warehouse.read("entity_cooccurrence").count(),
                    warehouse.read("source_counts").count(), warehouse.read("tag_frequencies").count(),
                    (System.nanoTime() - started) / 1e9);
            RunLog.append(spark, warehouse, writer, RunLog.RunRecord.ofTables(runId, "aggregate", startedAt,
                    summary.seconds(), summary.articles(), parameters(options)));
            clusterKeys.unpersist();
            return summary;
        } finally {
            duplicates.unpersist();
        }
    }

    private static Map<String, String> parameters(AggregateOptions options) {
        Cooccurrence.Parameters p = options.cooccurrence();
        return Map.of("cooccurrence_max_entities_per_window", Integer.toString(p.maxEntitiesPerWindow()),
                "cooccurrence_min_support", Integer.toString(p.minSupport()),
                "cooccurrence_top_k", Integer.toString(p.topK()),
                "cooccurrence_log", "natural",
                "duplicates_min_jaccard", Double.toString(DuplicateFinder.MIN_SIMILARITY),
                "duplicates_max_days_apart", Integer.toString(DuplicateFinder.MAX_DAYS_APART),
                "duplicates_minhash_tables", Integer.toString(DuplicateFinder.HASH_TABLES),
                "trend_previous_periods", Integer.toString(PeriodCounts.TREND_PERIODS),
                "include_site_box_tags", Boolean.toString(options.includeSiteBox()));
    }
}

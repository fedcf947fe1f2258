package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.akhbar.InputException;
import org.akhbar.job.RunLog;
import org.akhbar.job.WarehouseRun;
import org.akhbar.table.Scratch;
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
 * duplicate cluster. A run recomputes only the periods holding articles whose contribution changed since the last
 * run (see {@link AggregateInputs}) and keeps the stored rows of the others; all-time co-occurrence is summed from
 * the stored month counts.
 */
public final class AggregateJob {
    /** The tables an incremental run updates: without any of them, every period is recomputed. */
    private static final List<String> OUTPUTS = List.of("source_counts", "tag_frequencies", "entity_cooccurrence",
            "cooccurrence_month_counts", "aggregate_inputs");

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
        Scratch scratch = new Scratch(spark, warehouse, runId);
        Dataset<Row> duplicates = new DuplicateFinder(spark, scratch).find(articles)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> clusterKeys = null;
        try {
            writer.replace("article_duplicates", duplicates.coalesce(1), List.of(), List.of("cluster_id",
                    "article_id"));
            clusterKeys = articles.select("article_id", "published_date")
                    .join(duplicates.select("article_id", "cluster_id"), "article_id", "left")
                    .withColumn("cluster_key", coalesce(col("cluster_id"), col("article_id")))
                    .drop("cluster_id").persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> entities = warehouse.read("article_entities");
            Dataset<Row> tags = warehouse.read("article_tags").select("article_id", "tag", "site_box")
                    .join(clusterKeys, "article_id");
            Dataset<Row> sources = warehouse.read("article_sources").drop("published_date")
                    .join(clusterKeys, "article_id");
            Dataset<Row> fingerprints = AggregateInputs.fingerprints(clusterKeys, entities, tags, sources,
                    new TreeMap<>(parameters(options)).toString()).persist(StorageLevel.MEMORY_AND_DISK());
            boolean incremental = !options.recomputeAll() && allExist(warehouse, OUTPUTS)
                    && hasCurrentLayout(warehouse);
            TouchedPeriods touched = incremental
                    ? AggregateInputs.touched(fingerprints, warehouse.read("aggregate_inputs"))
                    : TouchedPeriods.everything();

            // Both are read by several branches of the writes below, which would otherwise compute them again.
            Dataset<Row> totals = scratch.materialize("period_totals", PeriodCounts.periodTotals(clusterKeys, touched));
            writer.replace("source_counts", kept(PeriodCounts.sourceCounts(sources, totals, touched),
                    incremental ? warehouse.read("source_counts") : null, touched), List.of(),
                    List.of("period_type", "period_start", "role", "source_name"));
            Dataset<Row> tagCounts = scratch.materialize("tag_counts", kept(PeriodCounts.tagCounts(tags, totals,
                    options.includeSiteBox(), touched), incremental
                    ? warehouse.read("tag_frequencies").drop("trend_score", "is_new") : null, touched));
            writer.replace("tag_frequencies", PeriodCounts.withTrends(tagCounts), List.of(),
                    List.of("period_type", "period_start", "rank", "tag"));

            Dataset<Row> representatives = clusterKeys.where(col("cluster_key").equalTo(col("article_id")))
                    .select("article_id");
            CooccurrenceUpdate.Result cooccurrence = new CooccurrenceUpdate(
                    new Cooccurrence(spark, options.cooccurrence()), scratch).update(entities, representatives,
                    touched, incremental ? warehouse.read("cooccurrence_month_counts") : null,
                    incremental ? warehouse.read("entity_cooccurrence") : null);
            writer.replace("entity_cooccurrence", cooccurrence.table(), List.of(), List.of("period_type",
                    "period_start", "window_kind", "entity_a", "entity_b"));
            writer.replace("cooccurrence_month_counts", cooccurrence.monthCounts(), List.of(),
                    List.of("period_start", "window_kind", "deduplicated", "entity_a", "entity_b"));
            writer.replace("aggregate_inputs", fingerprints, List.of(), List.of("article_id"));
            fingerprints.unpersist();

            AggregateSummary summary = new AggregateSummary(runId, articles.count(), duplicates.count(),
                    duplicates.select("cluster_id").distinct().count(), touched.describe(),
                    warehouse.read("entity_cooccurrence").count(), warehouse.read("source_counts").count(),
                    warehouse.read("tag_frequencies").count(), (System.nanoTime() - started) / 1e9);
            Map<String, String> recorded = new TreeMap<>(parameters(options));
            recorded.put("periods_recomputed", touched.describe());
            RunLog.append(spark, warehouse, writer, RunLog.RunRecord.ofTables(runId, "aggregate", startedAt,
                    summary.seconds(), summary.articles(), recorded));
            return summary;
        } finally {
            duplicates.unpersist();
            if (clusterKeys != null) {
                clusterKeys.unpersist();
            }
            scratch.close();
        }
    }

    private static boolean allExist(Warehouse warehouse, List<String> tables) throws IOException {
        for (String table : tables) {
            if (!warehouse.exists(table)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the stored co-occurrence tables have today's columns: those written before 0.2.0 name
     * {@code window_kind} {@code window}, and a run over them recomputes every period instead of adding to them.
     */
    private static boolean hasCurrentLayout(Warehouse warehouse) {
        return List.of("entity_cooccurrence", "cooccurrence_month_counts").stream()
                .allMatch(t -> warehouse.storedColumns(t).contains("window_kind"));
    }

    /** The recomputed rows, with the stored rows of every period not recomputed (none on a full run). */
    private static Dataset<Row> kept(Dataset<Row> recomputed, Dataset<Row> stored, TouchedPeriods touched) {
        return stored == null ? recomputed : recomputed.unionByName(stored.where(
                org.apache.spark.sql.functions.not(touched.periodFilter(col("period_type"), col("period_start")))));
    }

    private static Map<String, String> parameters(AggregateOptions options) {
        Cooccurrence.Parameters p = options.cooccurrence();
        return Map.of("cooccurrence_max_entities_per_window", Integer.toString(p.maxEntitiesPerWindow()),
                "cooccurrence_min_support", Integer.toString(p.minSupport()),
                "cooccurrence_top_k", Integer.toString(p.topK()),
                "cooccurrence_log", "natural",
                "duplicates_min_jaccard", Double.toString(DuplicateFinder.MIN_SIMILARITY),
                "duplicates_max_days_apart", Integer.toString(DuplicateFinder.MAX_DAYS_APART),
                "duplicates_minhash_bands", ShingleSketch.BANDS + "x" + ShingleSketch.ROWS + " one-permutation, "
                        + ShingleSketch.MIN_SHARED_BANDS + " shared",
                "trend_previous_periods", Integer.toString(PeriodCounts.TREND_PERIODS),
                "include_site_box_tags", Boolean.toString(options.includeSiteBox()));
    }
}

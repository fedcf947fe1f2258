package org.akhbar.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.akhbar.dump.InputFile;
import org.akhbar.dump.InputLister;
import org.akhbar.progress.ProgressSink;
import org.akhbar.progress.ReadCounters;
import org.akhbar.table.TableCommitter;
import org.akhbar.table.TableSchemas;
import org.akhbar.table.TableWriter;
import org.akhbar.table.Warehouse;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Dumps → {@code articles}, {@code rejects}, {@code ingest_manifest} and a {@code runs} row. The driver lists the
 * inputs and skips those the manifest shows unchanged; tasks read and parse the rest (see {@link DumpParsing});
 * one cached pass feeds every table; a full run replaces the tables, an increment rewrites only the
 * {@code published_month} partitions of articles it touches, and of rejects and the manifest this run's
 * {@code ingested_month} and those of the files it read again.
 */
public final class IngestJob {
    private static final List<String> ARTICLE_SORT = List.of("published_month", "published_at", "article_id");
    private static final String INGESTED = TableSchemas.INGEST_PARTITION_COLUMN;
    private static final List<String> REJECT_SORT = List.of(INGESTED, "source_file", "source_entry", "record_index");
    private static final List<String> MANIFEST_SORT = List.of(INGESTED, "source_uri");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);
    private static final String EMPTY_REASON = "empty_reason";
    private static final String EMPTY_KEY = IngestRows.FILE + ":";

    private final SparkSession spark;
    private final ProgressSink progress;

    public IngestJob(SparkSession spark) {
        this(spark, ProgressSink.NONE);
    }

    public IngestJob(SparkSession spark, ProgressSink progress) {
        this.spark = spark;
        this.progress = progress;
    }

    public IngestSummary run(IngestOptions options, String runId) throws IOException {
        Instant startedAt = Instant.now();
        long started = System.nanoTime();
        WarehouseRun run = WarehouseRun.open(spark, options.warehouse());
        Warehouse warehouse = run.warehouse();
        TableCommitter committer = run.committer();
        TableWriter writer = new TableWriter(committer, runId);

        List<InputFile> listed = new InputLister(spark.sparkContext().hadoopConfiguration()).list(options.inputs());
        boolean full = options.full() || !warehouse.exists("articles") || !warehouse.exists("ingest_manifest");
        IngestPlan plan = full ? IngestPlan.all(listed)
                : IngestPlan.against(spark, listed, warehouse.read("ingest_manifest"));

        ReadCounters read = ReadCounters.register(spark.sparkContext());
        progress.reading(read, plan.toRead().size(), plan.bytesToRead());
        Dataset<Row> items = new DumpParsing(spark, options, read).parse(plan.toRead())
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<String, Long> counts = countByOutcome(items);
            IngestSummary summary = new IngestSummary(runId, IngestSummary.COMMITTED, plan.toRead().size(),
                    plan.filesSkipped(), emptyFiles(items, counts), counts.getOrDefault(IngestRows.ARTICLE, 0L),
                    counts.getOrDefault(IngestRows.REJECT, 0L), plan.recordsSkipped(), plan.bytesToRead(),
                    (System.nanoTime() - started) / 1e9, 0);
            if (summary.rejectRate() > options.maxRejectRate()) {
                summary = refuse(summary, warehouse, items, runId, MONTH.format(startedAt));
            } else if (full) {
                commitFull(writer, items, runId, MONTH.format(startedAt));
            } else if (!plan.toRead().isEmpty()) {
                summary = withReplacedOtherText(summary, commitIncrement(writer, warehouse, items, runId,
                        MONTH.format(startedAt)));
            }
            summary = withSeconds(summary, started);
            RunLog.append(spark, warehouse, writer, RunLog.RunRecord.of(summary, "ingest", startedAt, full,
                    options.inputs(), options.maxRejectRate(), parameters(options)));
            return summary;
        } finally {
            items.unpersist();
        }
    }

    private void commitFull(TableWriter writer, Dataset<Row> items, String runId, String month) throws IOException {
        writer.replace("articles", outcome(items, IngestRows.ARTICLE), List.of("published_month"), ARTICLE_SORT);
        writer.replace("rejects", ingested(outcome(items, IngestRows.REJECT), month), List.of(INGESTED),
                REJECT_SORT);
        writer.replace("ingest_manifest", ingested(manifestRows(items, runId), month), List.of(INGESTED),
                MANIFEST_SORT);
    }

    /**
     * Rows of re-read files (changed since the last run) and rows whose id comes again are replaced; only the
     * months holding new or replaced rows are rewritten. Returns how many replaced rows came from another file
     * with another text: the same path under another input root, which is a dump moved (same text) or another
     * dump whose files are named alike (the user is told).
     */
    private long commitIncrement(TableWriter writer, Warehouse warehouse, Dataset<Row> items, String runId,
                                 String month) throws IOException {
        Dataset<Row> readUris = outcome(items, IngestRows.FILE).select("source_uri").distinct();
        Dataset<Row> fresh = TableWriter.conform(outcome(items, IngestRows.ARTICLE),
                TableSchemas.load("articles"));
        Dataset<Row> old = warehouse.read("articles");
        Dataset<Row> incoming = fresh.select(col("article_id"), col("source_uri").as("incoming_uri"),
                col("content_hash").as("incoming_hash"));
        long replacedOtherText = old.join(incoming, "article_id")
                .where(col("source_uri").notEqual(col("incoming_uri"))
                        .and(col("content_hash").notEqual(col("incoming_hash"))))
                .count();
        Dataset<Row> replaced = old.join(readUris, old.col("source_uri").equalTo(readUris.col("source_uri")),
                        "left_semi")
                .unionByName(old.join(fresh.select("article_id"), "article_id", "left_semi"));
        List<String> months = fresh.select("published_month").union(replaced.select("published_month"))
                .distinct().as(Encoders.STRING()).collectAsList();
        if (!months.isEmpty()) {
            Dataset<Row> kept = old.where(col("published_month").isin(months.toArray()))
                    .join(readUris, old.col("source_uri").equalTo(readUris.col("source_uri")), "left_anti")
                    .join(fresh.select("article_id"), "article_id", "left_anti");
            writer.replacePartitions("articles", kept.unionByName(fresh), "published_month",
                    months.stream().sorted().toList(), ARTICLE_SORT);
        }
        replaceFileRows(writer, warehouse, "rejects", outcome(items, IngestRows.REJECT), readUris, month,
                REJECT_SORT);
        replaceFileRows(writer, warehouse, "ingest_manifest", manifestRows(items, runId), readUris, month,
                MANIFEST_SORT);
        return replacedOtherText;
    }

    /**
     * The rows of the files read ({@code fresh}, in this run's {@code month}) in place of the stored rows of the same
     * files: only the months holding either are rewritten. A table written before it was partitioned is written
     * whole once, its rows in this run's month.
     */
    private static void replaceFileRows(TableWriter writer, Warehouse warehouse, String table, Dataset<Row> fresh,
                                        Dataset<Row> readUris, String month, List<String> sort) throws IOException {
        StructType schema = TableSchemas.load(table);
        boolean partitioned = !warehouse.holdsFilesAtTop(table);
        Dataset<Row> stored = warehouse.read(table);
        Set<String> months = new TreeSet<>(List.of(month));
        if (partitioned) {
            months.addAll(stored.join(readUris, "source_uri", "left_semi").select(INGESTED).distinct()
                    .as(Encoders.STRING()).collectAsList());
        }
        Dataset<Row> kept = (partitioned ? stored.where(col(INGESTED).isin(months.toArray())) : stored
                .withColumn(INGESTED, lit(month)))
                .join(readUris, "source_uri", "left_anti");
        Dataset<Row> rows = TableWriter.conform(kept, schema)
                .unionByName(TableWriter.conform(ingested(fresh, month), schema)).repartition(col(INGESTED));
        if (partitioned) {
            writer.replacePartitions(table, rows, INGESTED, List.copyOf(months), sort);
        } else {
            writer.replace(table, rows, List.of(INGESTED), sort);
        }
    }

    /** The rows of files read in this run, in its month. */
    private static Dataset<Row> ingested(Dataset<Row> rows, String month) {
        return rows.withColumn(INGESTED, lit(month));
    }

    /** Too many rejects: no table is replaced; the rejects are kept beside the warehouse for inspection. */
    private IngestSummary refuse(IngestSummary summary, Warehouse warehouse, Dataset<Row> items, String runId,
                                 String month) {
        String report = new Path(warehouse.root(), "_refused/" + runId + "/rejects").toString();
        TableWriter.conform(ingested(outcome(items, IngestRows.REJECT), month),
                        TableSchemas.load("rejects"))
                .coalesce(1).write().parquet(report);
        System.err.printf("news: %d of %d records were rejected (%.1f%%, above the limit); no table was replaced."
                        + " The rejects are in %s%n", summary.rejects(), summary.articles() + summary.rejects(),
                summary.rejectRate() * 100, report);
        return new IngestSummary(summary.runId(), IngestSummary.REFUSED, summary.filesRead(), summary.filesSkipped(),
                summary.filesEmpty(), summary.articles(), summary.rejects(), summary.recordsSkipped(), summary.bytesRead(),
                summary.seconds(), 0);
    }

    /** One manifest row per file read, with how many of its records became articles and rejects. */
    private static Dataset<Row> manifestRows(Dataset<Row> items, String runId) {
        Dataset<Row> perFile = items.where(col(IngestRows.OUTCOME).notEqual(IngestRows.FILE))
                .groupBy(col("source_uri").as("counted_uri"))
                .agg(sum(when(col(IngestRows.OUTCOME).equalTo(IngestRows.ARTICLE), 1L).otherwise(0L)).as("a"),
                        sum(when(col(IngestRows.OUTCOME).equalTo(IngestRows.REJECT), 1L).otherwise(0L)).as("r"));
        Dataset<Row> files = outcome(items, IngestRows.FILE).drop("articles", "rejects", "run_id");
        return files.join(perFile, files.col("source_uri").equalTo(perFile.col("counted_uri")), "left")
                .withColumn("articles", coalesce(col("a"), lit(0L)))
                .withColumn("rejects", coalesce(col("r"), lit(0L)))
                .withColumn("run_id", lit(runId));
    }

    /** Rows by outcome, and the files that gave no record by reason, under {@code file:REASON}. */
    private static Map<String, Long> countByOutcome(Dataset<Row> items) {
        Map<String, Long> counts = new TreeMap<>();
        for (Row r : items.groupBy(IngestRows.OUTCOME, EMPTY_REASON).count().collectAsList()) {
            counts.merge(r.getString(0), r.getLong(2), Long::sum);
            if (!r.isNullAt(1)) {
                counts.put(EMPTY_KEY + r.getString(1), r.getLong(2));
            }
        }
        return counts;
    }

    private static EmptyFiles emptyFiles(Dataset<Row> items, Map<String, Long> counts) {
        Map<String, Long> byReason = new TreeMap<>();
        counts.forEach((key, n) -> {
            if (key.startsWith(EMPTY_KEY)) {
                byReason.put(key.substring(EMPTY_KEY.length()), n);
            }
        });
        if (byReason.isEmpty()) {
            return EmptyFiles.NONE;
        }
        List<EmptyFiles.Example> examples = outcome(items, IngestRows.FILE).where(col(EMPTY_REASON).isNotNull())
                .select("source_file", EMPTY_REASON).orderBy("source_file").limit(EmptyFiles.MAX_EXAMPLES)
                .collectAsList().stream().map(r -> new EmptyFiles.Example(r.getString(0), r.getString(1))).toList();
        return EmptyFiles.of(byReason, examples);
    }

    private static Dataset<Row> outcome(Dataset<Row> items, String outcome) {
        Column is = col(IngestRows.OUTCOME).equalTo(outcome);
        return items.where(is);
    }

    private static IngestSummary withSeconds(IngestSummary s, long started) {
        return new IngestSummary(s.runId(), s.status(), s.filesRead(), s.filesSkipped(), s.filesEmpty(), s.articles(),
                s.rejects(), s.recordsSkipped(), s.bytesRead(), (System.nanoTime() - started) / 1e9,
                s.replacedOtherText());
    }

    private static IngestSummary withReplacedOtherText(IngestSummary s, long replaced) {
        return new IngestSummary(s.runId(), s.status(), s.filesRead(), s.filesSkipped(), s.filesEmpty(), s.articles(),
                s.rejects(), s.recordsSkipped(), s.bytesRead(), s.seconds(), replaced);
    }

    private static Map<String, String> parameters(IngestOptions options) {
        Map<String, String> p = new TreeMap<>();
        p.put("max_record_bytes", Long.toString(options.limits().maxRecordBytes()));
        p.put("max_expansion_ratio", Double.toString(options.limits().maxExpansionRatio()));
        p.put("max_split_bytes", Long.toString(options.maxSplitBytes()));
        p.put("jsonl_fields", options.jsonFields().fields().toString());
        return p;
    }
}

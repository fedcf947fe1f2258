package org.akhbar.job;

import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.akhbar.dump.DumpReader;
import org.akhbar.dump.InputFile;
import org.akhbar.dump.InputLister;
import org.akhbar.dump.IngestOutcome;
import org.akhbar.dump.SplitPlanner;
import org.akhbar.table.CrashTestHook;
import org.akhbar.table.TableCommitter;
import org.akhbar.table.TableWriter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Dumps → {@code articles} + {@code rejects}. The driver lists the inputs and packs them into splits; each task
 * reads its files through the Hadoop FileSystem API and parses them in plain Java; one cached pass feeds both
 * tables, which are then swapped into the warehouse.
 */
public final class IngestJob {
    private final SparkSession spark;

    public IngestJob(SparkSession spark) {
        this.spark = spark;
    }

    public IngestSummary run(IngestOptions options, String runId) throws IOException {
        long started = System.nanoTime();
        WarehouseConventions.apply(spark);
        Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
        Path warehouse = new Path(options.warehouse());
        FileSystem fs = warehouse.getFileSystem(hadoopConf);
        TableCommitter committer =
                new TableCommitter(fs, fs.makeQualified(warehouse), CrashTestHook.fromSystemProperty());
        committer.recover().forEach(repair -> System.err.println("repaired warehouse: " + repair));

        List<InputFile> files = new InputLister(hadoopConf).list(options.inputs());
        Dataset<Row> outcomes = parse(files, options).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            TableWriter writer = new TableWriter(committer, runId);
            writer.replace("articles", outcomes.filter(isOutcome(IngestRows.ARTICLE)),
                    List.of("published_month"), List.of("published_month", "published_at", "article_id"));
            writer.replace("rejects", outcomes.filter(isOutcome(IngestRows.REJECT)),
                    List.of(), List.of("source_file", "source_entry", "record_index"));
            return summarize(outcomes, files, runId, started);
        } finally {
            outcomes.unpersist();
        }
    }

    /** One row per input record, article or reject. */
    Dataset<Row> parse(List<InputFile> files, IngestOptions options) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<SplitPlanner.Split> splits =
                SplitPlanner.plan(files, jsc.defaultParallelism(), options.maxSplitBytes());
        Broadcast<Map<String, String>> conf = jsc.broadcast(copyOf(jsc.hadoopConfiguration()));
        StructType schema = IngestRows.schema();
        IngestRows.Builder rows = new IngestRows.Builder(schema);
        long maxRecordBytes = options.maxRecordBytes();
        JavaRDD<Row> parsed = jsc.parallelize(splits, Math.max(1, splits.size()))
                .mapPartitions(it -> readSplits(it, new DumpReader(rebuild(conf.value()), maxRecordBytes), rows));
        return spark.createDataFrame(parsed, schema);
    }

    private static Iterator<Row> readSplits(Iterator<SplitPlanner.Split> splits, DumpReader reader,
                                            IngestRows.Builder rows) {
        return new Iterator<>() {
            private final Iterator<InputFile> files = flatten(splits);
            private Iterator<IngestOutcome> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && files.hasNext()) {
                    current = reader.read(files.next());
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return rows.toRow(current.next());
            }
        };
    }

    private static Iterator<InputFile> flatten(Iterator<SplitPlanner.Split> splits) {
        java.util.List<InputFile> all = new java.util.ArrayList<>();
        splits.forEachRemaining(split -> all.addAll(split.files()));
        return all.iterator();
    }

    private IngestSummary summarize(Dataset<Row> outcomes, List<InputFile> files, String runId, long started) {
        long articles = 0;
        long rejects = 0;
        for (Row r : outcomes.groupBy(IngestRows.OUTCOME).count().collectAsList()) {
            if (IngestRows.ARTICLE.equals(r.getString(0))) {
                articles = r.getLong(1);
            } else {
                rejects = r.getLong(1);
            }
        }
        long bytes = files.stream().mapToLong(InputFile::size).sum();
        double seconds = (System.nanoTime() - started) / 1e9;
        return new IngestSummary(runId, files.size(), articles, rejects, bytes, seconds);
    }

    private static org.apache.spark.sql.Column isOutcome(String outcome) {
        return functions.col(IngestRows.OUTCOME).equalTo(outcome);
    }

    private static Map<String, String> copyOf(Configuration conf) {
        Map<String, String> copy = new HashMap<>();
        conf.forEach(e -> copy.put(e.getKey(), e.getValue()));
        return copy;
    }

    private static Configuration rebuild(Map<String, String> entries) {
        Configuration conf = new Configuration(false);
        entries.forEach(conf::set);
        return conf;
    }
}

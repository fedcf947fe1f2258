package org.akhbar.job;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.akhbar.table.TableSchemas;
import org.akhbar.table.TableWriter;
import org.akhbar.table.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** The {@code runs} table: one row per run, appended by rewriting the (small) table through the committer. */
final class RunLog {
    private RunLog() {
    }

    /** What one run records beyond its summary. */
    record RunFacts(String command, Instant startedAt, boolean fullRun, List<String> inputs, double maxRejectRate,
                    Map<String, String> parameters) {
    }

    static void append(SparkSession spark, Warehouse warehouse, TableWriter writer, IngestSummary s, RunFacts facts)
            throws IOException {
        StructType schema = TableSchemas.load("runs");
        Instant finished = Instant.now();
        Row row = RowFactory.create(s.runId(), facts.command(), s.status(), facts.startedAt(), finished,
                s.seconds(), facts.fullRun(), toScala(facts.inputs()), s.filesSeen(), s.filesRead(),
                s.filesSkipped(), s.recordsSeen(), s.articles(), s.rejects(), s.recordsSkipped(), s.bytesRead(),
                s.rejectRate(), facts.maxRejectRate(), version(), toScala(facts.parameters()));
        Dataset<Row> added = spark.createDataFrame(List.of(row), schema);
        Dataset<Row> all = warehouse.exists("runs") ? warehouse.read("runs").unionByName(added) : added;
        writer.replace("runs", all.coalesce(1), List.of(), List.of("run_id"));
    }

    static String version() {
        String version = RunLog.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    private static scala.collection.immutable.Seq<String> toScala(List<String> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }

    private static scala.collection.immutable.Map<String, String> toScala(Map<String, String> values) {
        return scala.collection.immutable.Map.from(scala.jdk.javaapi.CollectionConverters.asScala(values));
    }
}

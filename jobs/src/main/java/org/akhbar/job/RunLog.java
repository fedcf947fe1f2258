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

/** The {@code runs} table: one row per run, appended by rewriting the (small) table through the committer. */
public final class RunLog {
    private RunLog() {
    }

    /** One run as the runs table records it. */
    public record RunRecord(String runId, String command, String status, Instant startedAt, double seconds, boolean fullRun,
                     List<String> inputs, long filesRead, long filesSkipped, long articles, long rejects,
                     long recordsSkipped, long bytesRead, double maxRejectRate, Map<String, String> parameters) {

        static RunRecord of(IngestSummary s, String command, Instant startedAt, boolean fullRun, List<String> inputs,
                            double maxRejectRate, Map<String, String> parameters) {
            return new RunRecord(s.runId(), command, s.status(), startedAt, s.seconds(), fullRun, inputs,
                    s.filesRead(), s.filesSkipped(), s.articles(), s.rejects(), s.recordsSkipped(), s.bytesRead(),
                    maxRejectRate, parameters);
        }

        /** A run that reads the warehouse, not dumps: only its article count and parameters. */
        public static RunRecord ofTables(String runId, String command, Instant startedAt, double seconds,
                                         long articles, Map<String, String> parameters) {
            return ofTables(runId, command, "committed", startedAt, seconds, articles, parameters);
        }

        /** The same with another status: {@code unchanged} for a run that found nothing to recompute. */
        public static RunRecord ofTables(String runId, String command, String status, Instant startedAt,
                                         double seconds, long articles, Map<String, String> parameters) {
            return new RunRecord(runId, command, status, startedAt, seconds, true, List.of(), 0, 0, articles, 0, 0,
                    0, 0, parameters);
        }

        double rejectRate() {
            return articles + rejects == 0 ? 0 : (double) rejects / (articles + rejects);
        }
    }

    public static void append(SparkSession spark, Warehouse warehouse, TableWriter writer, RunRecord r) throws IOException {
        Row row = RowFactory.create(r.runId(), r.command(), r.status(), r.startedAt(), Instant.now(), r.seconds(),
                r.fullRun(), toScala(r.inputs()), r.filesRead() + r.filesSkipped(), r.filesRead(), r.filesSkipped(),
                r.articles() + r.rejects() + r.recordsSkipped(), r.articles(), r.rejects(), r.recordsSkipped(),
                r.bytesRead(), r.rejectRate(), r.maxRejectRate(), BuildVersion.get(), toScala(r.parameters()));
        Dataset<Row> added = spark.createDataFrame(List.of(row), TableSchemas.load("runs"));
        Dataset<Row> all = warehouse.exists("runs") ? warehouse.read("runs").unionByName(added) : added;
        writer.replace("runs", all.coalesce(1), List.of(), List.of("run_id"));
    }

    private static scala.collection.immutable.Seq<String> toScala(List<String> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }

    private static scala.collection.immutable.Map<String, String> toScala(Map<String, String> values) {
        return scala.collection.immutable.Map.from(scala.jdk.javaapi.CollectionConverters.asScala(values));
    }
}

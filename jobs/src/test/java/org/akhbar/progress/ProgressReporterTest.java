package org.akhbar.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.akhbar.testing.SharedSpark;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    @Test
    void whileIngestReadsTheLineCountsFilesAndBytesThenGoesQuiet() {
        SparkSession spark = SharedSpark.session();
        ReadCounters counters = ReadCounters.register(spark.sparkContext());
        try (ProgressReporter progress = ProgressReporter.start(spark.sparkContext(), ProgressMode.OFF, 10,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            progress.phase("ingest");
            progress.reading(counters, 4, 4_000_000);
            counters.fileRead(1_000_000);
            assertTrue(progress.line().startsWith("ingest: 1 of 4 files, 1.00 MB of 4.00 MB (25.0%), "),
                    progress.line());
            for (int i = 0; i < 3; i++) {
                counters.fileRead(1_000_000);
            }
            assertNull(progress.line(), "all read and no Spark stage running: nothing to show");
            progress.done();
            assertNull(progress.line());
        }
    }

    @Test
    void inLogModeARunningStageIsReportedOnPlainLines() {
        SparkSession spark = SharedSpark.session();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ProgressReporter progress = ProgressReporter.start(spark.sparkContext(), ProgressMode.LOG, 1,
                new PrintStream(err, true, StandardCharsets.UTF_8))) {
            progress.phase("aggregate");
            JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(List.of(1, 2), 2)
                    .map(i -> {
                        Thread.sleep(2500);
                        return i;
                    }).collect();
        }
        String lines = err.toString(StandardCharsets.UTF_8);
        assertTrue(lines.matches("(?s)\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ progress aggregate:"
                + " stage \\d+, [01] of 2 tasks \\(\\d+ stages? done\\)\n.*"), lines);
        assertEquals(-1, lines.indexOf('\r'), "no terminal control in a log");
    }
}

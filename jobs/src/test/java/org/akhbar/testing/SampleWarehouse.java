package org.akhbar.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.akhbar.aggregate.AggregateJob;
import org.akhbar.aggregate.AggregateOptions;
import org.akhbar.aggregate.Cooccurrence;
import org.akhbar.enrich.EnrichJob;
import org.akhbar.enrich.EnrichOptions;
import org.akhbar.enrich.EnrichSummary;
import org.akhbar.job.IngestJob;
import org.akhbar.job.IngestOptions;
import org.akhbar.job.IngestSummary;

/** One ingest, enrich and aggregate of {@link MixedDump} for the whole test JVM, read by the table tests. */
public final class SampleWarehouse {
    private static Path warehouse;
    private static Path dump;
    private static IngestSummary summary;
    private static EnrichSummary enrichSummary;

    private SampleWarehouse() {
    }

    public static synchronized Path path() {
        if (warehouse == null) {
            try {
                Path root = Files.createTempDirectory("akhbar-sample");
                dump = MixedDump.write(root.resolve("dump"));
                warehouse = root.resolve("warehouse");
                summary = ingest(List.of(dump.toString()), warehouse, "sample-run");
                if (summary.refused()) {
                    throw new IllegalStateException("the sample run was refused: " + summary.line());
                }
                enrichSummary = new EnrichJob(SharedSpark.session())
                        .run(new EnrichOptions(warehouse.toString(), null, false, true), "sample-enrich");
                new AggregateJob(SharedSpark.session()).run(new AggregateOptions(warehouse.toString(),
                        Cooccurrence.Parameters.defaults(), false), "sample-aggregate");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return warehouse;
    }

    public static synchronized IngestSummary summary() {
        path();
        return summary;
    }

    public static synchronized EnrichSummary enrichSummary() {
        path();
        return enrichSummary;
    }

    public static synchronized Path dump() {
        path();
        return dump;
    }

    /** Ingests with default options, except that any share of rejects is accepted (the fixtures are mostly bad). */
    public static IngestSummary ingest(List<String> inputs, Path warehouse, String runId) throws IOException {
        return ingest(IngestOptions.of(inputs, warehouse.toString()).withMaxRejectRate(1.0), runId);
    }

    public static IngestSummary ingest(IngestOptions options, String runId) throws IOException {
        return new IngestJob(SharedSpark.session()).run(options, runId);
    }
}

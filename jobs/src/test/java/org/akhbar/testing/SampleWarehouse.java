package org.akhbar.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.akhbar.job.IngestJob;
import org.akhbar.job.IngestOptions;
import org.akhbar.job.IngestSummary;

/** One ingest of {@link MixedDump} for the whole test JVM, read by the table tests. */
public final class SampleWarehouse {
    private static Path warehouse;
    private static Path dump;
    private static IngestSummary summary;

    private SampleWarehouse() {
    }

    public static synchronized Path path() {
        if (warehouse == null) {
            try {
                Path root = Files.createTempDirectory("akhbar-sample");
                dump = MixedDump.write(root.resolve("dump"));
                warehouse = root.resolve("warehouse");
                summary = ingest(List.of(dump.toString()), warehouse, "sample-run");
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

    public static synchronized Path dump() {
        path();
        return dump;
    }

    public static IngestSummary ingest(List<String> inputs, Path warehouse, String runId) throws IOException {
        IngestOptions options = new IngestOptions(inputs, warehouse.toString(),
                IngestOptions.DEFAULT_MAX_RECORD_BYTES, IngestOptions.DEFAULT_MAX_SPLIT_BYTES);
        return new IngestJob(SharedSpark.session()).run(options, runId);
    }
}

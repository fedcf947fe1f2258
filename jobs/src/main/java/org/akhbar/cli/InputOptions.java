package org.akhbar.cli;

import java.util.List;
import org.akhbar.job.IngestOptions;
import picocli.CommandLine.Option;

/** The options of every subcommand that reads dumps. */
final class InputOptions {
    @Option(names = "--input", paramLabel = "PATH", arity = "1..*", required = true,
            description = "Dump files, folders or globs (quote globs); .txt and .txt.gz, one article per file.")
    List<String> inputs;

    @Option(names = "--max-record-bytes", paramLabel = "BYTES",
            defaultValue = "" + IngestOptions.DEFAULT_MAX_RECORD_BYTES,
            description = "Reject records larger than this after decompression (default: ${DEFAULT-VALUE}).")
    long maxRecordBytes;

    @Option(names = "--max-split-bytes", paramLabel = "BYTES",
            defaultValue = "" + IngestOptions.DEFAULT_MAX_SPLIT_BYTES,
            description = "Most input bytes one Spark task reads (default: ${DEFAULT-VALUE}).")
    long maxSplitBytes;

    IngestOptions toIngestOptions(String warehouse) {
        return new IngestOptions(inputs, warehouse, maxRecordBytes, maxSplitBytes);
    }
}

package org.akhbar.cli;

import java.util.List;
import org.akhbar.dump.JsonFields;
import org.akhbar.dump.ReadLimits;
import org.akhbar.job.IngestOptions;
import picocli.CommandLine.Option;

/** The options of every subcommand that reads dumps. */
final class InputOptions {
    @Option(names = "--input", paramLabel = "PATH", arity = "1..*", required = true,
            description = {"Dump files, folders or globs (quote globs) on any Hadoop file system: pages (.txt, no"
                    + " extension, .gz, .bz2), archives of pages (.tar, .tar.gz, .tgz, .tar.bz2, .zip) and JSON"
                    + " Lines exports (.jsonl, .jsonl.gz)."})
    List<String> inputs;

    @Option(names = "--full", description = "Re-ingest every input, not only those new or changed since the last run"
            + " (with pipeline: and enrich and aggregate every article again).")
    boolean full;

    @Option(names = "--max-reject-rate", paramLabel = "RATE",
            defaultValue = "" + IngestOptions.DEFAULT_MAX_REJECT_RATE,
            description = "Refuse the run (exit 1, no table replaced) when a larger share of its records are"
                    + " rejected (default: ${DEFAULT-VALUE}).")
    double maxRejectRate;

    @Option(names = "--jsonl-fields", paramLabel = "KEY=FIELD,...",
            description = "Where JSON Lines records keep each field, e.g. title=title,body=content,source=source,"
                    + "published=date_extracted,url=url,site=site (keys: title, body, source, published, crawled,"
                    + " url, site, tags; a field may be a dotted path; unnamed keys use the field of the same name).")
    String jsonlFields;

    @Option(names = "--max-record-bytes", paramLabel = "BYTES",
            defaultValue = "" + ReadLimits.DEFAULT_MAX_RECORD_BYTES,
            description = "Reject records larger than this after decompression (default: ${DEFAULT-VALUE}).")
    long maxRecordBytes;

    @Option(names = "--max-expansion-ratio", paramLabel = "RATIO",
            defaultValue = "" + ReadLimits.DEFAULT_MAX_EXPANSION_RATIO,
            description = "Stop reading a compressed file that expands more than this many times its stored size,"
                    + " once past 64 MiB (default: ${DEFAULT-VALUE}).")
    double maxExpansionRatio;

    @Option(names = "--max-split-bytes", paramLabel = "BYTES",
            defaultValue = "" + IngestOptions.DEFAULT_MAX_SPLIT_BYTES,
            description = "Most input bytes one Spark task reads (default: ${DEFAULT-VALUE}).")
    long maxSplitBytes;

    IngestOptions toIngestOptions(String warehouse) {
        ReadLimits limits = new ReadLimits(maxRecordBytes, maxExpansionRatio, ReadLimits.DEFAULT_BOMB_CHECK_BYTES);
        return new IngestOptions(inputs, warehouse, limits, maxSplitBytes, full, maxRejectRate,
                JsonFields.parse(jsonlFields));
    }
}

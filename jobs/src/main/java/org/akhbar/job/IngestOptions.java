package org.akhbar.job;

import java.util.List;

/**
 * What an ingest run reads and where it writes.
 *
 * @param inputs         files, folders or globs on any Hadoop file system
 * @param warehouse      the warehouse folder holding one folder per table
 * @param maxRecordBytes records larger than this after decompression are rejected as {@code too_large}
 * @param maxSplitBytes  the most input bytes one Spark task reads
 */
public record IngestOptions(List<String> inputs, String warehouse, long maxRecordBytes, long maxSplitBytes) {
    public static final long DEFAULT_MAX_RECORD_BYTES = 16L * 1024 * 1024;
    public static final long DEFAULT_MAX_SPLIT_BYTES = 64L * 1024 * 1024;

    public IngestOptions {
        inputs = List.copyOf(inputs);
    }
}

package org.akhbar.job;

import java.util.List;
import org.akhbar.dump.JsonFields;
import org.akhbar.dump.ReadLimits;

/**
 * What an ingest run reads, where it writes, and the limits it holds to.
 *
 * @param inputs        files, folders or globs on any Hadoop file system
 * @param warehouse     the warehouse folder holding one folder per table
 * @param limits        record size cap and compression-bomb ratio
 * @param maxSplitBytes the most input bytes one Spark task reads
 * @param full          re-ingest every input instead of only those new or changed since the manifest
 * @param maxRejectRate above this share of rejects the run is refused and no table is replaced
 * @param jsonFields    where JSON Lines exports keep each article field
 */
public record IngestOptions(List<String> inputs, String warehouse, ReadLimits limits, long maxSplitBytes,
                            boolean full, double maxRejectRate, JsonFields jsonFields) {
    public static final long DEFAULT_MAX_SPLIT_BYTES = 64L * 1024 * 1024;
    public static final double DEFAULT_MAX_REJECT_RATE = 0.05;

    public IngestOptions {
        inputs = List.copyOf(inputs);
    }

    /** Defaults for everything but the paths. */
    public static IngestOptions of(List<String> inputs, String warehouse) {
        return new IngestOptions(inputs, warehouse, ReadLimits.defaults(), DEFAULT_MAX_SPLIT_BYTES, false,
                DEFAULT_MAX_REJECT_RATE, JsonFields.defaults());
    }

    public IngestOptions withFull(boolean full) {
        return new IngestOptions(inputs, warehouse, limits, maxSplitBytes, full, maxRejectRate, jsonFields);
    }

    public IngestOptions withMaxRejectRate(double rate) {
        return new IngestOptions(inputs, warehouse, limits, maxSplitBytes, full, rate, jsonFields);
    }

    public IngestOptions withLimits(ReadLimits newLimits) {
        return new IngestOptions(inputs, warehouse, newLimits, maxSplitBytes, full, maxRejectRate, jsonFields);
    }
}

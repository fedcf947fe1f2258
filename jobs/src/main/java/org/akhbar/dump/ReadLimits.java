package org.akhbar.dump;

import java.io.Serializable;

/**
 * Bounds that keep one hostile or broken input from exhausting a task.
 *
 * @param maxRecordBytes     a record larger than this after decompression is rejected ({@code too_large})
 * @param maxExpansionRatio  decompressed / stored bytes above which a file is a {@code compression_bomb}
 * @param bombCheckBytes     the ratio is only judged once this many bytes were decompressed, so that small,
 *                           highly repetitive files are not flagged
 */
public record ReadLimits(long maxRecordBytes, double maxExpansionRatio, long bombCheckBytes) implements Serializable {
    public static final long DEFAULT_MAX_RECORD_BYTES = 16L * 1024 * 1024;
    public static final double DEFAULT_MAX_EXPANSION_RATIO = 100;
    public static final long DEFAULT_BOMB_CHECK_BYTES = 64L * 1024 * 1024;

    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_EXPANSION_RATIO, DEFAULT_BOMB_CHECK_BYTES);
    }

    public ReadLimits withMaxRecordBytes(long bytes) {
        return new ReadLimits(bytes, maxExpansionRatio, bombCheckBytes);
    }
}

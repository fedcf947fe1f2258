package org.akhbar.job;

import java.util.Locale;

/** The counts of one ingest run; {@link #line()} is the one-line summary every run ends with. */
public record IngestSummary(String runId, long filesRead, long articles, long rejects, long bytesRead,
                            double seconds) {

    public double megabytesPerSecond() {
        return seconds <= 0 ? 0 : bytesRead / 1e6 / seconds;
    }

    public String line() {
        return String.format(Locale.ROOT,
                "ingest %s: %d files read, %d articles, %d rejects, %.2f MB in %.1f s (%.2f MB/s)",
                runId, filesRead, articles, rejects, bytesRead / 1e6, seconds, megabytesPerSecond());
    }
}

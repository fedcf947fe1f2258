package org.akhbar.job;

import java.util.Locale;

/** The counts of one ingest run; {@link #line()} is the one-line summary every run ends with. */
public record IngestSummary(String runId, String status, long filesRead, long filesSkipped, long articles,
                            long rejects, long recordsSkipped, long bytesRead, double seconds) {
    public static final String COMMITTED = "committed";
    public static final String REFUSED = "refused";

    public long filesSeen() {
        return filesRead + filesSkipped;
    }

    /** Every record accounted for: articles + rejects + records of files skipped as already ingested. */
    public long recordsSeen() {
        return articles + rejects + recordsSkipped;
    }

    public double rejectRate() {
        return articles + rejects == 0 ? 0 : (double) rejects / (articles + rejects);
    }

    public double megabytesPerSecond() {
        return seconds <= 0 ? 0 : bytesRead / 1e6 / seconds;
    }

    public boolean refused() {
        return REFUSED.equals(status);
    }

    public String line() {
        return String.format(Locale.ROOT,
                "ingest %s %s: %d files read (%d skipped as already ingested), %d records = %d articles + %d rejects"
                        + " + %d skipped; %.2f MB in %.1f s (%.2f MB/s)",
                runId, status, filesRead, filesSkipped, recordsSeen(), articles, rejects, recordsSkipped,
                bytesRead / 1e6, seconds, megabytesPerSecond());
    }
}

package org.akhbar.job;

import java.util.Locale;

/** The counts of one ingest run; {@link #line()} is the one-line summary every run ends with. */
public record IngestSummary(String runId, String status, long filesRead, long filesSkipped, EmptyFiles filesEmpty,
                            long articles, long rejects, long recordsSkipped, long bytesRead, double seconds,
                            long replacedOtherText) {
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
                "ingest %s %s: %d files read (%d skipped as already ingested%s), %d records = %d articles + %d rejects"
                        + " + %d skipped; %.2f MB in %.1f s (%.2f MB/s)",
                runId, status, filesRead, filesSkipped, filesEmpty.count() == 0 ? "" : "; " + filesEmpty.phrase(),
                recordsSeen(), articles, rejects, recordsSkipped, bytesRead / 1e6, seconds, megabytesPerSecond());
    }

    /**
     * The summary line, then a line for each kind of file that gave no record, naming them, and one when records
     * replaced articles of the same id that came from another file with another text.
     */
    public String lines() {
        java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of(line()));
        lines.addAll(filesEmpty.lines());
        if (replacedOtherText > 0) {
            lines.add(String.format(Locale.ROOT, "%d articles replaced articles of another file with another text"
                    + " under the same path: ids come from the path under the input root, so give each dump a path"
                    + " of its own (or pass their common parent folder as the input)", replacedOtherText));
        }
        return String.join("\n", lines);
    }
}

package org.akhbar.progress;

/** What a job tells the progress display; {@link #NONE} for runs nobody watches (tests, notebooks). */
public interface ProgressSink {
    ProgressSink NONE = new ProgressSink() {
    };

    /** Ingest knows its inputs: these counters will reach {@code files} and {@code bytes} when all are read. */
    default void reading(ReadCounters counters, long files, long bytes) {
    }
}

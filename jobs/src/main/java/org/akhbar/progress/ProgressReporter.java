package org.akhbar.progress;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;

/**
 * Shows how far a command has come, on stderr so it never mixes with data on stdout: while ingest reads, files
 * and bytes done, rate and time left (from {@link ReadCounters}); otherwise the running Spark stage and its
 * tasks (from a {@link StageListener}). On a terminal one line is rewritten every second; elsewhere a plain,
 * timestamped line is printed every few seconds while work runs.
 */
public final class ProgressReporter implements ProgressSink, AutoCloseable {
    private static final long TERMINAL_REFRESH_MILLIS = 1000;

    private final SparkContext spark;
    private final ProgressMode mode;
    private final PrintStream out;
    private final StageListener stages = new StageListener();
    private final ScheduledExecutorService timer;
    private String phase;
    private Reading reading;
    private int shownWidth;

    private record Reading(ReadCounters counters, long files, long bytes, long startedNanos) {
        ReadProgress now() {
            return new ReadProgress(counters.files(), files, counters.bytes(), bytes,
                    (System.nanoTime() - startedNanos) / 1e9);
        }
    }

    private ProgressReporter(SparkContext spark, ProgressMode mode, PrintStream out) {
        this.spark = spark;
        this.mode = mode;
        this.out = out;
        this.timer = mode == ProgressMode.OFF ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param mode         AUTO is resolved here, from whether the JVM has a terminal
     * @param everySeconds seconds between lines in LOG mode
     */
    public static ProgressReporter start(SparkContext spark, ProgressMode mode, int everySeconds, PrintStream out) {
        ProgressReporter reporter = new ProgressReporter(spark, mode.resolve(System.console() != null), out);
        if (reporter.timer != null) {
            spark.addSparkListener(reporter.stages);
            long period = reporter.mode == ProgressMode.TTY ? TERMINAL_REFRESH_MILLIS
                    : TimeUnit.SECONDS.toMillis(Math.max(1, everySeconds));
            reporter.timer.scheduleAtFixedRate(reporter::show, period, period, TimeUnit.MILLISECONDS);
        }
        return reporter;
    }

    /** A named part of the command starts (ingest, enrich, aggregate). */
    public synchronized void phase(String name) {
        phase = name;
        reading = null;
    }

    /** The current part is over: its line is erased, so the summary printed next stands alone. */
    public synchronized void done() {
        phase = null;
        reading = null;
        erase();
    }

    @Override
    public synchronized void reading(ReadCounters counters, long files, long bytes) {
        reading = new Reading(counters, files, bytes, System.nanoTime());
    }

    /** What the line says now; null while no phase runs or Spark is idle. */
    synchronized String line() {
        if (phase == null) {
            return null;
        }
        if (reading != null) {
            ReadProgress read = reading.now();
            if (!read.finished()) {
                return phase + ": " + read.describe();
            }
        }
        return stages.current().map(stage -> phase + ": " + stage.describe()).orElse(null);
    }

    private synchronized void show() {
        String line = line();
        if (line == null) {
            return;
        }
        if (mode == ProgressMode.TTY) {
            out.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
            shownWidth = line.length();
        } else {
            out.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " progress " + line);
        }
        out.flush();
    }

    private void erase() {
        if (shownWidth > 0) {
            out.print("\r" + " ".repeat(shownWidth) + "\r");
            out.flush();
            shownWidth = 0;
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            spark.removeSparkListener(stages);
        }
        done();
    }
}

package org.akhbar.cli;

import org.akhbar.progress.ProgressMode;
import org.akhbar.progress.ProgressReporter;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/** {@code --progress} and {@code --progress-every}, taken by the commands that run long. */
final class ProgressOptions {
    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "${env:AKHBAR_PROGRESS:-auto}",
            description = "Progress on stderr: tty (one line updated in place), log (a line every"
                    + " --progress-every seconds), off, or auto: tty on a terminal, else log (default: auto;"
                    + " environment: AKHBAR_PROGRESS).")
    ProgressMode mode;

    @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "10",
            description = "Seconds between progress lines in log mode (default: ${DEFAULT-VALUE}).")
    int everySeconds;

    ProgressReporter start(SparkSession spark) {
        return ProgressReporter.start(spark.sparkContext(), mode, everySeconds, System.err);
    }
}

package org.akhbar.cli;

import org.apache.spark.sql.SparkSession;

/**
 * The SparkSession of one command run: stopped at the end only when this run started it, so a command run inside a
 * JVM that already has a session (tests, notebooks, a pipeline step) leaves that session running.
 */
final class CommandSession implements AutoCloseable {
    private final SparkSession spark;
    private final boolean startedHere;

    private CommandSession(SparkSession spark, boolean startedHere) {
        this.spark = spark;
        this.startedHere = startedHere;
    }

    static CommandSession start(String appName) {
        boolean running = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
        return new CommandSession(Sessions.start(appName), !running);
    }

    SparkSession spark() {
        return spark;
    }

    @Override
    public void close() {
        if (startedHere) {
            spark.stop();
        }
    }
}

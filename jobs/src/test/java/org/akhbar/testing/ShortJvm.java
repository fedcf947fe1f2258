package org.akhbar.testing;

/**
 * JVM flags for the short-lived JVMs the tests start (launchers, cluster daemons, notebook kernels): the C1
 * compiler only and the serial collector. On a 2-core machine the C2 compiler threads of a one-minute Spark run
 * cost more than they win back: a pipeline over the seeds took 94 user seconds with them and 54 without.
 */
public final class ShortJvm {
    public static final String FLAGS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private ShortJvm() {
    }
}

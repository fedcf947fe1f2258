package org.akhbar.testing;

import org.akhbar.job.WarehouseConventions;
import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession of the test JVM: starting Spark costs seconds, so every test class shares it.
 * Two cores and few shuffle partitions, sized for a 2-core machine.
 */
public final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {
    }

    public static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .appName("akhbar tests")
                    .master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .config("spark.sql.parquet.compression.codec", "zstd")
                    .getOrCreate();
            WarehouseConventions.apply(session);
        }
        return session;
    }
}

package org.akhbar.job;

import org.apache.spark.sql.SparkSession;

/**
 * Settings that are part of the tables' contract rather than tuning: every timestamp is UTC, written as standard
 * Parquet INT64 microseconds (not Spark's legacy INT96) so any engine reads it, and rows carry java.time values.
 */
public final class WarehouseConventions {
    private WarehouseConventions() {
    }

    public static void apply(SparkSession spark) {
        spark.conf().set("spark.sql.session.timeZone", "UTC");
        spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    }
}

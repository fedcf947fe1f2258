package org.akhbar.cli;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Starts the SparkSession of a command. The master comes from spark-submit or from bin/news
 * ({@code -Dspark.master}); a plain {@code java} start with neither runs embedded on all local cores.
 */
final class Sessions {
    private Sessions() {
    }

    static SparkSession start(String appName) {
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        return builder.getOrCreate();
    }
}

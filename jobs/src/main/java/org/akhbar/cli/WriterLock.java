package org.akhbar.cli;

import java.io.IOException;
import org.akhbar.lock.WarehouseLock;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import scala.Tuple2;

/**
 * The warehouse lock of a command that writes tables, taken before Spark starts so that a refused run ends in
 * a second instead of after a Spark start.
 */
final class WriterLock {
    private static final String HADOOP_PREFIX = "spark.hadoop.";

    private WriterLock() {
    }

    static WarehouseLock take(WarehouseOption warehouse, String command) throws IOException {
        return WarehouseLock.acquire(warehouse.warehouse, hadoopConf(), "news " + command);
    }

    /** What the session's Hadoop configuration will hold: the defaults plus every {@code spark.hadoop.*}. */
    private static Configuration hadoopConf() {
        Configuration conf = new Configuration();
        for (Tuple2<String, String> entry : new SparkConf().getAllWithPrefix(HADOOP_PREFIX)) {
            conf.set(entry._1(), entry._2());
        }
        return conf;
    }
}

package org.akhbar.table;

import java.io.IOException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Intermediate results of a run written as Parquet under {@code _scratch/} in the warehouse and read back. A job
 * whose steps each read the previous ones several times otherwise carries every step's whole plan along, and
 * plans (and Spark's plan descriptions) grow with each reuse; unlike a cache or a local checkpoint, the files
 * survive the loss of an executor. The folder is removed when the run ends, and by the next run after a crash.
 */
public final class Scratch implements AutoCloseable {
    private static final String FOLDER = "_scratch";

    private final SparkSession spark;
    private final Warehouse warehouse;
    private final Path root;

    public Scratch(SparkSession spark, Warehouse warehouse, String runId) throws IOException {
        this.spark = spark;
        this.warehouse = warehouse;
        Path all = new Path(warehouse.root(), FOLDER);
        warehouse.fileSystem().delete(all, true);
        this.root = new Path(all, runId);
    }

    public Dataset<Row> materialize(String name, Dataset<Row> rows) {
        String path = new Path(root, name).toString();
        spark.sparkContext().setJobDescription("scratch " + name);
        try {
            rows.write().mode(SaveMode.Overwrite).parquet(path);
        } finally {
            spark.sparkContext().setJobDescription(null);
        }
        return spark.read().parquet(path);
    }

    @Override
    public void close() throws IOException {
        warehouse.fileSystem().delete(new Path(warehouse.root(), FOLDER), true);
    }
}

package org.akhbar.table;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A warehouse folder: one sub-folder per table, read with each table's declared schema (so columns added in a
 * later version read as null from older files, and nothing is inferred).
 */
public final class Warehouse {
    private final SparkSession spark;
    private final FileSystem fs;
    private final Path root;

    public Warehouse(SparkSession spark, String location) throws IOException {
        this.spark = spark;
        Path path = new Path(location);
        this.fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        this.root = fs.makeQualified(path);
    }

    public FileSystem fileSystem() {
        return fs;
    }

    public Path root() {
        return root;
    }

    public Path tablePath(String table) {
        return new Path(root, table);
    }

    /** True when the table has been committed at least once. */
    public boolean exists(String table) throws IOException {
        return fs.exists(new Path(tablePath(table), "_SUCCESS"));
    }

    public Dataset<Row> read(String table) {
        return spark.read().schema(TableSchemas.load(table)).parquet(tablePath(table).toString());
    }

    public TableCommitter committer(CommitHook hook) {
        return new TableCommitter(fs, root, hook);
    }
}

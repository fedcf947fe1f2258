package org.akhbar.table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
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

    /**
     * The committed tables, sorted by name: direct sub-folders with a {@code _SUCCESS} marker whose names do not start
     * with {@code _} or {@code .} (those hold staging, journals and trash).
     */
    public List<String> tables() throws IOException {
        List<String> tables = new ArrayList<>();
        for (FileStatus child : fs.listStatus(root)) {
            String name = child.getPath().getName();
            if (child.isDirectory() && !name.startsWith("_") && !name.startsWith(".") && exists(name)) {
                tables.add(name);
            }
        }
        tables.sort(null);
        return tables;
    }

    /** Registers every committed table as a temporary view named like its folder; returns the tables' names. */
    public List<String> registerViews() throws IOException {
        List<String> tables = tables();
        for (String table : tables) {
            readAny(table).createOrReplaceTempView(table);
        }
        return tables;
    }

    /** A table read with its declared schema, or as plain Parquet when it has no schema file (a user's own). */
    public Dataset<Row> readAny(String table) {
        return TableSchemas.exists(table) ? read(table) : spark.read().parquet(tablePath(table).toString());
    }

    public Dataset<Row> read(String table) {
        return spark.read().schema(TableSchemas.load(table)).parquet(tablePath(table).toString());
    }

    /**
     * The columns a table's files hold: a table written by an older version may lack a declared one. A table without
     * a file (none of its rows left) holds the declared ones.
     */
    public List<String> storedColumns(String table) throws IOException {
        var files = fs.listFiles(tablePath(table), true);
        while (files.hasNext()) {
            if (files.next().getPath().getName().endsWith(".parquet")) {
                return List.of(spark.read().parquet(tablePath(table).toString()).columns());
            }
        }
        return List.of(TableSchemas.load(table).fieldNames());
    }

    /** Whether the table's folder holds Parquet files itself, as a table written before it had partitions does. */
    public boolean holdsFilesAtTop(String table) throws IOException {
        for (FileStatus child : fs.listStatus(tablePath(table))) {
            if (child.isFile() && child.getPath().getName().endsWith(".parquet")) {
                return true;
            }
        }
        return false;
    }

    public TableCommitter committer(CommitHook hook) {
        return new TableCommitter(fs, root, hook);
    }
}

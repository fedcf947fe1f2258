package org.akhbar.table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a Dataset as a warehouse table: columns in the order of the schema file and carrying its metadata,
 * sorted within files so Parquet statistics let readers skip row groups, written to a staging folder and then
 * swapped in by {@link TableCommitter}.
 */
public final class TableWriter {
    /**
     * Long text, different in every row: Parquet would build a dictionary for each page of it only to drop it
     * (5% of ingest in a profile), so these columns are written plainly (and compressed).
     */
    private static final List<String> FREE_TEXT_COLUMNS = List.of("body", "appended_article");
    /**
     * A write task leaves one file per partition value it holds, so a table is written by at most this many tasks
     * per core: reading many small input files (one task per few megabytes) must not become thousands of small
     * Parquet files. Merging partitions costs no shuffle, but everything since the last shuffle or cache runs in
     * the merged tasks: cache what is costly to compute before writing it (ingest and enrich do).
     */
    public static final int WRITE_TASKS_PER_CORE = 2;

    private final TableCommitter committer;
    private final String runId;

    public TableWriter(TableCommitter committer, String runId) {
        this.committer = committer;
        this.runId = runId;
    }

    /** Replaces the whole of {@code table} with {@code rows}. */
    public void replace(String table, Dataset<Row> rows, List<String> partitionColumns, List<String> sortColumns)
            throws IOException {
        writeStaging(table, rows, partitionColumns, sortColumns);
        if (!partitionColumns.isEmpty()) {
            String column = partitionColumns.get(0);
            keepReadableWhenEmpty(table, rows, column, TableSchemas.emptyPartition(column));
        }
        committer.replaceTable(table, runId);
    }

    /**
     * A table of no row written in folders would hold no file: another engine could neither read it nor tell its
     * columns. When nothing was staged, one empty file in the folder {@code partitionColumn=value} keeps both.
     */
    private boolean keepReadableWhenEmpty(String table, Dataset<Row> rows, String partitionColumn, String value)
            throws IOException {
        Path staging = committer.stagingPath(table, runId);
        if (!partitionValues(staging, rows).isEmpty()) {
            return false;
        }
        Path folder = new Path(staging, partitionColumn + "=" + value);
        conform(rows, TableSchemas.load(table)).drop(partitionColumn).limit(0).coalesce(1).write()
                .parquet(folder.toString());
        return true;
    }

    /** The partition folders ({@code column=value}) in {@code folder}; none when it is missing. */
    private static List<String> partitionValues(Path folder, Dataset<Row> rows) throws IOException {
        FileSystem fs = folder.getFileSystem(rows.sparkSession().sparkContext().hadoopConfiguration());
        List<String> names = new ArrayList<>();
        if (fs.exists(folder)) {
            for (FileStatus child : fs.listStatus(folder)) {
                if (child.isDirectory() && child.getPath().getName().contains("=")) {
                    names.add(child.getPath().getName());
                }
            }
        }
        return names;
    }

    /**
     * Replaces only the partitions {@code partitionColumn=value} listed; {@code rows} must hold their whole new
     * content. A listed partition without rows is removed.
     */
    public void replacePartitions(String table, Dataset<Row> rows, String partitionColumn, List<String> values,
                                  List<String> sortColumns) throws IOException {
        writeStaging(table, rows, List.of(partitionColumn), sortColumns);
        List<String> replaced = new ArrayList<>(values.stream().map(v -> partitionColumn + "=" + v).toList());
        // When the partitions replaced are all the table has and none is written again, it keeps its empty file.
        String placeholder = partitionColumn + "=" + TableSchemas.emptyPartition(partitionColumn);
        if (!values.isEmpty() && replaced.containsAll(partitionValues(committer.tablePath(table), rows))
                && keepReadableWhenEmpty(table, rows, partitionColumn, TableSchemas.emptyPartition(partitionColumn))
                && !replaced.contains(placeholder)) {
            replaced.add(placeholder);
        }
        committer.replacePartitions(table, runId, replaced);
    }

    private void writeStaging(String table, Dataset<Row> rows, List<String> partitionColumns,
                              List<String> sortColumns) throws IOException {
        Dataset<Row> conformed = conform(rows, TableSchemas.load(table));
        Column[] sort = sortColumns.stream().map(functions::col).toArray(Column[]::new);
        String staging = committer.stagingPath(table, runId).toString();
        var context = rows.sparkSession().sparkContext();
        context.setJobDescription("write " + table);
        try {
            var write = atMostWriteTasks(conformed).sortWithinPartitions(sort).write();
            for (String column : FREE_TEXT_COLUMNS) {
                write = write.option("parquet.enable.dictionary#" + column, "false");
            }
            write.partitionBy(partitionColumns.toArray(String[]::new)).parquet(staging);
        } catch (RuntimeException e) {
            committer.abandon(table, runId);
            throw e;
        } finally {
            context.setJobDescription(null);
        }
    }

    private static Dataset<Row> atMostWriteTasks(Dataset<Row> rows) {
        return rows.coalesce(WRITE_TASKS_PER_CORE * rows.sparkSession().sparkContext().defaultParallelism());
    }

    /** Selects the schema's columns in its order, each cast to its declared type and tagged with its metadata. */
    public static Dataset<Row> conform(Dataset<Row> rows, StructType schema) {
        List<String> present = Arrays.asList(rows.columns());
        Column[] columns = new Column[schema.fields().length];
        for (int i = 0; i < columns.length; i++) {
            StructField field = schema.fields()[i];
            if (!present.contains(field.name())) {
                throw new IllegalStateException("column " + field.name() + " is missing from the rows to write");
            }
            columns[i] = functions.col(field.name()).cast(field.dataType()).as(field.name(), field.metadata());
        }
        return rows.select(columns);
    }
}

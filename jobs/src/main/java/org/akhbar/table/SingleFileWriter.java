package org.akhbar.table;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.akhbar.InputException;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a whole query result as one file at a given path: Spark writes one partition into a hidden folder beside
 * the target, then its single part file is renamed into place, so results of any size never pass through the driver.
 */
public final class SingleFileWriter {

    /** The file types a result can be written as, chosen by the target's extension. */
    public enum Format {
        CSV, JSON, PARQUET;

        public static Format of(String location) {
            String name = location.toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (name.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new InputException("the output file must end in .csv, .json or .parquet: " + location);
        }
    }

    private final SparkSession spark;

    public SingleFileWriter(SparkSession spark) {
        this.spark = spark;
    }

    /** Writes {@code data} to {@code location}, replacing a file already there; the format is its extension. */
    public void write(Dataset<Row> data, String location) throws IOException {
        Format format = Format.of(location);
        Path given = new Path(location);
        FileSystem fs = given.getFileSystem(spark.sparkContext().hadoopConfiguration());
        Path target = fs.makeQualified(given);
        if (fs.exists(target) && fs.getFileStatus(target).isDirectory()) {
            throw new InputException("the output path is a folder: " + location);
        }
        Path temp = new Path(target.getParent(), "." + target.getName() + "-" + UUID.randomUUID() + ".tmp");
        try {
            // One partition keeps the order of a sorted result: coalesce concatenates partitions without a shuffle.
            DataFrameWriter<Row> writer = writable(data, format).coalesce(1).write();
            switch (format) {
                case CSV -> writer.option("header", true).option("encoding", "UTF-8").option("escape", "\"")
                        .csv(temp.toString());
                case JSON -> writer.json(temp.toString());
                case PARQUET -> writer.parquet(temp.toString());
            }
            // The raw file system moves the data file alone; its .crc checksum stays behind in the temporary folder.
            FileSystem raw = fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
            fs.delete(target, false);
            Path part = onlyPartFile(fs, temp);
            if (!raw.rename(part, target)) {
                throw new IOException("cannot move " + part + " to " + target);
            }
        } finally {
            fs.delete(temp, true);
        }
    }

    /** CSV has no nested values: arrays, maps and structs are written as JSON text. */
    private static Dataset<Row> writable(Dataset<Row> data, Format format) {
        if (format != Format.CSV) {
            return data;
        }
        StructField[] fields = data.schema().fields();
        String[] positional = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            positional[i] = "c" + i; // names by position, so that repeated column names stay unambiguous
        }
        Dataset<Row> byPosition = data.toDF(positional);
        Column[] columns = new Column[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Column column = byPosition.col(positional[i]);
            boolean nested = fields[i].dataType() instanceof ArrayType || fields[i].dataType() instanceof MapType
                    || fields[i].dataType() instanceof StructType;
            columns[i] = (nested ? functions.to_json(column) : column).as(fields[i].name());
        }
        return byPosition.select(columns);
    }

    private static Path onlyPartFile(FileSystem fs, Path folder) throws IOException {
        Path part = null;
        for (FileStatus f : fs.listStatus(folder)) {
            if (f.isFile() && f.getPath().getName().startsWith("part-")) {
                if (part != null) {
                    throw new IOException("more than one part file in " + folder);
                }
                part = f.getPath();
            }
        }
        if (part == null) {
            throw new IOException("no part file in " + folder);
        }
        return part;
    }
}

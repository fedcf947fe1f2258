package org.akhbar.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_millis;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.akhbar.dump.InputFile;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Which listed files a run reads: all of them for a full run, else those new or changed since the manifest
 * (another size or modification time). Unchanged files are skipped with the record count the manifest kept. The
 * listing is compared with the manifest in Spark, an anti-join whose result alone (the files to read, and two sums)
 * comes back to the driver: the manifest of millions of files is never held there.
 */
record IngestPlan(List<InputFile> toRead, long filesSkipped, long recordsSkipped) {
    private static final StructType LISTED = DataTypes.createStructType(List.of(
            DataTypes.createStructField("listed_index", DataTypes.IntegerType, false),
            DataTypes.createStructField("listed_uri", DataTypes.StringType, false),
            DataTypes.createStructField("listed_size", DataTypes.LongType, false),
            DataTypes.createStructField("listed_time", DataTypes.LongType, false)));
    /** Listed files a task of the comparison takes. */
    private static final int FILES_PER_TASK = 50_000;

    /** Every listed file read. */
    static IngestPlan all(List<InputFile> listed) {
        return new IngestPlan(List.copyOf(listed), 0, 0);
    }

    /** @param manifest the ingest_manifest table (source_uri, size, modification_time, records) */
    static IngestPlan against(SparkSession spark, List<InputFile> listed, Dataset<Row> manifest) {
        List<Row> rows = new ArrayList<>(listed.size());
        for (int i = 0; i < listed.size(); i++) {
            InputFile file = listed.get(i);
            rows.add(RowFactory.create(i, file.uri(), file.size(), file.modificationTime()));
        }
        int tasks = Math.max(1, (listed.size() + FILES_PER_TASK - 1) / FILES_PER_TASK);
        Dataset<Row> files = spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(rows, tasks), LISTED);
        Dataset<Row> kept = manifest.select(col("source_uri"), col("size"),
                unix_millis(col("modification_time")).as("time"), col("records")).dropDuplicates("source_uri");
        spark.sparkContext().setJobDescription("compare the listing with ingest_manifest");
        Row compared = files.join(kept, col("listed_uri").equalTo(col("source_uri"))
                        .and(col("listed_size").equalTo(col("size"))).and(col("listed_time").equalTo(col("time"))),
                        "left")
                .agg(count(col("source_uri")), sum(col("records")),
                        collect_list(when(col("source_uri").isNull(), col("listed_index"))))
                .first();
        spark.sparkContext().setJobDescription(null);
        List<InputFile> toRead = new ArrayList<>();
        compared.<Integer>getList(2).stream().sorted().forEach(i -> toRead.add(listed.get(i)));
        return new IngestPlan(List.copyOf(toRead), compared.getLong(0), compared.isNullAt(1) ? 0 : compared.getLong(1));
    }

    long bytesToRead() {
        return toRead.stream().mapToLong(InputFile::size).sum();
    }
}
